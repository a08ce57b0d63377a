"""Webhooks: signed events on publish, unpublish and delete; retries and a delivery log;
never in the way of publishing."""

import hashlib
import hmac
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.management import call_command
from django.utils import timezone

from editorial.models import WebhookDelivery, WebhookSubscription
from editorial.webhooks import deliver_due
from news.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory


class Receiver:
    """A real HTTP server on the loopback interface that records what it receives."""

    def __init__(self, status=200):
        self.status = status
        self.requests = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/alliance"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def subscription(receiver, db):
    return WebhookSubscription.objects.create(name="Council of Europe portal", url=receiver.url, secret="s3cret")


def publish_new_news(en, title="Webhook news"):
    page = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title=title, live=False)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_publish_sends_a_signed_event(en, subscription, receiver):
    page = publish_new_news(en)
    delivery = WebhookDelivery.objects.get(subscription=subscription, action="published")
    assert delivery.status == "pending"
    assert deliver_due() == (1, 0)

    ((headers, body),) = receiver.requests
    event = json.loads(body)
    assert event["id"] == str(delivery.event_id)
    assert event["action"] == "published"
    assert event["page"] == {
        "id": page.pk,
        "type": "NewsPage",
        "locale": "en",
        "url_path": f"/news/{page.slug}/",
        "url": f"http://localhost/en/news/{page.slug}/",
        "title": "Webhook news",
        "translation_key": str(page.translation_key),
    }
    timestamp, digest = (part.split("=", 1)[1] for part in headers["X-Alliance-Signature"].split(","))
    expected = hmac.new(b"s3cret", f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(digest, expected)
    assert headers["X-Alliance-Event"] == "published"
    delivery.refresh_from_db()
    assert delivery.status == "delivered" and delivery.last_response_code == 200 and delivery.attempts == 1


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_unpublish_and_delete_send_events(en, subscription, receiver):
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    page.unpublish()
    page.delete()
    call_command("deliver_webhooks", verbosity=0)
    actions = [json.loads(body)["action"] for _, body in receiver.requests]
    assert actions == ["unpublished", "deleted"]


@pytest.mark.django_db
def test_subscriptions_choose_their_events(en, subscription, receiver):
    subscription.on_publish = False
    subscription.save()
    publish_new_news(en)
    assert not WebhookDelivery.objects.exists()
    subscription.active = False
    subscription.on_publish = True
    subscription.save()
    publish_new_news(en, title="Another")
    assert not WebhookDelivery.objects.exists()


@pytest.mark.django_db
def test_failures_are_retried_with_growing_delays_then_given_up(en, settings):
    failing = Receiver(status=503)
    try:
        WebhookSubscription.objects.create(name="Broken site", url=failing.url)
        publish_new_news(en)
        delivery = WebhookDelivery.objects.get()
        now = timezone.now()
        delays = []
        for attempt in range(1, settings.WEBHOOK_MAX_ATTEMPTS + 1):
            assert deliver_due(now=now + timedelta(days=attempt)) == (0, 1)
            delivery.refresh_from_db()
            assert delivery.attempts == attempt and delivery.last_response_code == 503
            delays.append(delivery.next_attempt_at)
        assert delivery.status == "failed"
        assert delivery.last_error == "HTTP 503 Service Unavailable"
        assert len(failing.requests) == settings.WEBHOOK_MAX_ATTEMPTS
        assert deliver_due(now=now + timedelta(days=30)) == (0, 0)
    finally:
        failing.close()


@pytest.mark.django_db
def test_a_retry_waits_for_its_time(en):
    WebhookSubscription.objects.create(name="Down", url="http://127.0.0.1:9/unreachable")
    publish_new_news(en)
    assert deliver_due() == (0, 1)
    delivery = WebhookDelivery.objects.get()
    assert delivery.last_error.startswith("URLError")
    assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=50)
    assert deliver_due() == (0, 0)


@pytest.mark.django_db
def test_webhooks_never_break_publishing(en, subscription, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("database of deliveries unavailable")

    monkeypatch.setattr(WebhookDelivery.objects, "create", broken)
    page = publish_new_news(en, title="Published anyway")
    page.refresh_from_db()
    assert page.live
    assert "Could not record the webhook event published" in caplog.text


@pytest.mark.django_db
def test_publishing_does_not_wait_for_subscribers(en, subscription, receiver):
    publish_new_news(en)
    assert receiver.requests == []  # sent by the worker, not by the request that published


@pytest.mark.django_db
def test_delivery_log_is_in_the_admin(admin_client, en, subscription):
    from django.urls import reverse

    publish_new_news(en)
    response = admin_client.get(reverse("wagtailsnippets_editorial_webhookdelivery:list"))
    assert response.status_code == 200
    assert "Council of Europe portal" in response.content.decode()
