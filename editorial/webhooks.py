"""Webhooks: page events recorded with the change that caused them, delivered later.

Partner subscriptions hear of public changes only; the Alliance's own tools ("internal"
subscriptions) may also hear of the review workflow: submitted, approved, rejected (with the
reviewer's comment), comments, and translations submitted for review.

Publishing, unpublishing or deleting a page records one WebhookDelivery per interested
subscription, inside the same transaction (so an event is never sent for a change that was
rolled back) and inside a savepoint that swallows any error (so recording can never break
publishing). ``manage.py deliver_webhooks`` sends what is due, signs each request, retries
failures with growing delays, and gives up after WEBHOOK_MAX_ATTEMPTS, logging every attempt
(WebhookAttempt). A delivery is leased to the worker sending it, so overlapping workers never
send it twice at once and a worker killed mid-send loses nothing (the lease runs out, it is
sent again: at least once, deduplicated by its X-Alliance-Delivery id).
"""

import copy
import functools
import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta
from types import SimpleNamespace

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from editorial.models import WebhookAttempt, WebhookDelivery, WebhookSubscription

logger = logging.getLogger("editorial.webhooks")

# Delay before attempt n + 1 after n failures.
RETRY_DELAYS = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2)]


def all_language_codes():
    from wagtail.models import Locale

    return sorted(Locale.objects.values_list("language_code", flat=True))


def page_payload(page, action):
    return {
        "action": action,
        "occurred_at": timezone.now().isoformat(),
        "languages": [page.locale.language_code],
        "page": page_summary(page),
    }


def page_summary(page):
    from api.pages import absolute_public_url, url_path_in_locale

    return {
        "id": page.pk,
        "type": page.specific_class.__name__ if page.specific_class else None,
        "locale": page.locale.language_code,
        "url_path": url_path_in_locale(page),
        "url": absolute_public_url(None, page),
        "title": page.title,
        "translation_key": str(page.translation_key),
    }


def release_payload(release, action):
    from api.visibility import visible_pages

    items = release.items.filter(page__in=visible_pages()).select_related("page", "page__locale")
    pages = [page_summary(item.page) for item in items]
    return {
        "action": action,
        "occurred_at": timezone.now().isoformat(),
        "languages": sorted({page["locale"] for page in pages}),
        "release": {"id": release.pk, "name": release.name, "pages": pages},
    }


def snippet_payload(instance, action):
    return {
        "action": action,
        "occurred_at": timezone.now().isoformat(),
        "languages": [instance.locale.language_code],
        "snippet": {
            "type": type(instance).__name__,
            "id": instance.pk,
            "locale": instance.locale.language_code,
            "title": str(instance),
            "translation_key": str(instance.translation_key),
        },
    }


def media_payload(instance, action):
    kind = action.split(".")[0]
    return {
        "action": action,
        "occurred_at": timezone.now().isoformat(),
        # Media are shared by every language: every language's pages may show them.
        "languages": all_language_codes(),
        kind: {"id": instance.pk, "title": instance.title},
    }


def settings_payload(instance, action):
    return {
        "action": action,
        "occurred_at": timezone.now().isoformat(),
        "languages": all_language_codes(),
        "settings": {"type": type(instance).__name__},
    }


# Actions not recorded one by one in the current context (``events_grouped``).
_grouped_actions = ContextVar("grouped_webhook_actions", default=frozenset())


@contextmanager
def events_grouped(*actions):
    """Leave out the events ``actions`` of the changes made inside: the caller records one event
    for the whole batch (a release announces its pages in one ``release.published``)."""
    token = _grouped_actions.set(_grouped_actions.get() | set(actions))
    try:
        yield
    finally:
        _grouped_actions.reset(token)


def record_event(action, payload_of, instance):
    """Queue ``action`` on ``instance`` for every subscription that wants it, inside the change's
    transaction (nothing is sent for a change rolled back). Never raises."""
    if action in _grouped_actions.get():
        return
    try:
        with transaction.atomic():
            subscriptions = [item for item in WebhookSubscription.objects.filter(active=True) if item.wants(action)]
            if not subscriptions:
                return
            payload = payload_of(instance, action)
            for subscription in subscriptions:
                WebhookDelivery.objects.create(
                    subscription=subscription, action=action, payload=payload, next_attempt_at=timezone.now()
                )
    except Exception:
        logger.exception("Could not record the webhook event %s for %r", action, instance)


def record_page_event(page, action):
    """Queue ``action`` on ``page`` for every subscription that wants it. Never raises."""
    record_event(action, page_payload, page)


def send_test_event(subscription):
    """Record and send at once a "test" event to ``subscription``; the delivery (logged like any)."""
    delivery = WebhookDelivery.objects.create(
        subscription=subscription,
        action="test",
        payload={"action": "test", "occurred_at": timezone.now().isoformat(), "languages": all_language_codes()},
        next_attempt_at=timezone.now(),
    )
    send(delivery)
    return delivery


def signature(secret, timestamp, body):
    """The X-Alliance-Signature value: t=<unix time>,v1=<HMAC-SHA256 of "<t>.<body>">."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def send(delivery):
    """POST one delivery; update its log. Returns True when the subscriber accepted it."""
    body = json.dumps({"id": str(delivery.event_id), **delivery.payload}, cls=DjangoJSONEncoder).encode()
    timestamp = int(time.time())
    request = urllib.request.Request(
        delivery.subscription.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "AllianceCMS-Webhooks/1",
            "X-Alliance-Event": delivery.action,
            "X-Alliance-Delivery": str(delivery.event_id),
            "X-Alliance-Signature": signature(delivery.subscription.secret, timestamp, body),
        },
    )
    delivery.attempts += 1
    started_at, started = timezone.now(), time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=settings.WEBHOOK_TIMEOUT) as response:
            delivery.last_response_code = response.status
            delivery.last_error = ""
            ok = 200 <= response.status < 300
    except urllib.error.HTTPError as error:
        delivery.last_response_code = error.code
        delivery.last_error = f"HTTP {error.code} {error.reason}"
        ok = False
    except (urllib.error.URLError, OSError, ValueError) as error:
        delivery.last_response_code = None
        delivery.last_error = f"{error.__class__.__name__}: {error}"
        ok = False
    now = timezone.now()
    if ok:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = now
    elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.FAILED
        logger.warning(
            "Webhook %s to %s failed for good: %s", delivery.pk, delivery.subscription.url, delivery.last_error
        )
    else:
        delivery.next_attempt_at = now + RETRY_DELAYS[min(delivery.attempts, len(RETRY_DELAYS)) - 1]
    with transaction.atomic():
        delivery.save()
        WebhookAttempt.objects.create(
            delivery=delivery,
            number=delivery.attempts,
            started_at=started_at,
            duration_ms=int((time.monotonic() - started) * 1000),
            response_code=delivery.last_response_code,
            error="" if ok else delivery.last_error,
        )
    return ok


def lease_seconds():
    """How long a worker holds a delivery it is sending: after that (the worker died in the
    middle), another run sends it again. Receivers deduplicate by X-Alliance-Delivery."""
    return settings.WEBHOOK_TIMEOUT * 2 + 60


def claim(delivery, now):
    """Take ``delivery`` for this worker (None if another worker took it first): its next attempt
    moves to the end of the lease, so a worker killed while sending loses nothing."""
    until = now + timedelta(seconds=lease_seconds())
    taken = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=WebhookDelivery.Status.PENDING, next_attempt_at=delivery.next_attempt_at
    ).update(next_attempt_at=until)
    if not taken:
        return None
    delivery.next_attempt_at = until
    return delivery


def deliver_due(now=None, limit=100):
    """Send the deliveries whose time has come, oldest first. Returns (delivered, failed attempts).

    A receiver that fails (down, slow beyond WEBHOOK_TIMEOUT, an error status) gets no more
    attempts in this run: its other deliveries wait for the next run, and the other receivers'
    deliveries are not held up behind it."""
    now = now or timezone.now()
    due = (
        WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now)
        .select_related("subscription")
        .order_by("next_attempt_at", "pk")[:limit]
    )
    delivered = failed = 0
    failing = set()
    for delivery in due:
        if delivery.subscription_id in failing or claim(delivery, now) is None:
            continue
        if send(delivery):
            delivered += 1
        else:
            failed += 1
            failing.add(delivery.subscription_id)
    return delivered, failed


def is_visible(page):
    from api.visibility import is_visible

    return is_visible(page)


def public_if_live(page, parent_path=None):
    from api.visibility import public_if_live

    return public_if_live(page, parent_path)


def was_public(page):
    """Whether the public sees ``page``, or saw it before it went offline: a draft never
    published, or a page of a restricted section, was never theirs to hear of."""
    return is_visible(page) or (page.first_published_at is not None and public_if_live(page))


def record_move(sender, instance, parent_page_before=None, url_path_before=None, **kwargs):
    """A move is ``moved`` where the public sees the page now; a page moved out of the public's
    sight (into a restricted or offline section) is ``unpublished`` at the URL it had."""
    if is_visible(instance):
        record_page_event(instance, "moved")
    elif instance.live and parent_page_before is not None and public_if_live(instance, parent_page_before.path):
        before = copy.copy(instance)
        before.url_path = url_path_before or instance.url_path
        record_page_event(before, "unpublished")


def public_media(item):
    from api.visibility import private_collection_ids

    return item.collection_id not in private_collection_ids()


# (model label, pk) -> whether the public could see the image or document before the save under
# way (its collection then), from pre_save to post_save.
_public_before_save = {}


def remember_media_visibility(sender, instance, **kwargs):
    """Note whether the public could see the image or document before this save."""
    if instance.pk is None:
        return
    before = sender.objects.filter(pk=instance.pk).values_list("collection_id", flat=True).first()
    key = (sender._meta.label_lower, instance.pk)
    _public_before_save[key] = before is not None and public_media(SimpleNamespace(collection_id=before))


def record_media_change(sender, instance, kind, **kwargs):
    """``image.saved``/``document.saved`` with its title where the public sees it; where it has
    just gone into a private collection, the event says only which one changed."""
    was_public_before = _public_before_save.pop((sender._meta.label_lower, instance.pk), False)
    if public_media(instance):
        record_event(f"{kind}.saved", media_payload, instance)
    elif was_public_before:
        record_event(f"{kind}.saved", media_payload, SimpleNamespace(pk=instance.pk, title=None))


# Editorial events: for the Alliance's own chat and e-mail integrations ("internal"
# subscriptions), never for partners (they hear of what the public sees, nothing earlier).


def admin_edit_url(instance):
    from wagtail.admin.admin_url_finder import AdminURLFinder

    from editorial.calendar import absolute_admin_url

    return absolute_admin_url(AdminURLFinder().get_edit_url(instance))


def content_summary(instance):
    """What an editorial event is about: a page or a snippet, in its language, with the admin
    link a reviewer follows."""
    from wagtail.models import Page

    instance = instance.specific if isinstance(instance, Page) else instance
    locale = getattr(instance, "locale", None)
    return {
        "type": type(instance).__name__,
        "id": instance.pk,
        "title": getattr(instance, "get_admin_display_title", lambda: str(instance))(),
        "locale": locale.language_code if locale else None,
        "translation_key": str(getattr(instance, "translation_key", "") or "") or None,
        "admin_url": admin_edit_url(instance),
    }


def person(user):
    return user.get_full_name() or user.get_username() if user is not None else None


def is_translation(instance):
    """Whether ``instance`` is a wagtail-localize translation (its source is in another language)."""
    from wagtail_localize.models import TranslationSource

    key = getattr(instance, "translation_key", None)
    if key is None:
        return False
    return TranslationSource.objects.filter(object_id=key).exclude(locale_id=instance.locale_id).exists()


def editorial_payload(action, instance, user=None, **details):
    summary = content_summary(instance)
    return {
        "action": action,
        "occurred_at": timezone.now().isoformat(),
        "languages": [summary["locale"]] if summary["locale"] else all_language_codes(),
        "object": summary,
        "by": person(user),
        **details,
    }


def record_editorial_event(action, instance, user=None, **details):
    record_event(action, lambda obj, act: editorial_payload(act, obj, user, **details), instance)


def record_submission(sender, instance, user=None, **kwargs):
    """A review task started: on submission, on resubmission after changes were requested, and
    when an approval passes the content on to the workflow's next task."""
    content = instance.workflow_state.content_object
    action = "translation.submitted" if is_translation(content) else "workflow.submitted"
    record_editorial_event(
        action, content, user, workflow=str(instance.workflow_state.workflow), task=str(instance.task)
    )


def record_task_decision(action):
    def receiver(sender, instance, user=None, **kwargs):
        content = instance.workflow_state.content_object
        record_editorial_event(
            action,
            content,
            user,
            workflow=str(instance.workflow_state.workflow),
            task=str(instance.task),
            comment=instance.get_comment() or "",
        )

    return receiver


def record_comment(sender, instance, created=False, **kwargs):
    if not created:
        return
    comment = getattr(instance, "comment", instance)  # a reply, or the comment itself
    record_editorial_event(
        "comment.added",
        comment.page,
        instance.user,
        comment=instance.text,
        reply=instance is not comment,
    )


def connect():
    """Webhook events for every change editors make: pages (published, unpublished, deleted,
    moved; a translation's approval publishes it in its language), members and terminology notes
    (published, unpublished, deleted), site settings, images and documents."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.models import Comment, CommentReply, Page
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        published,
        task_approved,
        task_rejected,
        task_submitted,
        unpublished,
    )

    from editorial.organisation import SETTINGS, SNIPPETS

    # Subscribers are partner systems: they hear of what the public sees (api.visibility),
    # never of drafts, restricted sections, placeholders or private collections.
    def connect_recorder(signal, action, payload_of, sender=None, uid=None, public=lambda instance: True):
        def receiver(sender, instance, **kwargs):
            if public(instance):
                record_event(action, payload_of, instance)

        signal.connect(receiver, sender=sender, weak=False, dispatch_uid=f"webhooks-{uid or action}")

    connect_recorder(page_published, "published", page_payload, public=is_visible)
    connect_recorder(page_unpublished, "unpublished", page_payload, public=public_if_live)
    # Before the deletion, while the page and its restrictions are still there to be checked.
    connect_recorder(pre_delete, "deleted", page_payload, sender=Page, public=was_public)
    post_page_move.connect(record_move, weak=False, dispatch_uid="webhooks-moved")
    for label in SNIPPETS:
        model = apps.get_model(label)
        connect_recorder(published, "snippet.published", snippet_payload, model, f"published-{label}")
        connect_recorder(unpublished, "snippet.unpublished", snippet_payload, model, f"unpublished-{label}")
        connect_recorder(
            post_delete, "snippet.deleted", snippet_payload, model, f"deleted-{label}", public=lambda item: item.live
        )
    for label in SETTINGS:
        connect_recorder(post_save, "settings.changed", settings_payload, apps.get_model(label), f"settings-{label}")
    for model, kind in ((Image, "image"), (Document, "document")):
        pre_save.connect(remember_media_visibility, sender=model, weak=False, dispatch_uid=f"webhooks-{kind}-before")
        post_save.connect(
            functools.partial(record_media_change, kind=kind),
            sender=model,
            weak=False,
            dispatch_uid=f"webhooks-{kind}.saved",
        )
        connect_recorder(post_delete, f"{kind}.deleted", media_payload, model, public=public_media)

    # The review workflow, for internal subscriptions only (``WebhookSubscription.wants``).
    task_submitted.connect(record_submission, weak=False, dispatch_uid="webhooks-workflow.submitted")
    task_approved.connect(record_task_decision("workflow.approved"), weak=False, dispatch_uid="webhooks-approved")
    task_rejected.connect(record_task_decision("workflow.rejected"), weak=False, dispatch_uid="webhooks-rejected")
    for model in (Comment, CommentReply):
        post_save.connect(record_comment, sender=model, weak=False, dispatch_uid=f"webhooks-{model.__name__}")
