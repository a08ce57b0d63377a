"""Webhook receivers down, slow (beyond the timeout) or failing: every attempt is logged,
retries back off, one bad receiver does not hold up the others, and a worker killed while
sending loses nothing."""

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.utils import timezone

from editorial.models import WebhookAttempt, WebhookDelivery, WebhookSubscription
from editorial.webhooks import RETRY_DELAYS, deliver_due, lease_seconds
from tests.servers import free_port


class Receiver:
    """A partner site's endpoint on the loopback interface: answers ``status`` after ``delay``
    seconds (released at once when the test ends)."""

    def __init__(self, status=200, delay=0.0):
        self.status, self.delay, self.received = status, delay, []
        self.released = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                receiver.received.append(self.headers["X-Alliance-Delivery"])
                self.rfile.read(int(self.headers["Content-Length"]))
                receiver.released.wait(receiver.delay)
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receivers():
    started = []

    def start(**kwargs):
        started.append(Receiver(**kwargs))
        return started[-1]

    yield start
    for receiver in started:
        receiver.close()


def queue(subscription, count=1, action="published"):
    now = timezone.now()
    return [
        WebhookDelivery.objects.create(
            subscription=subscription, action=action, payload={"n": index}, next_attempt_at=now
        )
        for index in range(count)
    ]


@pytest.mark.django_db
def test_a_receiver_that_answers_500_is_retried_with_backoff_and_every_attempt_is_logged(receivers, settings):
    failing = receivers(status=500)
    subscription = WebhookSubscription.objects.create(name="Partner NGO", url=failing.url)
    (delivery,) = queue(subscription)
    start = timezone.now()
    waits = []
    for attempt in range(1, settings.WEBHOOK_MAX_ATTEMPTS + 1):
        before = timezone.now()
        assert deliver_due(now=start + timedelta(days=attempt)) == (0, 1)
        delivery.refresh_from_db()
        if delivery.status == "pending":
            waits.append(delivery.next_attempt_at - before)
    assert delivery.status == "failed"
    assert [round(wait.total_seconds() / 60) for wait in waits] == [
        round(delay.total_seconds() / 60) for delay in RETRY_DELAYS[: settings.WEBHOOK_MAX_ATTEMPTS - 1]
    ]
    log = list(WebhookAttempt.objects.filter(delivery=delivery))
    assert [(attempt.number, attempt.response_code) for attempt in log] == [
        (number, 500) for number in range(1, settings.WEBHOOK_MAX_ATTEMPTS + 1)
    ]
    assert all("HTTP 500" in attempt.error for attempt in log)


@pytest.mark.django_db
def test_a_receiver_that_is_down_is_logged_and_retried_later(settings):
    subscription = WebhookSubscription.objects.create(name="Down", url=f"http://127.0.0.1:{free_port()}/hooks")
    (delivery,) = queue(subscription)
    assert deliver_due() == (0, 1)
    (attempt,) = WebhookAttempt.objects.filter(delivery=delivery)
    assert attempt.response_code is None and "Connection refused" in attempt.error
    delivery.refresh_from_db()
    assert delivery.status == "pending" and delivery.next_attempt_at > timezone.now() + timedelta(seconds=50)


@pytest.mark.django_db
def test_a_receiver_slower_than_the_timeout_does_not_hold_the_worker_nor_the_others(receivers, settings):
    settings.WEBHOOK_TIMEOUT = 0.5
    slow = receivers(delay=30)
    fast = receivers()
    slow_site = WebhookSubscription.objects.create(name="Slow site", url=slow.url)
    fast_site = WebhookSubscription.objects.create(name="Fast site", url=fast.url)
    slow_deliveries = queue(slow_site, count=3)
    fast_deliveries = queue(fast_site, count=3)

    assert deliver_due() == (3, 1)  # one timed-out attempt at the slow site, then its turn is over
    (attempt,) = WebhookAttempt.objects.filter(delivery__subscription=slow_site)
    assert "timed out" in attempt.error
    assert attempt.duration_ms < 30_000  # the worker let go long before the receiver answered
    assert sorted(fast.received) == sorted(str(delivery.event_id) for delivery in fast_deliveries)
    waiting = WebhookDelivery.objects.filter(subscription=slow_site, attempts=0, status="pending")
    assert waiting.count() == 2  # not attempted, not counted against the receiver
    assert {delivery.pk for delivery in slow_deliveries} >= set(waiting.values_list("pk", flat=True))


@pytest.mark.django_db
def test_a_worker_killed_while_sending_loses_nothing(receivers, monkeypatch):
    receiver = receivers()
    subscription = WebhookSubscription.objects.create(name="Portal", url=receiver.url)
    (delivery,) = queue(subscription)

    def killed(*args, **kwargs):
        raise SystemExit("worker killed")  # what SIGTERM does to a management command

    monkeypatch.setattr("editorial.webhooks.urllib.request.urlopen", killed)
    with pytest.raises(SystemExit):
        call_command("deliver_webhooks")
    monkeypatch.undo()

    delivery.refresh_from_db()
    assert delivery.status == "pending"
    # Leased to the dead worker: a restarted worker leaves it alone until the lease runs out...
    assert deliver_due() == (0, 0)
    # ...and then sends it.
    later = timezone.now() + timedelta(seconds=lease_seconds() + 1)
    assert deliver_due(now=later) == (1, 0)
    assert receiver.received == [str(delivery.event_id)]


@pytest.mark.django_db
def test_two_workers_never_send_the_same_delivery(receivers):
    receiver = receivers()
    subscription = WebhookSubscription.objects.create(name="Portal", url=receiver.url)
    deliveries = queue(subscription, count=5)
    stale = list(WebhookDelivery.objects.filter(pk__in=[delivery.pk for delivery in deliveries]))

    assert deliver_due() == (5, 0)
    # A second worker that read the same rows before the first sent them cannot claim them.
    from editorial.webhooks import claim

    assert all(claim(delivery, timezone.now()) is None for delivery in stale)
    assert len(receiver.received) == 5
