"""Workflow events for the Alliance's own tools: submitted, approved, rejected (with the
reviewer's comment), comments, translations submitted. Partner subscriptions never hear of them."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from editorial.models import WebhookSubscription
from editorial.webhooks import deliver_due
from news.models import NewsIndexPage
from tests.editorial.test_journey import create_news, edit, workflow_action
from tests.editorial.test_translation import start_translation
from tests.editorial.test_webhooks import Receiver
from tests.translating import translate_string

WORKFLOW_SWITCHES = dict.fromkeys(WebhookSubscription.WORKFLOW_SWITCHES, True)


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def chat(receiver, db):
    """The Alliance's chat integration: every workflow event."""
    return WebhookSubscription.objects.create(
        name="Taskforce chat", url=receiver.url, audience=WebhookSubscription.Audience.INTERNAL, **WORKFLOW_SWITCHES
    )


@pytest.fixture
def partner(db):
    return WebhookSubscription.objects.create(name="Partner site", url="https://partner.example.org/hook")


def received(receiver):
    return [json.loads(body) for _headers, body in receiver.requests]


def actions(subscription):
    return [delivery.action for delivery in subscription.deliveries.order_by("created_at", "pk")]


@pytest.mark.django_db
def test_the_chat_hears_a_submission_a_rejection_with_its_comment_and_an_approval(
    clients, users, en, chat, partner, receiver, step
):
    with step():
        page = create_news(clients["editor"], NewsIndexPage.objects.get(locale=en), "ROMACT workshop in Kosice")
    with step():
        workflow_action(clients["moderator"], page, "reject", comment="Please give the date of the workshop.")
    with step():
        assert edit(clients["editor"], page, "ROMACT workshop in Kosice, 20 November").status_code == 302
    with step():
        workflow_action(clients["moderator"], page, "approve")

    assert actions(chat) == [
        "workflow.submitted",
        "workflow.rejected",
        "workflow.submitted",
        # The last task's approval publishes the page, then says it was approved.
        "published",
        "workflow.approved",
    ]
    deliver_due()
    events = received(receiver)
    submitted, rejected = events[0], events[1]
    assert submitted["object"]["title"] == "ROMACT workshop in Kosice"
    assert submitted["object"]["type"] == "NewsPage" and submitted["object"]["locale"] == "en"
    assert submitted["object"]["admin_url"].endswith(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert submitted["by"] == users["editor"].get_username() and submitted["languages"] == ["en"]
    assert rejected["comment"] == "Please give the date of the workshop."
    assert rejected["by"] == users["moderator"].get_username() and rejected["task"]
    # The partner heard of the publication only.
    assert actions(partner) == ["published"]


@pytest.mark.django_db
def test_a_comment_in_the_editor_is_an_event(clients, users, en, chat, partner, step):
    with step():
        page = create_news(
            clients["editor"], NewsIndexPage.objects.get(locale=en), "Dosta! prize ceremony", action=None
        )
    comments = inline_formset(
        [
            {
                "id": "",
                "contentpath": "title",
                "text": "Is the ceremony in Strasbourg?",
                "position": "",
                "resolved": "",
                "replies": inline_formset([]),
            }
        ]
    )
    with step():
        response = clients["moderator"].post(
            reverse("wagtailadmin_pages:edit", args=(page.pk,)),
            nested_form_data(
                {
                    **edit_data(page),
                    "comments": comments,
                }
            ),
        )
    assert response.status_code == 302, response.content[-2000:]
    [comment] = [delivery for delivery in chat.deliveries.all() if delivery.action == "comment.added"]
    assert comment.payload["comment"] == "Is the ceremony in Strasbourg?"
    assert comment.payload["object"]["title"] == "Dosta! prize ceremony"
    assert not partner.deliveries.exists()


def edit_data(page):
    from wagtail.test.utils.form_data import rich_text, streamfield

    return {
        "title": page.title,
        "slug": page.slug,
        "intro": "A workshop for ROMACT municipalities.",
        "date": "2026-11-20",
        "body": streamfield([("paragraph", rich_text("<p>Mayors and Roma mediators met in Kosice.</p>"))]),
        "related_pages": streamfield([]),
        "tags": "ROMACT",
    }


@pytest.mark.django_db
def test_a_translation_submitted_for_review_is_its_own_event(clients, live_news_source, fr, chat, partner, step):
    translator = clients["translator_fr"]
    translation = start_translation(translator, live_news_source, fr)
    translate_string(translator, translation, live_news_source.title, "Les maires signent la déclaration")
    translator.post(reverse("wagtail_localize:machine_translate", args=(translation.pk,)))
    french = live_news_source.get_translation(fr)
    with step():
        response = translator.post(reverse("submit_translation_for_review", args=(french.pk,)))
    assert response.status_code == 302
    assert "translation.submitted" in actions(chat) and "workflow.submitted" not in actions(chat)
    [event] = [d.payload for d in chat.deliveries.all() if d.action == "translation.submitted"]
    assert event["object"]["locale"] == "fr" and event["languages"] == ["fr"]
    assert event["object"]["title"] == Page.objects.get(pk=french.pk).get_admin_display_title()
    assert not partner.deliveries.exists()


@pytest.mark.django_db
def test_a_partner_subscription_cannot_take_workflow_events(clients):
    form = nested_form_data(
        {
            "name": "Partner portal",
            "url": "https://portal.example.org/hook",
            "secret": "s3cret",
            "audience": "partner",
            "on_publish": "on",
            "on_submitted": "on",
            "active": "on",
        }
    )
    url = reverse("wagtailsnippets_editorial_webhooksubscription:add")
    response = clients["administrator"].post(url, form)
    assert response.status_code == 200
    assert "A partner site hears of public changes only" in response.content.decode()
    assert not WebhookSubscription.objects.filter(name="Partner portal").exists()

    response = clients["administrator"].post(url, {**form, "audience": "internal"})
    assert response.status_code == 302
    assert WebhookSubscription.objects.get(name="Partner portal").wants("workflow.submitted")
