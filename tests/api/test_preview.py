"""Drafts reach the API only through a signed, expiring preview token."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.test import RequestFactory

from api.models import PreviewSnapshot
from api.preview import make_preview_token
from news.models import NewsIndexPage, NewsPage


@pytest.fixture
def launch(en):
    from tests.factories import NewsPageFactory

    page = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=en),
        title="The Alliance is launched at the 24th Session of the Congress",
        live=False,
    )
    page.save_revision().publish()
    return NewsPage.objects.get(pk=page.pk)


def edit_and_preview(page, settings):
    """What the admin does when an editor changes the title and presses Preview."""
    settings.HEADLESS_PREVIEW_URL = "https://portal.example.org/preview"
    page.title = "Draft title, not approved"
    request = RequestFactory().get("/admin/pages/preview/")
    response = page.serve_preview(request, page.default_preview_mode)
    assert response.status_code == 302
    url = urlparse(response.url)
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://portal.example.org/preview"
    query = parse_qs(url.query)
    assert query["locale"] == ["en"] and query["type"] == ["NewsPage"]
    return query["token"][0]


@pytest.mark.django_db
def test_preview_token_shows_the_unsaved_draft(graphql, launch, settings):
    token = edit_and_preview(launch, settings)
    result = graphql("query ($token: String) { page(previewToken: $token) { id title } }", {"token": token})
    assert result["data"]["page"] == {"id": str(launch.pk), "title": "Draft title, not approved"}
    # Nothing else sees the draft: the page is unchanged for everyone else.
    live = graphql(f'{{ page(id: "{launch.pk}") {{ title }} }}')["data"]["page"]
    assert live["title"] == "The Alliance is launched at the 24th Session of the Congress"
    news = graphql("{ news(limit: 100) { items { title } } }")["data"]["news"]["items"]
    assert "Draft title, not approved" not in {item["title"] for item in news}


@pytest.mark.django_db
def test_preview_token_works_for_a_never_published_page(graphql, en, settings):
    from tests.factories import NewsPageFactory

    draft = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), live=False, title="Unpublished draft")
    token = make_preview_token(PreviewSnapshot.take(draft))
    assert graphql(f'{{ page(previewToken: "{token}") {{ title }} }}')["data"]["page"]["title"] == "Unpublished draft"
    assert graphql(f'{{ page(id: "{draft.pk}") {{ title }} }}')["errors"][0]["message"] == "Page not found."


@pytest.mark.django_db
def test_expired_token_is_refused(graphql, launch, settings):
    token = make_preview_token(PreviewSnapshot.take(launch))
    settings.API = {**settings.API, "PREVIEW_TOKEN_MAX_AGE": -1}
    result = graphql(f'{{ page(previewToken: "{token}") {{ title }} }}')
    assert result["data"] == {"page": None}
    assert result["errors"][0]["message"] == "The preview token has expired; open the preview again from the admin."


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["nonsense", "eyJzbmFwc2hvdCI6MX0:1abc:forged"])
def test_forged_token_is_refused(graphql, token):
    result = graphql(f'{{ page(previewToken: "{token}") {{ title }} }}')
    assert result["errors"][0]["message"] == "The preview token is not valid."


@pytest.mark.django_db
def test_token_of_another_secret_is_refused(graphql, launch, settings):
    settings.SECRET_KEY = "another-installation"
    token = make_preview_token(PreviewSnapshot.take(launch))
    settings.SECRET_KEY = "test-only-key"
    assert (
        graphql(f'{{ page(previewToken: "{token}") {{ title }} }}')["errors"][0]["message"]
        == "The preview token is not valid."
    )


@pytest.mark.django_db
def test_default_lifetime_is_one_hour(settings):
    assert settings.API["PREVIEW_TOKEN_MAX_AGE"] == 3600


@pytest.mark.django_db
def test_without_a_frontend_url_the_admin_preview_renders_the_template(launch, settings):
    settings.HEADLESS_PREVIEW_URL = ""
    request = RequestFactory().get("/admin/pages/preview/")
    request.user = None
    response = launch.serve_preview(request, launch.default_preview_mode)
    assert response.status_code == 200
