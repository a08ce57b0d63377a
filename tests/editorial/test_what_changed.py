"""What changed: for an outdated translation, the source's strings that changed since the version
it was made from, in the translation editor and over the API for editors; never for the public."""

import json

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from tests.factories import translate

OLD_INTRO = "Elected representatives of 30 member States have signed it."
NEW_INTRO = "Elected representatives of 34 member States have signed it."
STATUS = """query ($id: ID!) { page(id: $id) { translationStatus {
  locale { languageCode } status changes { field kind before after translation } } } }"""


def status_query(client, page):
    response = client.post(
        "/graphql/", json.dumps({"query": STATUS, "variables": {"id": page.pk}}), content_type="application/json"
    )
    [french] = response.json()["data"]["page"]["translationStatus"]
    return french


@pytest.fixture
def outdated(live_news_source, fr, step):
    """The news item translated into French and published; then its English intro changed and
    published again."""
    with step():
        french = translate(live_news_source, texts={OLD_INTRO: "Des élus de 30 États membres l'ont signée."})
    source = Page.objects.get(pk=live_news_source.pk).specific
    source.intro = NEW_INTRO
    with step():
        source.save_revision().publish()
    return source, french


@pytest.mark.django_db
def test_an_editor_sees_over_the_api_which_strings_changed(outdated, clients):
    source, _french = outdated
    french = status_query(clients["moderator"], source)
    assert french["status"] == "OUTDATED"
    assert french["changes"] == [
        {
            "field": "intro",
            "kind": "CHANGED",
            "before": OLD_INTRO,
            "after": NEW_INTRO,
            "translation": "Des élus de 30 États membres l'ont signée.",
        }
    ]
    public = status_query(Client(), source)
    assert public["status"] == "OUTDATED" and public["changes"] is None


@pytest.mark.django_db
def test_the_translator_sees_the_changes_in_the_editor_until_the_update_is_published(outdated, clients, step):
    source, french = outdated
    translator = clients["translator_fr"]
    editor = translator.get(reverse("wagtailadmin_pages:edit", args=(french.pk,))).content.decode()
    assert 'id="source-changes"' in editor
    assert f"<del>{OLD_INTRO}</del>" in editor and f"<ins>{NEW_INTRO}</ins>" in editor

    # The translator takes the new source: the list stays, the new string waits in the editor.
    with step():
        response = clients["moderator"].post(
            reverse("wagtail_localize:update_translations", args=(_source_id(source),)), {}
        )
    assert response.status_code in (200, 302)
    editor = translator.get(reverse("wagtailadmin_pages:edit", args=(french.pk,))).content.decode()
    assert f"<ins>{NEW_INTRO}</ins>" in editor

    # Translated and published: up to date, nothing listed.
    with step():
        translate(source, texts={NEW_INTRO: "Des élus de 34 États membres l'ont signée."})
    assert status_query(clients["moderator"], source)["changes"] is None
    editor = translator.get(reverse("wagtailadmin_pages:edit", args=(french.pk,))).content.decode()
    assert 'id="source-changes"' not in editor


def _source_id(page):
    from wagtail_localize.models import TranslationSource

    return TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale).pk
