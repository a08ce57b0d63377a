"""A translator finds their work from the dashboard and every link they see leads to something
they may do: the dashboard panel per language, the source pages browser, the translation
status report, and the translation editor's action bar."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def links(html):
    return re.findall(r'href="([^"]+)"', html)


def panel(html, language_code="fr"):
    """The translator panel's table for a language."""
    match = re.search(rf'<table[^>]*data-translator-work="{language_code}".*?</table>', html, re.S)
    return match.group(0) if match else ""


def group(html, name):
    match = re.search(rf'<tbody data-group="{name}">.*?</tbody>', panel(html), re.S)
    return match.group(0) if match else ""


def follow_every_link_of(client, html):
    for url in links(html):
        url = url.replace("&amp;", "&")
        if url.startswith("/admin/"):
            assert client.get(url).status_code == 200, url


def test_a_new_english_page_waits_on_the_translators_dashboard(clients, live_news_source):
    dashboard = clients["translator_fr"].get("/admin/").content.decode()
    assert "To translate into Français" in dashboard
    missing = group(dashboard, "missing")
    assert live_news_source.title in missing
    translate = reverse("wagtail_localize:submit_page_translation", args=(live_news_source.pk,)) + "?select_locale=fr"
    assert translate.replace("&", "&amp;") in missing
    follow_every_link_of(clients["translator_fr"], panel(dashboard))
    form = clients["translator_fr"].get(translate).context["form"]
    assert [locale.language_code for locale in form.fields["locales"].queryset] == ["fr"]
    assert [locale.language_code for locale in form.initial["locales"]] == ["fr"]


def test_moderators_and_editors_get_no_translator_panel(clients):
    for role in ("moderator", "editor"):
        assert "data-translator-work" not in clients[role].get("/admin/").content.decode()


@pytest.mark.usefixtures("launch")
def test_outdated_and_sent_back_translations_wait_with_their_action(clients, users, en, fr, step):
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    french = source.get_translation(fr)
    with step():
        source.intro = "Mayors and the Congress launched the Alliance together."
        source.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    dashboard = clients["translator_fr"].get("/admin/").content.decode()
    outdated = group(dashboard, "outdated")
    assert source.title in outdated and ">Update<" in outdated
    translation_source = Translation.objects.get(source__object_id=source.translation_key, target_locale=fr).source
    update = reverse("wagtail_localize:update_translations", args=(translation_source.pk,))
    assert update in outdated
    follow_every_link_of(clients["translator_fr"], panel(dashboard))

    # The translator updates (sync, translate, submit); the moderator asks for changes.
    with step():
        clients["translator_fr"].post(update, {})
    with step():
        clients["translator_fr"].post(
            reverse(
                "wagtail_localize:machine_translate",
                args=(Translation.objects.get(source=translation_source, target_locale=fr).pk,),
            )
        )
    with step():
        clients["translator_fr"].post(reverse("submit_translation_for_review", args=(french.pk,)))
    french = Page.objects.get(pk=french.pk)
    assert french.workflow_in_progress
    with step():
        clients["moderator"].post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=(french.pk, "reject", french.current_workflow_task_state.pk)
            ),
            {"comment": "Use « Congrès » with a capital C."},
        )
    dashboard = clients["translator_fr"].get("/admin/").content.decode()
    sent_back = group(dashboard, "changes_requested")
    assert source.title in sent_back and ">Continue<" in sent_back
    assert reverse("wagtailadmin_pages:edit", args=(french.pk,)) in sent_back
    assert clients["translator_fr"].get(reverse("wagtailadmin_pages:edit", args=(french.pk,))).status_code == 200


def test_translators_browse_the_source_tree_read_only(clients, live_news_source, en):
    translator = clients["translator_fr"]
    dashboard = translator.get("/admin/").content.decode()
    assert reverse("translation_sources") in dashboard  # the menu and the panel
    home = translator.get(reverse("translation_sources")).content.decode()
    news_index = NewsIndexPage.objects.get(locale=en)
    assert reverse("translation_sources", args=(news_index.pk,)) in home
    news = translator.get(reverse("translation_sources", args=(news_index.pk,))).content.decode()
    row = re.search(rf'<tr data-page-id="{live_news_source.pk}">.*?</tr>', news, re.S).group(0)
    assert "Missing" in row and ">Translate<" in row
    # Nothing on these screens leads to an English edit screen the translator cannot open.
    assert "/admin/pages/" not in " ".join(links(home) + links(news))
    follow_every_link_of(translator, news)


def test_the_source_browser_is_for_those_who_translate(clients):
    assert clients["membership"].get(reverse("translation_sources")).status_code in (302, 403)


def test_the_report_is_titled_and_counts_what_its_labels_say(clients, live_news_source, fr, step):
    report = clients["moderator"].get(reverse("translation_status_report")).content.decode()
    assert re.search(r"<h1[^>]*>.*Translation status", report, re.S)

    def counts():
        html = clients["moderator"].get(reverse("translation_status_report")).content.decode()
        return {status: int(count) for status, count in re.findall(r'data-status="(\w+)">(\d+)<', html)}

    assert counts()["awaiting_review"] == 0 and counts()["translated"] == 0
    with step():
        clients["translator_fr"].post(
            reverse("wagtail_localize:submit_page_translation", args=(live_news_source.pk,)), {"locales": [fr.pk]}
        )
    translation = Translation.objects.get(source__object_id=live_news_source.translation_key, target_locale=fr)
    with step():
        clients["translator_fr"].post(reverse("wagtail_localize:machine_translate", args=(translation.pk,)))
    assert counts()["translated"] == 1 and counts()["awaiting_review"] == 0
    french = live_news_source.get_translation(fr)
    with step():
        clients["translator_fr"].post(reverse("submit_translation_for_review", args=(french.pk,)))
    assert counts()["translated"] == 0 and counts()["awaiting_review"] == 1
    awaiting_your_review = clients["moderator"].get("/admin/").content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(french.pk,)) in awaiting_your_review


def test_report_entries_link_only_to_what_the_viewer_may_do(clients, live_news_source):
    url = reverse("translation_status_report") + "?locale=fr&status=missing"
    translator_view = clients["translator_fr"].get(url).content.decode()
    table = re.search(r'<table class="listing" id="translation-items">.*?</table>', translator_view, re.S).group(0)
    assert live_news_source.title in table
    assert reverse("wagtailadmin_pages:edit", args=(live_news_source.pk,)) not in table
    assert reverse("wagtail_localize:submit_page_translation", args=(live_news_source.pk,)) in table
    follow_every_link_of(clients["translator_fr"], table)
    moderator_view = clients["moderator"].get(url).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(live_news_source.pk,)) in moderator_view


def footer(html):
    return re.search(r'<footer[^>]*id="translation-actions".*?</footer>', html, re.S).group(0)


def main_action(html):
    """The footer's main button: the first button before the "More actions" toggle."""
    return re.search(r"<button[^>]*data-translation-main-action[^>]*>.*?</button>", footer(html), re.S).group(0)


def test_the_translation_editor_leads_with_submit_or_publish(clients, live_news_source, fr, step):
    with step():
        clients["translator_fr"].post(
            reverse("wagtail_localize:submit_page_translation", args=(live_news_source.pk,)), {"locales": [fr.pk]}
        )
    french = live_news_source.get_translation(fr)
    edit = reverse("wagtailadmin_pages:edit", args=(french.pk,))
    translator_view = clients["translator_fr"].get(edit).content.decode()
    button = main_action(translator_view)
    assert "Submit for review" in button and "disabled" in button
    assert "strings still to translate" in footer(translator_view)
    secondary = footer(translator_view).split("data-translation-main-action", 1)[1]
    assert "Delete" in secondary and main_action(translator_view).count("Delete") == 0

    translation = Translation.objects.get(source__object_id=live_news_source.translation_key, target_locale=fr)
    with step():
        clients["translator_fr"].post(reverse("wagtail_localize:machine_translate", args=(translation.pk,)))
    assert "disabled" not in main_action(clients["translator_fr"].get(edit).content.decode())
    progress = clients["translator_fr"].get(reverse("translation_progress", args=(translation.pk,))).json()
    assert progress == {"missing": 0, "message": ""}

    moderator_view = clients["moderator"].get(edit).content.decode()
    assert "Publish in Français" in main_action(moderator_view)


def test_the_translation_editor_speaks_french(clients, live_news_source, fr, step):
    clients["translator_fr"].cookies["django_language"] = "fr"
    with step():
        clients["translator_fr"].post(
            reverse("wagtail_localize:submit_page_translation", args=(live_news_source.pk,)), {"locales": [fr.pk]}
        )
    french = live_news_source.get_translation(fr)
    html = (
        clients["translator_fr"]
        .get(reverse("wagtailadmin_pages:edit", args=(french.pk,)), HTTP_ACCEPT_LANGUAGE="fr")
        .content.decode()
    )
    assert "Soumettre pour validation" in main_action(html)
    assert "chaînes restent à traduire" in footer(html)


@pytest.mark.usefixtures("demo_content")
def test_members_wait_on_the_dashboard_too(clients, users, en, step):
    from home.models import Member

    with step():
        member = Member(locale=en, name="Municipality of Šuto Orizari", kind="city", country="MK", live=False)
        member.save()
        member.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    dashboard = clients["translator_fr"].get("/admin/").content.decode()
    missing = group(dashboard, "missing")
    assert "Municipality of Šuto Orizari" in missing
    translate = reverse("wagtail_localize:submit_snippet_translation", args=("home", "member", member.pk))
    assert translate in missing
    follow_every_link_of(clients["translator_fr"], panel(dashboard))

    # A member whose English version changed after its French one was made is outdated.
    athens = Member.objects.get(locale=en, name="Athens")
    with step():
        athens.website = "https://www.cityofathens.gr/en/"
        athens.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    outdated = group(clients["translator_fr"].get("/admin/").content.decode(), "outdated")
    assert "Athens" in outdated and ">Update<" in outdated
