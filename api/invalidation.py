"""Invalidations of the shared cache that are never lost.

An invalidation touches dependency tags (it writes the next change number to each: every cached
answer with one of them, built before, is stale), purges them from the HTTP caches in front
(``api.frontend_cache``) and forgets derived values (the shared facts). When the cache cannot be reached, it is
kept in the database (``PendingInvalidation``) and made when the cache answers again: at the
first request of a process that saw the outage end, and by every process at most once per
``API_INVALIDATION_RECHECK_SECONDS`` (and at each health probe). A Redis server that comes
back with the data it had before the outage (a network partition, a restart from its
snapshot) therefore never serves an answer the content has since changed.
"""

import logging
import time

from django.core.cache import cache

from api.conf import api_settings
from api.shared_cache import outage, reached

logger = logging.getLogger("api")

NEXT_CHANGE_KEY = "api:next-scheduled-change"


# The number of the last change started, and the count of changes finished (their tags written).
CHANGES_KEY = "api:changes"
DONE_KEY = "api:changes-done"


def counter(key, found):
    """The value of the counter ``key`` (CHANGES_KEY or DONE_KEY) from ``found`` (what a lookup
    read), started from the clock in microseconds when the cache has none, so that a counter
    lost with the cache never goes back to a value an entry was checked at. None when the cache
    is unreachable."""
    value = found.get(key)
    if value is None:
        cache.add(key, time.time_ns() // 1000, timeout=None)
        value = cache.get(key)
    return value


def tag_key(tag):
    """Where the number of the last change that touched ``tag`` is kept."""
    return f"api:tag:{tag}"


def invalidate(tags=(), keys=()):
    """Touch the dependency ``tags`` and delete the ``keys`` in the shared cache, and purge the
    tags from the HTTP caches in front; what the cache could not take is recorded to be made
    later."""
    from api.frontend_cache import purge_tags

    tags, keys = sorted(set(tags)), sorted(set(keys))
    if tags:
        # Forgetting the next scheduled change goes with every change of content.
        keys = sorted({*keys, NEXT_CHANGE_KEY})
    if not reached(lambda: write(tags, keys)):
        from api.models import PendingInvalidation

        PendingInvalidation.objects.create(generations=tags, keys=keys)
        logger.warning("Cache invalidation kept in the database until the cache answers: %s %s", tags, keys)
    if tags:
        purge_tags(tags)


def write(tags, keys):
    if tags:
        # The change takes the next number (started from the clock when the cache lost it, so
        # numbers never go back), writes it to its tags, then counts itself finished: a reader
        # that sees the finished count unchanged may skip reading its answer's tags.
        cache.add(CHANGES_KEY, time.time_ns() // 1000, timeout=None)
        number = cache.incr(CHANGES_KEY)
        if number is None:  # the cache went away meanwhile
            return
        cache.set_many({tag_key(tag): number for tag in tags}, timeout=None)
        cache.add(DONE_KEY, time.time_ns() // 1000, timeout=None)
        cache.incr(DONE_KEY)
    if keys:
        cache.delete_many(keys)


_checked_at = None
_recoveries_seen = 0


def reconcile_if_due():
    """Make the pending invalidations before this process reads the cache, when it has not
    looked for them lately, or the cache was down (it may answer again now), or it has just
    seen the cache answer again. Cheap when nothing is due (a clock read)."""
    global _checked_at, _recoveries_seen
    state = outage()
    if state is None:  # a cache that cannot be unreachable (local memory): nothing is ever pending
        return
    interval = api_settings.INVALIDATION_RECHECK_SECONDS
    now = time.monotonic()
    due = (
        state.down
        or state.recoveries != _recoveries_seen
        or (interval is not None and (_checked_at is None or now - _checked_at >= interval))
    )
    if not due or (state.down and now < state.retry_at):  # (reads skip the cache meanwhile)
        return
    _checked_at = now
    apply_pending_invalidations()
    _recoveries_seen = state.recoveries


def apply_pending_invalidations():
    """Make the invalidations kept in the database, and delete them once made. Returns how many
    remain (0 when the cache took them all)."""
    from api.models import PendingInvalidation

    pending = list(PendingInvalidation.objects.order_by("pk")[:1000])
    if not pending:
        return 0
    tags = {tag for row in pending for tag in row.generations}
    keys = {key for row in pending for key in row.keys}
    if reached(lambda: write(sorted(tags), sorted(keys | ({NEXT_CHANGE_KEY} if tags else set())))):
        PendingInvalidation.objects.filter(pk__in=[row.pk for row in pending]).delete()
        logger.warning("%d cache invalidation(s) kept during an outage made now.", len(pending))
    return PendingInvalidation.objects.count()
