"""Releases: pages in any language, approved one by one, going live together: by hand or at a
set time, all or nothing, refused (and saying which page) when one is no longer approved."""

import io
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from api import cache
from editorial.models import Release, ReleaseItem, WebhookDelivery, WebhookSubscription
from editorial.releases import ReleaseNotPublished, publish_release
from news.models import NewsIndexPage
from tests.editorial.test_journey import api_news_titles, create_news, edit, workflow_action

EN_TITLE = "2 August 2027: Roma Genocide Remembrance Day"
FR_TITLE = "2 août 2027 : Journée de commémoration du génocide des Roms"


@pytest.fixture
def subscriber(db):
    return WebhookSubscription.objects.create(name="Portal", url="https://portal.example.org/hook")


@pytest.fixture
def drafts(clients, en, fr, step):
    """An English and a French news item, created by editors, not yet submitted."""
    with step():
        english = create_news(clients["editor"], NewsIndexPage.objects.get(locale=en), EN_TITLE, action=None)
        french = create_news(clients["moderator"], NewsIndexPage.objects.get(locale=fr), FR_TITLE, action=None)
    return english, french


def release_form(name, pages, **extra):
    return nested_form_data(
        {"name": name, "items": inline_formset([{"page": page.pk} for page in pages], min=1), **extra}
    )


def create_release(client, pages, name="2 August 2027", **extra):
    response = client.post(reverse("releases:add"), release_form(name, pages, **extra))
    assert response.status_code == 302, response.content.decode()[-3000:]
    return Release.objects.get(name=name)


def submit_and_approve(clients, page, step):
    with step():
        assert edit(clients["editor"], page, page.title).status_code == 302  # save and submit
    with step():
        assert workflow_action(clients["moderator"], page, "approve").status_code in (200, 302)


def test_approved_pages_wait_for_their_release_and_go_live_together(clients, drafts, step, subscriber):
    english, french = drafts
    release = create_release(clients["editor"], drafts)
    before = api_news_titles("en")  # cached: the release must invalidate it

    for page in drafts:
        submit_and_approve(clients, page, step)
    for page in drafts:
        page.refresh_from_db()
        assert not page.live, "an approved page in a release waits for the release"
    assert EN_TITLE not in api_news_titles("en") and FR_TITLE not in api_news_titles("fr")
    assert all(item.revision_id == item.page.latest_revision_id for item in release.items.all())
    assert api_news_titles("en") == before

    screen = clients["moderator"].get(reverse("releases:publish", args=(release.pk,)))
    assert screen.status_code == 200
    assert screen.content.decode().count("ready") >= 2

    with mock.patch("api.cache.touch_now", wraps=cache.touch_now) as bumps, step():
        response = clients["moderator"].post(reverse("releases:publish", args=(release.pk,)))
    assert response.status_code == 302
    touched = set(bumps.call_args.args[0])
    assert bumps.call_count == 1 and {f"wagtailcore.page:{page.pk}" for page in drafts} <= touched

    release.refresh_from_db()
    assert release.status == Release.Status.PUBLISHED and release.published_at is not None
    assert EN_TITLE in api_news_titles("en") and FR_TITLE in api_news_titles("fr")

    deliveries = WebhookDelivery.objects.filter(subscription=subscriber)
    assert [delivery.action for delivery in deliveries] == ["release.published"]
    payload = deliveries.get().payload
    assert payload["languages"] == ["en", "fr"]
    assert {page["title"] for page in payload["release"]["pages"]} == {EN_TITLE, FR_TITLE}


def test_a_page_edited_since_its_approval_stops_the_release_and_is_named(clients, drafts, step):
    english, french = drafts
    release = create_release(clients["editor"], drafts)
    for page in drafts:
        submit_and_approve(clients, page, step)
    with step():
        edit(clients["editor"], french, FR_TITLE + " (corrigé)", action=None)  # a draft after approval

    with step():
        response = clients["moderator"].post(reverse("releases:publish", args=(release.pk,)))
    assert response.status_code == 302

    release.refresh_from_db()
    assert release.status == Release.Status.OPEN
    assert f"{FR_TITLE} (corrigé) (fr): edited since it was approved" in release.last_error
    assert not Page.objects.get(pk=english.pk).live, "all or nothing: the ready page waits too"
    assert EN_TITLE not in api_news_titles("en")


def test_a_page_back_in_review_or_never_approved_stops_the_release(clients, drafts, step):
    english, french = drafts
    release = create_release(clients["editor"], drafts)
    submit_and_approve(clients, english, step)
    with step():
        edit(clients["editor"], english, EN_TITLE)  # submitted again

    with pytest.raises(ReleaseNotPublished) as refusal:
        publish_release(release)
    assert f"{EN_TITLE} (en): no longer approved" in str(refusal.value)
    assert f"{FR_TITLE} (fr): not approved yet" in str(refusal.value)


def test_a_failure_half_way_publishes_nothing(clients, drafts, step):
    release = create_release(clients["editor"], drafts)
    for page in drafts:
        submit_and_approve(clients, page, step)
    second = release.items.order_by("sort_order")[1].revision
    original = type(second).publish

    def fail_on_second(revision, *args, **kwargs):
        if revision.pk == second.pk:
            raise RuntimeError("disk full")
        return original(revision, *args, **kwargs)

    with mock.patch.object(type(second), "publish", fail_on_second), pytest.raises(RuntimeError), step():
        publish_release(release)

    assert not any(Page.objects.filter(pk__in=[page.pk for page in drafts]).values_list("live", flat=True))
    assert Release.objects.get(pk=release.pk).status == Release.Status.OPEN
    assert EN_TITLE not in api_news_titles("en")


def test_publish_scheduled_publishes_the_releases_whose_time_has_come(clients, drafts, step):
    due = create_release(clients["moderator"], drafts[:1], name="Due", scheduled_at="2026-01-01 10:00")
    later = create_release(clients["moderator"], drafts[1:], name="Later")
    Release.objects.filter(pk=later.pk).update(scheduled_at=timezone.now() + timedelta(days=30))
    for page in drafts:
        submit_and_approve(clients, page, step)

    with step():
        call_command("publish_scheduled", stdout=io.StringIO())

    assert Release.objects.get(pk=due.pk).status == Release.Status.PUBLISHED
    assert Release.objects.get(pk=later.pk).status == Release.Status.OPEN
    assert EN_TITLE in api_news_titles("en") and FR_TITLE not in api_news_titles("fr")


def test_a_refused_scheduled_release_stays_open_with_its_reason(clients, drafts, step):
    release = create_release(clients["moderator"], drafts, scheduled_at="2026-01-01 10:00")
    with step():
        call_command("publish_scheduled", stdout=io.StringIO())
    release.refresh_from_db()
    assert release.status == Release.Status.OPEN and "not approved yet" in release.last_error


def test_pages_outside_releases_are_published_on_approval_as_before(clients, drafts, step):
    english, _french = drafts
    submit_and_approve(clients, english, step)
    assert Page.objects.get(pk=english.pk).live


def test_editors_fill_releases_moderators_schedule_and_publish_them(clients, drafts):
    form = clients["editor"].get(reverse("releases:add")).content.decode()
    assert 'name="scheduled_at"' not in form
    assert 'name="scheduled_at"' in clients["moderator"].get(reverse("releases:add")).content.decode()

    release = create_release(clients["editor"], drafts, scheduled_at="2026-01-01 10:00")
    assert release.scheduled_at is None, "an editor cannot schedule"
    # Wagtail's admin answers a refused permission with a redirect and a message.
    assert clients["editor"].get(reverse("releases:publish", args=(release.pk,))).status_code in (302, 403)
    assert clients["editor"].post(reverse("releases:publish", args=(release.pk,))).status_code in (302, 403)
    assert Release.objects.get(pk=release.pk).status == Release.Status.OPEN
    assert clients["translator_fr"].get(reverse("releases:index")).status_code in (302, 403)


def test_a_page_belongs_to_one_open_release_at_a_time(clients, drafts):
    create_release(clients["editor"], drafts)
    response = clients["editor"].post(reverse("releases:add"), release_form("Another", drafts[:1]))
    assert response.status_code == 200
    assert "already in the open release" in response.content.decode()
    assert ReleaseItem.objects.filter(page=drafts[0]).count() == 1


def test_the_release_lists_where_each_page_stands(clients, drafts, step):
    release = create_release(clients["editor"], drafts)
    submit_and_approve(clients, drafts[0], step)
    inspect = clients["moderator"].get(reverse("releases:inspect", args=(release.pk,))).content.decode()
    assert f"{EN_TITLE} (en): ready" in inspect
    assert "(fr): not approved yet" in inspect


def test_moderators_find_publish_now_in_the_list_of_releases(clients, drafts):
    """An open release: the list answers and each open release offers "Publish now" to those
    who may publish (it was a server error)."""
    release = create_release(clients["editor"], drafts)
    assert release.status == Release.Status.OPEN
    listing = clients["moderator"].get(reverse("releases:index"))
    assert listing.status_code == 200
    assert reverse("releases:publish", args=(release.pk,)) in listing.content.decode()
    editor_listing = clients["editor"].get(reverse("releases:index"))
    assert editor_listing.status_code == 200
    assert reverse("releases:publish", args=(release.pk,)) not in editor_listing.content.decode()
