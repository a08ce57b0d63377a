"""A French translator's round trip through wagtail-localize, the translation status as
sources change and get synced, and the PO file round trip."""

import json

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from news.models import NewsPage
from tests.translating import translate_string


def api(query):
    return Client().post("/graphql/", json.dumps({"query": query}), content_type="application/json").json()


def status_of(page, client, locale="fr"):
    """The state as a signed-in editor sees it (progress included; see test_translation_status
    for what anonymous callers see)."""
    query = f'{{ page(id: "{page.pk}") {{ translationStatus {{ locale {{ languageCode }} status stringsTotal stringsTranslated }} }} }}'
    result = client.post("/graphql/", json.dumps({"query": query}), content_type="application/json").json()
    return next(
        item for item in result["data"]["page"]["translationStatus"] if item["locale"]["languageCode"] == locale
    )


@pytest.fixture
def source(live_news_source):
    return live_news_source


def start_translation(client, source, fr):
    response = client.post(reverse("wagtail_localize:submit_page_translation", args=(source.pk,)), {"locales": [fr.pk]})
    assert response.status_code == 302, response.content[:500]
    return Translation.objects.get(source__object_id=source.translation_key, target_locale=fr)


@pytest.mark.django_db
def test_french_translator_round_trip(clients, users, source, fr):
    translator = clients["translator_fr"]
    assert status_of(source, clients["moderator"])["status"] == "MISSING"

    translation = start_translation(translator, source, fr)
    french = source.get_translation(fr)
    assert not french.live
    assert status_of(source, clients["moderator"])["status"] == "IN_PROGRESS"

    # Partial progress is kept.
    translate_string(translator, translation, source.title, "Les maires signent la déclaration contre l'antitsiganisme")
    total, done = translation.get_progress()
    assert done == 1 < total
    assert status_of(source, clients["moderator"]) == {
        "locale": {"languageCode": "fr"},
        "status": "IN_PROGRESS",
        "stringsTotal": total,
        "stringsTranslated": 1,
    }

    # Machine translation (the offline dummy backend in tests) fills in the rest.
    response = translator.post(reverse("wagtail_localize:machine_translate", args=(translation.pk,)))
    assert response.status_code == 302
    assert translation.get_progress() == (total, total)
    translate_string(translator, translation, source.intro, "Des élus de 30 États membres l'ont signée.")

    # The translator cannot publish: they submit the translation for review.
    response = translator.post(reverse("submit_translation_for_review", args=(french.pk,)))
    assert response.status_code == 302
    french = Page.objects.get(pk=french.pk).specific
    assert not french.live
    assert french.current_workflow_task.name == "Taskforce review"
    assert api(f'{{ page(id: "{french.pk}") {{ title }} }}')["errors"][0]["message"] == "Page not found."

    task_state = french.current_workflow_task_state
    clients["moderator"].post(reverse("wagtailadmin_pages:workflow_action", args=(french.pk, "approve", task_state.pk)))
    french = Page.objects.get(pk=french.pk).specific
    assert french.live
    result = api(
        f'{{ page(translationKey: "{source.translation_key}", locale: "fr") {{ title intro locale {{ languageCode }} }} }}'
    )
    assert result["data"]["page"] == {
        "title": "Les maires signent la déclaration contre l'antitsiganisme",
        "intro": "Des élus de 30 États membres l'ont signée.",
        "locale": {"languageCode": "fr"},
    }
    assert status_of(source, clients["moderator"])["status"] == "UP_TO_DATE"


@pytest.mark.django_db
def test_translator_of_another_language_cannot_submit(clients, source, fr, users):
    from django.contrib.auth import get_user_model

    translation = start_translation(clients["moderator"], source, fr)
    french = source.get_translation(fr)
    outsider = Client()
    outsider.force_login(get_user_model().objects.create_user("dora", password="x"))
    response = outsider.post(reverse("submit_translation_for_review", args=(french.pk,)))
    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=french.pk).specific.current_workflow_state is None
    assert translation.enabled


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_status_is_outdated_after_a_source_edit_and_up_to_date_after_sync(
    clients, users, en, fr, django_capture_on_commit_callbacks
):
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    assert status_of(source, clients["moderator"])["status"] == "UP_TO_DATE"

    source.intro = "On 20 March 2013, in Strasbourg, the Congress launched the Alliance."
    source.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    assert status_of(source, clients["moderator"])["status"] == "OUTDATED"
    report = api(
        '{ translationReport(locale: "fr", status: OUTDATED) { counts { outdated upToDate } items { source { title } } } }'
    )
    assert report["data"]["translationReport"]["counts"]["outdated"] == 1
    assert report["data"]["translationReport"]["items"] == [{"source": {"title": source.title}}]
    admin_report = clients["moderator"].get(reverse("translation_status_report") + "?locale=fr&status=outdated")
    assert admin_report.status_code == 200 and source.title in admin_report.content.decode()

    # "Sync translated pages": the French page takes the new source; one new string to translate.
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=fr)
    response = clients["moderator"].post(
        reverse("wagtail_localize:update_translations", args=(translation.source.pk,)), {}
    )
    assert response.status_code == 302
    synced = status_of(source, clients["moderator"])
    assert synced["status"] == "IN_PROGRESS" and synced["stringsTranslated"] == synced["stringsTotal"] - 1

    translate_string(
        clients["moderator"], translation, source.intro, "Le 20 mars 2013, à Strasbourg, le Congrès a lancé l'Alliance."
    )
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        Translation.objects.get(pk=translation.pk).save_target(user=users["moderator"], publish=True)
    assert status_of(source, clients["moderator"])["status"] == "UP_TO_DATE"
    french = api(f'{{ page(translationKey: "{source.translation_key}", locale: "fr") {{ intro }} }}')
    assert french["data"]["page"]["intro"] == "Le 20 mars 2013, à Strasbourg, le Congrès a lancé l'Alliance."


@pytest.mark.django_db
def test_po_file_round_trip(clients, source, fr):
    translation = start_translation(clients["translator_fr"], source, fr)
    download = clients["translator_fr"].get(reverse("wagtail_localize:download_pofile", args=(translation.pk,)))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} >= {source.title, source.intro}
    translations = {source.title: "Les maires signent la déclaration", source.intro: "Des élus l'ont signée."}
    for entry in po:
        entry.msgstr = translations.get(entry.msgid, f"[fr] {entry.msgid}")
    upload = SimpleUploadedFile("translation.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = clients["translator_fr"].post(
        reverse("wagtail_localize:upload_pofile", args=(translation.pk,)), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    total, done = translation.get_progress()
    assert total == done
    translation.save_target(publish=False)
    french = source.get_translation(fr).specific
    assert Page.objects.get(pk=french.pk).get_latest_revision_as_object().title == "Les maires signent la déclaration"


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_snippets_are_translated_too(en, fr):
    from home.models import Member, TerminologyNote

    assert Member.objects.filter(locale=fr).count() == Member.objects.filter(locale=en).count()
    assert TerminologyNote.objects.get(locale=fr).term == "Roms et Gens du voyage"
    assert Translation.objects.filter(source__specific_content_type__model="member", target_locale=fr).count() == 24
