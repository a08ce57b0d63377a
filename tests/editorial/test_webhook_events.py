"""Webhook events for every change editors can make, each saying the languages it affects;
the log readable by moderators; a test event sent from the admin."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, Page, Site

from api.pages import url_path_in_locale
from editorial.models import WebhookDelivery, WebhookSubscription
from editorial.organisation import MODERATORS, setup_editorial
from home.models import ContactSettings, HomePage, StandardPage
from news.models import NewsIndexPage
from tests.editorial.test_webhooks import Receiver
from tests.factories import MemberFactory, NewsPageFactory, StandardPageFactory
from tests.media import make_document, make_image


def about_us(en):
    """The English "About us" page under the home page (made on first use)."""
    return StandardPage.objects.filter(locale=en, slug="about-us").first() or StandardPageFactory(
        parent=HomePage.objects.get(locale=en), title="About us", slug="about-us"
    )


def history_page(en):
    """The English "History" page under the home page (made on first use)."""
    return StandardPage.objects.filter(locale=en, slug="history").first() or StandardPageFactory(
        parent=HomePage.objects.get(locale=en), title="History", slug="history"
    )


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def subscription(receiver, db):
    return WebhookSubscription.objects.create(name="Partner site", url=receiver.url, secret="s3cret")


def events(subscription):
    return [(delivery.action, delivery.payload) for delivery in subscription.deliveries.order_by("created_at", "pk")]


@pytest.mark.django_db
def test_a_moved_page_and_a_published_translation_are_events(en, fr, subscription):
    page = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title="Moving news", live=True)
    history = history_page(en)
    # News pages live under news indexes only: move a standard page instead.
    about = about_us(en)
    history.move(about, pos="last-child")
    assert ("moved", "en") in {(action, payload["page"]["locale"]) for action, payload in events(subscription)}
    french = page.copy_for_translation(fr)
    french.save_revision().publish()
    published = [payload for action, payload in events(subscription) if action == "published"]
    assert published[-1]["languages"] == ["fr"] and published[-1]["page"]["locale"] == "fr"


@pytest.mark.django_db
def test_snippets_settings_and_media_changes_are_events(en, subscription):
    member = MemberFactory(name="Strasbourg")
    member.save_revision().publish()
    member.unpublish()
    settings = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "alliance@coe.int"
    settings.save()
    image = make_image("Launch photo", Collection.get_first_root_node())
    document = make_document("Report", Collection.get_first_root_node())
    document.delete()
    found = events(subscription)
    actions = [action for action, _payload in found]
    for expected in ("snippet.published", "snippet.unpublished", "settings.changed", "image.saved", "document.deleted"):
        assert expected in actions
    by_action = dict(found)
    assert by_action["snippet.published"]["snippet"]["type"] == "Member"
    assert by_action["snippet.published"]["languages"] == ["en"]
    assert set(by_action["image.saved"]["languages"]) >= {"en", "fr"}
    assert by_action["image.saved"]["image"]["id"] == image.pk
    assert set(by_action["settings.changed"]["languages"]) >= {"en", "fr"}


@pytest.mark.django_db
def test_a_subscription_hears_only_what_it_asked_for(en, subscription):
    subscription.on_media = False
    subscription.save()
    make_image("Quiet photo", Collection.get_first_root_node())
    assert not [action for action, _payload in events(subscription) if action.startswith("image.")]


@pytest.mark.django_db
def test_moderators_read_the_log_and_administrators_send_a_test_event(en, subscription, receiver):
    groups = setup_editorial()
    moderator = get_user_model().objects.create_user("moderator-on-duty", password="x")
    moderator.groups.add(groups[MODERATORS])
    as_moderator = Client()
    as_moderator.force_login(moderator)
    assert as_moderator.get(reverse("wagtailsnippets_editorial_webhookdelivery:list")).status_code == 200
    test_url = reverse("send_test_webhook", args=(subscription.pk,))
    refused = as_moderator.post(test_url)  # Wagtail sends the refused to the dashboard
    assert refused.status_code in (302, 403) and refused.get("Location", "/admin/") == "/admin/"
    assert not WebhookDelivery.objects.filter(action="test").exists()

    admin = get_user_model().objects.create_superuser("chief", "chief@example.org", "x")
    as_admin = Client()
    as_admin.force_login(admin)
    listing = as_admin.get(reverse("wagtailsnippets_editorial_webhooksubscription:list"))
    assert test_url.encode() in listing.content
    response = as_admin.post(test_url)
    assert response.status_code == 302
    delivery = WebhookDelivery.objects.get(subscription=subscription, action="test")
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    ((headers, body),) = receiver.requests
    assert headers["X-Alliance-Event"] == "test" and json.loads(body)["action"] == "test"


# The leak matrix for webhooks: partners hear only of what the public sees (issue 25) --------

SECRET = "Kestrelwing"


def restricted_section(en, restriction_type):
    from tests.api.test_visibility_matrix import restrict

    section = about_us(en).add_child(instance=StandardPage(title="Members area", slug="members-area-secret"))
    restrict(section, restriction_type)
    return section


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["login", "password", "groups", "offline_parent"])
def test_no_event_describes_a_page_in_a_section_the_public_cannot_see(en, subscription, kind):
    if kind == "offline_parent":
        section = about_us(en).add_child(
            instance=StandardPage(title="Draft section", slug="members-area-secret", live=False)
        )
    else:
        section = restricted_section(en, kind)
    page = section.add_child(instance=StandardPage(title=f"{SECRET} minutes", slug="minutes", live=False))
    page.save_revision().publish()
    page.refresh_from_db()
    page.unpublish()
    page.save_revision().publish()
    page.move(section, pos="first-child")
    Page.objects.get(pk=page.pk).delete()
    found = events(subscription)
    assert SECRET not in json.dumps(found) and "members-area-secret" not in json.dumps(found), found


@pytest.mark.django_db
def test_no_event_for_a_draft_that_was_never_published(en, subscription):
    about = about_us(en)
    draft = about.add_child(instance=StandardPage(title=f"{SECRET} draft", slug="secret-draft", live=False))
    draft.move(history_page(en), pos="last-child")
    Page.objects.get(pk=draft.pk).delete()
    assert events(subscription) == []


@pytest.mark.django_db
def test_no_event_for_a_placeholder_in_another_language(en, fr, subscription):
    page = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title=f"{SECRET} news", live=True)
    page.copy_for_translation(fr, alias=True)
    page.save_revision().publish()  # Wagtail publishes the aliases of a page with it
    published = [payload["page"]["locale"] for action, payload in events(subscription) if action == "published"]
    assert published == ["en"]


@pytest.mark.django_db
def test_private_media_are_never_described(en, subscription):
    from tests.api.test_visibility_matrix import restrict

    private = Collection.get_first_root_node().add_child(name="Private")
    restrict(private, "login")
    make_image(f"{SECRET} photo", private)
    make_document(f"{SECRET} minutes", private).delete()
    assert events(subscription) == []

    image = make_image("Public photo", Collection.get_first_root_node())
    image.collection = private
    image.title = f"{SECRET} now private"
    image.save()
    found = events(subscription)
    assert SECRET not in json.dumps(found)
    # The public lost it: the event says which image changed, not what it is now.
    assert found[-1][1]["image"] == {"id": image.pk, "title": None}


@pytest.mark.django_db
def test_a_page_moved_out_of_sight_is_unpublished_at_the_url_it_had(en, subscription):
    section = restricted_section(en, "login")
    history = history_page(en)
    url_path_before = url_path_in_locale(history)
    history.move(section, pos="last-child")
    action, payload = events(subscription)[-1]
    assert action == "unpublished"
    assert payload["page"]["url_path"] == url_path_before and "members-area-secret" not in json.dumps(payload)
