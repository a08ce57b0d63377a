"""Only approved text is ever public, in every language.

Each test walks one path that creates or changes a translation, runs the commit callbacks of
every step (wagtail-localize publishes in ``transaction.on_commit``) and, after each step, reads
what the public reads: GraphQL in both languages (page, lists, search), the preview site under
``/fr/``, and the HTML search page.
"""

import json

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization, StringSegment, Translation

from news.models import NewsPage
from tests.factories import NewsPageFactory, StandardPageFactory
from tests.translating import translate_string

pytestmark = pytest.mark.django_db


def api(query, variables=None):
    response = Client().post(
        "/graphql/", json.dumps({"query": query, "variables": variables or {}}), content_type="application/json"
    )
    assert response.status_code == 200, response.content[:500]
    return response.json()


def public_view(source, locale="fr", word=None):
    """Everything an anonymous reader can see of ``source`` in ``locale``."""
    key = str(source.translation_key)
    page = api(
        "query($key: UUID!, $locale: String!) { page(translationKey: $key, locale: $locale) { title intro url } }",
        {"key": key, "locale": locale},
    )
    found = (page.get("data") or {}).get("page")
    lists = api(
        "query($locale: String!) { pages(locale: $locale, limit: 100) { items { title } }"
        " news(locale: $locale, limit: 100) { items { title intro } } }",
        {"locale": locale},
    )["data"]
    view = {
        "page": found,
        "pages": sorted(item["title"] for item in lists["pages"]["items"]),
        "news": sorted((item["title"], item["intro"]) for item in lists["news"]["items"]),
    }
    if word:
        search = api(
            "query($q: String!, $locale: String!) { search(query: $q, locale: $locale) { items { title } } }",
            {"q": word, "locale": locale},
        )["data"]["search"]["items"]
        view["search"] = sorted(item["title"] for item in search)
        html = Client().get(f"/{locale}/search/", {"query": word})
        view["search_page"] = (
            html.status_code == 200 and word.lower() in html.content.decode().lower().split("<h1", 1)[-1]
        )
    target = source.get_translation_or_none(Locale.objects.get(language_code=locale))
    view["html"] = (404, "")
    if target is not None and target.url:
        response = Client().get(target.url)
        view["html"] = (response.status_code, response.content.decode() if response.status_code == 200 else "")
    return view


@pytest.fixture
def live_source(live_news_source):
    return live_news_source


def translate_page(client, page, locales, **extra):
    data = {"locales": [locale.pk for locale in locales], **extra}
    response = client.post(reverse("wagtail_localize:submit_page_translation", args=(page.pk,)), data)
    assert response.status_code == 302, response.content[:1000]


def workflow_action(client, page, action, comment=""):
    page = Page.objects.get(pk=page.pk).specific
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk)), {"comment": comment}
    )
    assert response.status_code in (200, 302), response.content[:500]


def test_translate_this_page_publishes_nothing(clients, live_source, fr, step):
    before = public_view(live_source, word="declaration")
    with step():
        translate_page(clients["translator_fr"], live_source, [fr])
    french = live_source.get_translation(fr)
    assert not french.live
    assert public_view(live_source, word="declaration") == before
    assert before["page"] is None and live_source.title not in before["pages"]

    # Even someone who may publish gets a draft: a translation needs its own approval.
    other = NewsPageFactory(parent=live_source.get_parent(), title="Second statement", slug="second-statement")
    with step():
        translate_page(clients["moderator"], other, [fr])
    assert not other.get_translation(fr).live
    assert "Second statement" not in public_view(other)["pages"]


def test_translate_a_subtree_publishes_nothing(clients, home_en, fr, users, step):
    with step():
        section = StandardPageFactory(parent=home_en, title="Roma mediators", slug="roma-mediators")
        StandardPageFactory(parent=section, title="Mediators in schools", slug="mediators-schools")
    before = public_view(section, word="mediators")
    with step():
        translate_page(clients["moderator"], section, [fr], include_subtree="on")
    translated = Page.objects.filter(locale=fr, title__in=["Roma mediators", "Mediators in schools"])
    assert translated.count() == 2 and not translated.filter(live=True).exists()
    assert public_view(section, word="mediators") == before


@pytest.mark.usefixtures("launch")
def test_full_review_of_a_changed_live_translation(clients, users, en, fr, step):
    """A live French page whose source changed: sync, translate in the editor, machine
    translate, PO upload, submit, reject: the public keeps the approved French text. Approve:
    the new French text is everywhere."""
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=fr)
    french = source.get_translation(fr).specific
    approved_intro = french.intro
    new_intro_en = "On 20 March 2013 in Strasbourg, mayors and the Congress launched the Alliance together."
    new_intro_fr = "Le 20 mars 2013 à Strasbourg, des maires et le Congrès ont lancé ensemble l'Alliance."
    with step():
        source.intro = new_intro_en
        source.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    before = public_view(source, word="ensemble")
    assert before["page"]["intro"] == approved_intro and before["html"][0] == 200

    # Sync translated pages, "Publish immediately" ticked by a translator: a draft all the same.
    with step():
        response = clients["translator_fr"].post(
            reverse("wagtail_localize:update_translations", args=(translation.source.pk,)),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    assert public_view(source, word="ensemble") == before

    # Editing in the translation editor, then the translation editor's "Save draft" path.
    with step():
        translate_string(clients["translator_fr"], translation, new_intro_en, "Texte provisoire")
    with step():
        Translation.objects.get(pk=translation.pk).save_target(user=users["translator_fr"], publish=False)
    assert public_view(source, word="ensemble") == before
    assert Page.objects.get(pk=french.pk).get_latest_revision_as_object().intro == "Texte provisoire"

    # Machine translation.
    with step():
        response = clients["translator_fr"].post(reverse("wagtail_localize:machine_translate", args=(translation.pk,)))
    assert response.status_code == 302
    assert public_view(source, word="ensemble") == before

    # PO upload completes every string.
    po = polib.pofile(
        clients["translator_fr"]
        .get(reverse("wagtail_localize:download_pofile", args=(translation.pk,)))
        .content.decode()
    )
    for entry in po:
        if entry.msgid == new_intro_en:
            entry.msgstr = new_intro_fr
    with step():
        response = clients["translator_fr"].post(
            reverse("wagtail_localize:upload_pofile", args=(translation.pk,)),
            {"file": SimpleUploadedFile("fr.po", str(po).encode()), "next": "/admin/"},
        )
    assert response.status_code == 302
    assert public_view(source, word="ensemble") == before

    # Submit for review, reject with a comment, resubmit.
    with step():
        response = clients["translator_fr"].post(reverse("submit_translation_for_review", args=(french.pk,)))
    assert response.status_code == 302
    assert public_view(source, word="ensemble") == before
    with step():
        workflow_action(clients["moderator"], french, "reject", "Please check the date.")
    assert public_view(source, word="ensemble") == before
    with step():
        clients["translator_fr"].post(reverse("submit_translation_for_review", args=(french.pk,)))
    assert public_view(source, word="ensemble") == before

    with step():
        workflow_action(clients["moderator"], french, "approve")
    after = public_view(source, word="ensemble")
    assert after["page"]["intro"] == new_intro_fr
    assert (source.get_translation(fr).title, new_intro_fr) in after["news"]
    assert source.get_translation(fr).title in set(after["search"]) - set(before["search"])
    assert after["html"][0] == 200 and "ensemble" in after["html"][1]
    assert public_view(source, locale="en")["page"]["intro"] == new_intro_en


def test_translator_cannot_publish_from_the_translation_editor(clients, live_source, fr, step):
    with step():
        translate_page(clients["translator_fr"], live_source, [fr])
    french = live_source.get_translation(fr)
    with step():
        response = clients["translator_fr"].post(
            reverse("wagtailadmin_pages:edit", args=(french.pk,)), {"action": "publish"}
        )
    # Refused: Wagtail answers a permission error with a redirect to the dashboard.
    assert response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))
    assert not Page.objects.get(pk=french.pk).live


def test_direct_save_target_by_a_translator_is_a_draft(clients, users, live_source, fr, step):
    """Code that asks to publish on a translator's behalf gets a draft."""
    from wagtail_localize.operations import translate_object

    with step():
        translate_object(live_source, [fr], user=users["translator_fr"])
    translation = Translation.objects.get(source__object_id=live_source.translation_key, target_locale=fr)
    with step():
        translation.save_target(user=users["translator_fr"], publish=True)
    assert not Page.objects.get(pk=live_source.get_translation(fr).pk).live
    assert public_view(live_source)["page"] is None
    # A moderator's publish is the approval, but not of strings nobody translated (they would be
    # published in English): held back until every string is translated.
    with step():
        translation.save_target(user=users["moderator"], publish=True)
    assert public_view(live_source)["page"] is None
    for string in StringSegment.objects.filter(source=translation.source):
        translate_string(clients["translator_fr"], translation, string.string.data, f"FR {string.string.data}")
    with step():
        translation.save_target(user=users["moderator"], publish=True)
    assert public_view(live_source)["page"]["title"] == f"FR {live_source.title}"


@pytest.fixture
def german(settings):
    languages = [("en", "English"), ("fr", "Français"), ("de", "Deutsch")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES = languages
    settings.CMS_LOCALE_FALLBACKS = {"fr": ["en"], "de": ["en"]}
    return Locale.objects.get_or_create(language_code="de")[0]


@pytest.mark.usefixtures("launch")
def test_a_new_locale_synchronised_from_english_publishes_nothing(german, en, users, step):
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    with step():
        LocaleSynchronization.objects.create(locale=german, sync_from=en)
    aliases = Page.objects.filter(locale=german)
    assert aliases.count() == Page.objects.filter(locale=en, depth__gt=1).count()  # wagtail-localize's placeholders
    assert aliases.filter(live=True).exists()
    assert public_view(source, locale="de") == {"page": None, "pages": [], "news": [], "html": (404, "")}
    result = api('{ pages(locale: "de", fallback: true, limit: 100) { totalCount items { locale { languageCode } } } }')
    assert {item["locale"]["languageCode"] for item in result["data"]["pages"]["items"]} == {"en"}

    # Translating a placeholder makes it a draft page, not a live page with English text.
    from wagtail_localize.operations import translate_object

    with step():
        translate_object(source, [german], user=users["moderator"])
    target = source.get_translation(german)
    assert not target.alias_of_id and not target.live
    assert public_view(source, locale="de")["page"] is None


@pytest.mark.usefixtures("demo_content")
def test_legacy_import_creates_drafts(tmp_path, step):
    """New pages are drafts and existing ones get draft revisions: none of it is public."""
    from pathlib import Path

    from loaders.legacy_import import import_legacy_site

    seeds = Path(__file__).resolve().parents[1] / "data" / "legacy_site"
    with step():
        items = import_legacy_site(seeds)
    # On the demo the texts update its pages (never a second copy) and add the event it lacks.
    created = [item.target.pk for item in items if item.action == "create"]
    created += [event.page.pk for item in items for event in item.events if event.action == "create"]
    updated = [item.target for item in items if item.action == "update"]
    assert created and updated and {item.language for item in items} == {"en", "fr"}
    assert not Page.objects.filter(pk__in=created, live=True).exists()
    for language in ("en", "fr"):
        result = api(f'{{ pages(locale: "{language}", limit: 100) {{ items {{ id }} }} }}')
        visible = {int(item["id"]) for item in result["data"]["pages"]["items"]}
        assert not visible & set(created)
    renamed = 0
    for page in updated:
        live = Page.objects.get(pk=page.pk)
        answer = api(f'{{ page(id: "{page.pk}") {{ title }} }}')["data"]["page"]
        assert answer["title"] == live.title, "the API shows the published version, not the imported draft"
        renamed += live.draft_title != live.title
    assert renamed  # at least one draft changes the title the public does not see


@pytest.mark.usefixtures("demo_content")
def test_demo_loader_translations_are_live(en, fr):
    """The demo loader stands for approval: its French pages are live and in French."""
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    view = public_view(source)
    assert view["page"]["title"] != source.title and view["html"][0] == 200
