"""A translation with untranslated strings is never published, on any path.

wagtail-localize fills strings nobody translated with the source language's text. Publishing
such a version would put English under /fr/, unapproved. Each test takes one publishing path
(sync with "Publish immediately", the translation editor's "Publish", a review's approval, a
release, scheduled publishing, a translator's submission) and checks what the public sees:
the French API answer, the French news feed and the preview site keep the approved French
text, and the public translation status says OUTDATED, never UP_TO_DATE.
"""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment, Translation

from editorial.localize import UntranslatedTextError
from editorial.models import Release, ReleaseItem, TranslatedRevision
from editorial.releases import ReleaseNotPublished, publish_release
from news.models import NewsPage
from tests.translating import translate_string

pytestmark = pytest.mark.django_db

NEW_SENTENCE = "Mayors of twelve more cities joined the Alliance in Strasbourg."


def api(query, variables=None, client=None):
    response = (client or Client()).post(
        "/graphql/", json.dumps({"query": query, "variables": variables or {}}), content_type="application/json"
    )
    assert response.status_code == 200, response.content[:500]
    return response.json()


def public_french(source):
    """What anonymous readers get of ``source`` in French: the page (title, intro), the French
    news feed and the public translation status."""
    page = api(
        'query($key: UUID!) { page(translationKey: $key, locale: "fr") { title intro } }',
        {"key": str(source.translation_key)},
    )["data"]["page"]
    status = api(
        "query($id: ID!) { page(id: $id) { translationStatus { locale { languageCode } status } } }",
        {"id": str(source.pk)},
    )["data"]["page"]["translationStatus"]
    feed = Client().get("/fr/feeds/news.rss").content.decode()
    return {
        "page": page,
        "status": next(item["status"] for item in status if item["locale"]["languageCode"] == "fr"),
        "feed": feed,
    }


@pytest.fixture
def changed_source(en, users, step):
    """The demo's live news item with a live French translation, whose English text a
    moderator has just changed and published (one new string to translate)."""
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    with step():
        source.intro = NEW_SENTENCE
        source.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    return NewsPage.objects.get(pk=source.pk)


def french_of(source, fr):
    return NewsPage.objects.get(translation_key=source.translation_key, locale=fr)


def sync(client, source, **form):
    translation_source = Translation.objects.get(
        source__object_id=source.translation_key, target_locale__language_code="fr"
    ).source
    return client.post(
        reverse("wagtail_localize:update_translations", args=(translation_source.pk,)), form, follow=True
    )


def assert_french_text_kept(source, approved_intro):
    seen = public_french(source)
    assert seen["page"]["intro"] == approved_intro
    assert NEW_SENTENCE not in seen["feed"]
    assert seen["status"] == "OUTDATED"
    french = source.get_translation(Locale.objects.get(language_code="fr"))
    preview = Client().get(french.url)
    assert preview.status_code == 200 and NEW_SENTENCE not in preview.content.decode()


@pytest.mark.usefixtures("launch")
def test_sync_with_publish_immediately_keeps_the_french_text_and_says_so(clients, changed_source, fr, step):
    approved_intro = french_of(changed_source, fr).intro
    with step():
        response = sync(clients["moderator"], changed_source, publish_translations="on")
    messages = [str(message).strip() for message in response.context["messages"]]
    assert any("Français was not published: 1 string is not translated" in message for message in messages), messages

    assert_french_text_kept(changed_source, approved_intro)
    french = french_of(changed_source, fr)
    # The new version waits as a draft, with the gap in it.
    assert french.has_unpublished_changes
    assert french.get_latest_revision_as_object().intro == NEW_SENTENCE
    editorial = api(
        "query($id: ID!) { page(id: $id) { translationStatus { status stringsTotal stringsTranslated } } }",
        {"id": str(changed_source.pk)},
        client=clients["moderator"],
    )["data"]["page"]["translationStatus"][0]
    assert editorial["status"] != "UP_TO_DATE"
    assert editorial["stringsTranslated"] == editorial["stringsTotal"] - 1


@pytest.mark.usefixtures("launch")
def test_sync_publishes_translations_whose_every_string_is_translated(clients, changed_source, fr, step):
    translation = Translation.objects.get(source__object_id=changed_source.translation_key, target_locale=fr)
    with step():
        sync(clients["moderator"], changed_source)  # the new string arrives
    translate_string(
        clients["translator_fr"], translation, NEW_SENTENCE, "Des maires de douze villes ont rejoint l'Alliance."
    )
    with step():
        response = sync(clients["moderator"], changed_source, publish_translations="on")
    assert not any("not published" in str(message) for message in response.context["messages"])
    seen = public_french(changed_source)
    assert seen["page"]["intro"] == "Des maires de douze villes ont rejoint l'Alliance."
    assert seen["status"] == "UP_TO_DATE"


@pytest.mark.usefixtures("launch")
def test_publish_in_the_translation_editor_is_refused_with_the_reason(clients, changed_source, fr, step):
    approved_intro = french_of(changed_source, fr).intro
    with step():
        sync(clients["moderator"], changed_source)
    french = french_of(changed_source, fr)
    with step():
        response = clients["moderator"].post(
            reverse("wagtailadmin_pages:edit", args=(french.pk,)), {"action": "publish"}, follow=True
        )
    messages = [str(message).strip() for message in response.context["messages"]]
    assert "Not published: 1 string is not translated yet." in messages
    assert_french_text_kept(changed_source, approved_intro)


@pytest.mark.usefixtures("launch")
def test_a_translator_cannot_submit_a_translation_with_gaps(clients, changed_source, fr, step):
    with step():
        sync(clients["moderator"], changed_source)
    french = french_of(changed_source, fr)
    with step():
        response = clients["translator_fr"].post(
            reverse("submit_translation_for_review", args=(french.pk,)), follow=True
        )
    assert "Not submitted: 1 string is not translated yet." in [str(m).strip() for m in response.context["messages"]]
    assert Page.objects.get(pk=french.pk).specific.current_workflow_state is None


@pytest.mark.usefixtures("launch")
def test_a_review_in_progress_ends_when_its_text_is_replaced_by_one_with_gaps(clients, users, en, fr, step):
    """The translator submitted a complete French text; then the English changes and a
    moderator syncs with "Publish immediately": the French draft now has an English sentence, so
    the review of the earlier text is cancelled (approving it would publish the new draft)."""
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=fr)
    french = french_of(source, fr)
    approved_intro = french.intro
    title = StringSegment.objects.filter(source=translation.source, string__data=source.title).get()
    translate_string(clients["translator_fr"], translation, title.string.data, "L'Alliance est lancée")
    with step():
        clients["translator_fr"].post(reverse("submit_translation_for_review", args=(french.pk,)))
    assert Page.objects.get(pk=french.pk).specific.workflow_in_progress

    with step():
        source.intro = NEW_SENTENCE
        source.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    with step():
        sync(clients["moderator"], source, publish_translations="on")
    french = Page.objects.get(pk=french.pk).specific
    assert not french.workflow_in_progress
    assert_french_text_kept(source, approved_intro)

    # Whatever path reaches the revision, publishing it is refused.
    with pytest.raises(UntranslatedTextError):
        french.get_latest_revision().publish(user=users["moderator"])
    assert french_of(source, fr).intro == approved_intro


def held_back_draft(clients, changed_source, fr, step):
    with step():
        sync(clients["moderator"], changed_source, publish_translations="on")
    revision = french_of(changed_source, fr).get_latest_revision()
    assert TranslatedRevision.objects.get(revision=revision).strings_missing == 1
    return revision


@pytest.mark.usefixtures("launch")
def test_a_release_with_a_translation_with_gaps_is_refused(clients, users, changed_source, fr, step):
    approved_intro = french_of(changed_source, fr).intro
    revision = held_back_draft(clients, changed_source, fr, step)
    release = Release.objects.create(name="Twelve new members")
    ReleaseItem.objects.create(release=release, page_id=revision.object_id, revision=revision)
    assert [problem for _item, problem in release.problems()] == ["1 strings are not translated"]
    with step(), pytest.raises(ReleaseNotPublished):
        publish_release(release, user=users["moderator"])
    assert_french_text_kept(changed_source, approved_intro)


@pytest.mark.usefixtures("launch")
def test_scheduled_publishing_skips_a_translation_with_gaps(clients, changed_source, fr, step):
    approved_intro = french_of(changed_source, fr).intro
    revision = held_back_draft(clients, changed_source, fr, step)
    # Scheduled before the rule existed (publish() now refuses to schedule it).
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    out = StringIO()
    with step():
        call_command("publish_scheduled", stdout=out)
    assert "1 untranslated strings; its schedule was removed" in out.getvalue()
    assert Revision.objects.get(pk=revision.pk).approved_go_live_at is None
    assert_french_text_kept(changed_source, approved_intro)


@pytest.mark.usefixtures("launch")
def test_a_live_text_published_with_gaps_before_the_rule_is_not_up_to_date(en, fr):
    """Data from before the rule: a live French revision recorded with untranslated strings."""
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    assert public_french(source)["status"] == "UP_TO_DATE"
    french = french_of(source, fr)
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=fr)
    TranslatedRevision.objects.update_or_create(
        revision_id=french.live_revision_id,
        defaults={"source": translation.source, "source_synced_at": timezone.now(), "strings_missing": 2},
    )
    assert public_french(source)["status"] == "OUTDATED"


@pytest.mark.usefixtures("launch")
def test_a_translator_translates_only_into_their_languages(clients, users, en, settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES = [("en", "English"), ("fr", "Français"), ("de", "Deutsch")]
    german = Locale.objects.create(language_code="de")
    source = NewsPage.objects.get(locale=en, slug="alliance-launched")
    url = reverse("wagtail_localize:submit_page_translation", args=(source.pk,))
    form = clients["translator_fr"].get(url).context["form"]
    assert list(form.fields["locales"].queryset) == []  # French exists already; German is not theirs
    assert german in clients["moderator"].get(url).context["form"].fields["locales"].queryset
    response = clients["translator_fr"].post(url, {"locales": [german.pk]})
    assert response.status_code == 200  # the form refuses the choice
    assert not Page.objects.filter(translation_key=source.translation_key, locale=german).exists()
