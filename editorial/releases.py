"""Publishing releases: sets of approved page revisions that go live together.

``finish_workflow`` is the site's WAGTAIL_FINISH_WORKFLOW_ACTION: an approved page that
belongs to an open release is not published but pinned on its release item; every other
approved object is published as Wagtail does. ``publish_release`` makes every item of a release
live in one transaction (all or nothing), invalidates the API cache once when it commits, and
records one ``release.published`` webhook event listing the pages; a release with an item not
approved, back in review, or edited since its approval is refused and says which.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.workflows import publish_workflow_state

from api.cache import one_bump
from editorial.models import Release, ReleaseItem
from editorial.webhooks import events_grouped, record_event, release_payload

logger = logging.getLogger("editorial.releases")


class ReleaseNotPublished(Exception):
    """The release was refused; the message names each item that stopped it."""


def finish_workflow(workflow_state, user=None):
    """On the last approval: pin the approved revision of a page waiting in an open release,
    publish anything else."""
    content = workflow_state.content_object
    if isinstance(content, Page):
        item = ReleaseItem.objects.filter(page_id=content.pk, release__status=Release.Status.OPEN).first()
        if item is not None:
            item.revision = content.get_latest_revision()
            item.approved_at = timezone.now()
            item.save(update_fields=["revision", "approved_at"])
            return
    publish_workflow_state(workflow_state, user=user)


def publish_release(release, user=None):
    """Make every item of ``release`` live together, or nothing (ReleaseNotPublished, with the
    reason recorded on the release)."""
    try:
        with transaction.atomic():
            release = Release.objects.select_for_update().get(pk=release.pk)
            if not release.is_open:
                raise ReleaseNotPublished(_("This release was already published."))
            problems = release.problems()
            if problems:
                raise ReleaseNotPublished("; ".join(f"{item.label()}: {problem}" for item, problem in problems))
            with one_bump(), events_grouped("published"):
                for item in release.items.select_related("revision", "page"):
                    if item.revision_id and item.page.live_revision_id != item.revision_id:
                        item.revision.publish(user=user, skip_permission_checks=True)
            release.status = Release.Status.PUBLISHED
            release.published_at = timezone.now()
            release.published_by = user
            release.last_error = ""
            release.save()
            record_event("release.published", release_payload, release)
    except ReleaseNotPublished as refusal:
        Release.objects.filter(pk=release.pk, status=Release.Status.OPEN).update(last_error=str(refusal))
        raise
    return release


def publish_due_releases(now=None):
    """Publish the open releases whose time has come. Returns (published, refused) names; a
    refused release stays open with its reason, and is tried again on the next run."""
    published, refused = [], []
    due = Release.objects.filter(status=Release.Status.OPEN, scheduled_at__lte=now or timezone.now())
    for release in due.order_by("scheduled_at"):
        try:
            publish_release(release)
            published.append(release.name)
        except ReleaseNotPublished as refusal:
            logger.warning("Release %r not published: %s", release.name, refusal)
            refused.append(release.name)
    return published, refused
