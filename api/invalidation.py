"""Invalidations of the shared cache that are never lost.

An invalidation bumps "generations" (every cached answer built from an older generation is
stale) and forgets derived values (the shared facts). When the cache cannot be reached, it is
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


def generation_key(name):
    return f"api:generation:{name}"


def invalidate(generations=(), keys=()):
    """Bump the ``generations`` (names) and delete the ``keys`` in the shared cache; what the
    cache could not take is recorded to be made later."""
    generations, keys = sorted(set(generations)), sorted(set(keys))
    if generations:
        # Forgetting the next scheduled change goes with every bump: content changed.
        keys = sorted({*keys, NEXT_CHANGE_KEY})
    if not reached(lambda: write(generations, keys)):
        from api.models import PendingInvalidation

        PendingInvalidation.objects.create(generations=generations, keys=keys)
        logger.warning("Cache invalidation kept in the database until the cache answers: %s %s", generations, keys)


def write(generations, keys):
    if generations:
        now = time.time_ns()
        cache.set_many({generation_key(name): now for name in generations}, timeout=None)
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
    generations = {name for row in pending for name in row.generations}
    keys = {key for row in pending for key in row.keys}
    if reached(lambda: write(sorted(generations), sorted(keys | ({NEXT_CHANGE_KEY} if generations else set())))):
        PendingInvalidation.objects.filter(pk__in=[row.pk for row in pending]).delete()
        logger.warning("%d cache invalidation(s) kept during an outage made now.", len(pending))
    return PendingInvalidation.objects.count()
