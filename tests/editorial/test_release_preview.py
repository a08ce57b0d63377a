"""Preview a release: one signed token shows the whole release, in both languages, through every
query of the API as the public will see it after publishing, and leaves nothing behind."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from tests.editorial.test_releases import EN_TITLE, FR_TITLE, create_release, drafts, submit_and_approve  # noqa: F401

NEWS = "query ($l: String) { news(locale: $l, limit: 50) { totalCount items { title urlPath } } }"


def graphql(query, variables=None, token=None, method="get"):
    headers = {"HTTP_X_RELEASE_PREVIEW": token} if token else {}
    client = Client()
    if method == "get":
        params = {"query": query, "variables": json.dumps(variables or {})}
        return client.get("/graphql/", params, **headers)
    return client.post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        **headers,
    )


def titles(response):
    return [item["title"] for item in response.json()["data"]["news"]["items"]]


@pytest.fixture
def release_token(clients, drafts, step):  # noqa: F811
    """The English and French news of 2 August, approved for a release; the token a moderator
    copies from the release's preview screen, reached from the release list."""
    create_release(clients["editor"], drafts)
    english, french = drafts
    submit_and_approve(clients, english, step)  # the French one stays not approved: its latest revision
    listing = clients["moderator"].get(reverse("releases:index")).content.decode()
    preview_link = re.search(r'href="(/admin/releases/\d+/preview/)"', listing).group(1)
    screen = clients["moderator"].get(preview_link)
    assert screen["Referrer-Policy"] == "no-referrer"
    page = screen.content.decode()
    assert EN_TITLE in page and FR_TITLE in page and "not approved yet" in page
    return re.search(r'<pre id="release-preview-token"[^>]*>([^<]+)</pre>', page).group(1).strip()


@pytest.mark.django_db
def test_one_token_shows_the_release_in_every_language_and_nothing_is_kept(release_token, drafts):  # noqa: F811
    english, french = drafts
    public_en = graphql(NEWS, {"l": "en"})  # cached for the public
    assert EN_TITLE not in titles(public_en)

    preview_en = graphql(NEWS, {"l": "en"}, token=release_token)
    preview_fr = graphql(NEWS, {"l": "fr"}, token=release_token)
    assert preview_en.status_code == 200 and EN_TITLE in titles(preview_en)
    assert FR_TITLE in titles(preview_fr)
    assert preview_en.json()["data"]["news"]["totalCount"] == public_en.json()["data"]["news"]["totalCount"] + 1
    assert "no-store" in preview_en["Cache-Control"] and preview_en["Referrer-Policy"] == "no-referrer"
    # The page itself, found by its public URL path as a frontend routes.
    url_path = next(item["urlPath"] for item in preview_fr.json()["data"]["news"]["items"] if item["title"] == FR_TITLE)
    detail = graphql(
        'query ($p: String!) { page(urlPath: $p, locale: "fr") { title } }', {"p": url_path}, token=release_token
    )
    assert detail.json()["data"]["page"]["title"] == FR_TITLE

    # Nothing of it stayed: not in the database, not in the public's cached or fresh answers.
    assert not Page.objects.get(pk=english.pk).live and not Page.objects.get(pk=french.pk).live
    assert EN_TITLE not in titles(graphql(NEWS, {"l": "en"}))
    assert FR_TITLE not in titles(graphql(NEWS, {"l": "fr"}, method="post"))


@pytest.mark.django_db
def test_a_bad_token_a_mutation_or_a_caller_without_the_right_is_refused(release_token, settings):
    forged = graphql(NEWS, {"l": "en"}, token=release_token[:-2] + "xx")
    assert forged.status_code == 400
    assert forged.json()["errors"][0]["extensions"]["code"] == "INVALID_PREVIEW_TOKEN"

    mutation = graphql(
        "mutation { applyForMembership(input: {}) { reference } }", token=release_token, method="post"
    ).json()
    assert "Mutations cannot be sent with a release preview token." in mutation["errors"][0]["message"]

    settings.API = {**settings.API, "PREVIEW_REQUIRES_KEY": True}
    refused = graphql(NEWS, {"l": "en"}, token=release_token)
    assert refused.status_code == 403 and refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


@pytest.mark.django_db
def test_a_published_release_has_no_preview(release_token, clients, drafts, step):  # noqa: F811
    from editorial.models import Release
    from editorial.releases import publish_release

    english, french = drafts
    submit_and_approve(clients, french, step)
    with step():
        publish_release(Release.objects.get())
    gone = graphql(NEWS, {"l": "en"}, token=release_token)
    assert gone.status_code == 400
    assert "no longer open" in gone.json()["errors"][0]["message"]
