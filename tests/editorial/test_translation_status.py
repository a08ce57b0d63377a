"""Honest translation states, for every state and transition, as editors see them (signed in)
and as anonymous callers see them (computed from public content only)."""

import json
from urllib.parse import urlencode

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

pytestmark = pytest.mark.django_db

STATUS_QUERY = "query($id: ID!) { page(id: $id) { translationStatus { locale { languageCode } status stringsTotal stringsTranslated } } }"


def status(client, page, locale="fr"):
    response = client.post(
        "/graphql/",
        json.dumps({"query": STATUS_QUERY, "variables": {"id": str(page.pk)}}),
        content_type="application/json",
    )
    items = response.json()["data"]["page"]["translationStatus"]
    return next(item for item in items if item["locale"]["languageCode"] == locale)


@pytest.fixture
def source(live_news_source):
    return live_news_source


def upload_po(client, translation, strings):
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=(translation.pk,))).content.decode())
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, entry.msgstr or f"[fr] {entry.msgid}")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=(translation.pk,)),
        {"file": SimpleUploadedFile("fr.po", str(po).encode()), "next": "/admin/"},
    )
    assert response.status_code == 302


def states(clients, page):
    """(editor's view, anonymous view) of the French state."""
    editor = status(clients["moderator"], page)
    public = status(Client(), page)
    assert public["stringsTotal"] is None and public["stringsTranslated"] is None, "progress is for editors only"
    return editor["status"], public["status"]


def test_every_state_and_transition(clients, users, source, fr, step):
    assert states(clients, source) == ("MISSING", "MISSING")

    # Translate: a draft with every string left to translate.
    with step():
        clients["translator_fr"].post(
            reverse("wagtail_localize:submit_page_translation", args=(source.pk,)), {"locales": [fr.pk]}
        )
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=fr)
    french = source.get_translation(fr)
    assert states(clients, source) == ("IN_PROGRESS", "MISSING")
    progress = status(clients["moderator"], source)
    assert progress["stringsTranslated"] == 0 < progress["stringsTotal"]

    # PO upload completes every string: translated, not submitted, still nothing public.
    with step():
        upload_po(
            clients["translator_fr"],
            translation,
            {source.title: "Les maires se réunissent", source.intro: "Ils ont signé."},
        )
    assert states(clients, source) == ("TRANSLATED", "MISSING")

    # Submitted (awaiting review), then approved.
    with step():
        clients["translator_fr"].post(reverse("submit_translation_for_review", args=(french.pk,)))
    assert states(clients, source) == ("AWAITING_REVIEW", "MISSING")
    french = Page.objects.get(pk=french.pk)
    with step():
        clients["moderator"].post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=(french.pk, "approve", french.current_workflow_task_state.pk)
            )
        )
    assert Page.objects.get(pk=french.pk).live
    assert states(clients, source) == ("UP_TO_DATE", "UP_TO_DATE")

    # The source changes: outdated for everyone.
    with step():
        source.intro = "They signed the declaration and a charter."
        source.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    assert states(clients, source) == ("OUTDATED", "OUTDATED")

    # Sync: one new string to translate; the public translation is still the old one.
    with step():
        clients["translator_fr"].post(
            reverse("wagtail_localize:update_translations", args=(translation.source.pk,)), {}
        )
    assert states(clients, source) == ("IN_PROGRESS", "OUTDATED")

    # PO upload completes it, not submitted: translated, and the public one outdated.
    with step():
        upload_po(clients["translator_fr"], translation, {source.intro: "Ils ont signé la déclaration et une charte."})
    assert states(clients, source) == ("TRANSLATED", "OUTDATED")

    # Approval by someone who may publish makes it up to date.
    with step():
        Translation.objects.get(pk=translation.pk).save_target(user=users["moderator"], publish=True)
    assert states(clients, source) == ("UP_TO_DATE", "UP_TO_DATE")

    # A translation-only change (a better wording) is translated, not submitted; the public one is up to date.
    segment = StringSegment.objects.get(source=translation.source, string__data=source.intro)
    with step():
        clients["translator_fr"].put(
            reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk)),
            urlencode({"value": "Ils ont signé une déclaration et une charte."}),
            content_type="application/x-www-form-urlencoded",
        )
    assert states(clients, source) == ("TRANSLATED", "UP_TO_DATE")

    # Unpublished: missing for the public.
    with step():
        Page.objects.get(pk=french.pk).specific.unpublish(user=users["moderator"])
    assert states(clients, source) == ("TRANSLATED", "MISSING")


def test_placeholder_alias_counts_as_missing(clients, source, fr, step):
    with step():
        source.copy_for_translation(fr, alias=True)
    assert source.get_translation(fr).live
    assert states(clients, source) == ("MISSING", "MISSING")


def test_report_for_editors_and_for_the_public(clients, source, fr, step):
    with step():
        clients["translator_fr"].post(
            reverse("wagtail_localize:submit_page_translation", args=(source.pk,)), {"locales": [fr.pk]}
        )
    query = '{ translationReport(locale: "fr") { counts { missing inProgress translated awaitingReview outdated upToDate } } }'

    def counts(client):
        response = client.post("/graphql/", json.dumps({"query": query}), content_type="application/json")
        return response.json()["data"]["translationReport"]["counts"]

    editor, public = counts(clients["moderator"]), counts(Client())
    assert editor["inProgress"] >= 1 and public["inProgress"] == 0 and public["awaitingReview"] == 0
    assert public["translated"] == 0
    assert public["missing"] >= 1 and sum(public.values()) == sum(editor.values())

    # A signed-in editor's answer is never cached for anyone else.
    get = {"query": f'{{ page(id: "{source.pk}") {{ translationStatus {{ status }} }} }}'}
    assert (
        clients["moderator"].get("/graphql/", get).json()["data"]["page"]["translationStatus"][0]["status"]
        == "IN_PROGRESS"
    )
    assert Client().get("/graphql/", get).json()["data"]["page"]["translationStatus"][0]["status"] == "MISSING"


def test_admin_report_labels(clients, source, fr):
    response = clients["moderator"].get(reverse("translation_status_report") + "?locale=fr&status=awaiting_review")
    content = response.content.decode()
    assert response.status_code == 200
    for label in ("Missing", "In progress", "Awaiting review", "Outdated", "Up to date"):
        assert f"<th>{label}</th>" in content
    assert "in_progress" not in content.split("<tbody>")[0].replace("status=in_progress", "")


@pytest.mark.parametrize("hidden_by", ["login", "expired"])
def test_a_french_page_the_public_cannot_see_is_missing_for_the_public(clients, source, fr, step, hidden_by):
    """The public status and report know only what the public may see (api.visibility)."""
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import PageViewRestriction

    with step():
        french = source.copy_for_translation(fr)
        french.save_revision().publish()
    assert states(clients, source)[1] == "UP_TO_DATE"
    with step():
        if hidden_by == "login":
            PageViewRestriction.objects.create(page=french, restriction_type="login")
        else:  # past its expiry, before publish_scheduled has unpublished it
            Page.objects.filter(pk=french.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    assert states(clients, source)[1] == "MISSING"
    report = Client().post(
        "/graphql/",
        json.dumps({"query": '{ translationReport(locale: "fr", limit: 100) { items { source { id } status } } }'}),
        content_type="application/json",
    )
    items = report.json()["data"]["translationReport"]["items"]
    assert {"source": {"id": str(source.pk)}, "status": "MISSING"} in items


def test_the_report_is_paginated(graphql):
    query = '{ translationReport(locale: "fr", limit: 2, offset: 1) { totalCount limit offset items { source { title } } counts { missing upToDate outdated } } }'
    report = graphql(query)["data"]["translationReport"]
    everything = graphql('{ translationReport(locale: "fr", limit: 100) { items { source { title } } } }')
    assert report["limit"] == 2 and report["offset"] == 1 and len(report["items"]) == 2
    assert report["totalCount"] == sum(report["counts"].values()) > 3
    assert report["items"] == everything["data"]["translationReport"]["items"][1:3]
    assert graphql('{ translationReport(locale: "fr", limit: 1000) { totalCount } }', expected_status=200)["errors"]
