"""The API response cache and its invalidation.

A cached answer remembers its dependency tags (``api.dependencies``: the rows, lists, pages and
menus it read) and the change number before it was built. A change (a page published, a snippet
saved) takes the next change number and writes it to each tag it touches, once, when its
transaction commits. An answer is current while none of its tags has a number above its own:
a change recomputes only the answers that contain what changed. It also lives no longer than the
next scheduled change of the content (a page or snippet expiring, a revision scheduled to go
live): those happen without a publish signal. Numbers live in Django's cache, so every app process
sharing it (Redis in production) sees an invalidation at once.
"""

import hashlib
import json
import re
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import EmptyResultSet
from django.db import transaction

from api.conf import api_settings
from api.dependencies import ALL
from api.documents import LRU
from api.invalidation import CHANGES_KEY, DONE_KEY, NEXT_CHANGE_KEY, counter, invalidate, reconcile_if_due, tag_key
from api.shared_cache import reached

DATETIME_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")


# Inside ``one_bump()``: the tags to touch together when its transaction commits.
_collected_bumps = ContextVar("collected_bumps", default=None)


def touch(tags):
    """Invalidate every cached answer that depends on one of ``tags``, once: when the change's
    transaction commits (at once outside a transaction). A request reads the change number
    before the content, so an answer it built from the content as it was before the commit
    has a lower number than the one the change writes to its tags."""
    tags = set(tags)
    collected = _collected_bumps.get()
    if collected is not None:
        collected.update(tags)
    elif transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: touch_now(tags))
    else:
        touch_now(tags)


def touch_now(tags):
    """Invalidate the answers depending on ``tags`` now, in one change (kept in the database
    while the cache is unreachable, see ``api.invalidation``), and purge them from the HTTP
    caches in front."""
    invalidate(tags=tags)


@contextmanager
def one_bump():
    """Collect the invalidations of a batch of changes (a release publishing many pages) and
    make them once, when the transaction commits: never for a batch rolled back."""
    tags = set()
    token = _collected_bumps.set(tags)
    try:
        yield tags
    finally:
        _collected_bumps.reset(token)
    if tags:
        transaction.on_commit(lambda: touch_now(sorted(tags)))


def change_number():
    """The number of the last change made (started anew from the clock, in microseconds, when the
    cache has lost it, so numbers never go back)."""
    return counter(CHANGES_KEY, {}) or 0


def add_many(values):
    """Set each of ``values`` (key: value) that is not in the cache, without expiry: one round
    trip on Redis (a pipeline of SET NX)."""
    if not values:
        return
    redis = redis_of(cache)
    if redis is None:
        for key, value in values.items():
            cache.add(key, value, timeout=None)
        return
    client, make_key, _decode, encode = redis

    def round_trip():
        with client.pipeline(transaction=False) as pipeline:
            for key, value in values.items():
                pipeline.set(make_key(key), encode(value), nx=True)
            pipeline.execute()

    guard = getattr(cache, "guard", None)
    guard(round_trip) if guard is not None else round_trip()


def verified(entry, done):
    """Whether ``entry`` (an answer or value kept with its ``tags``, the change number ``since``
    it was built from, and the finished-changes count it was last ``checked`` at) is current.
    ``done``: the count of finished changes now (None when unknown). Without a change finished
    since it was last checked, no round trip; else one, for its tags."""
    if done is not None and entry.get("checked") == done:
        return True
    keys = [tag_key(tag) for tag in entry["tags"]]
    numbers = cache.get_many(keys)
    if len(numbers) < len(keys) or any(number > entry["since"] for number in numbers.values()):
        return False  # a tag changed since (or was lost: it may have)
    entry["checked"] = done
    return True


def keep(entry, since, tags):
    """Make ``entry`` a record of a value built from change number ``since`` with ``tags``: the
    tags never changed get ``since`` as their number. Returns False (and keeps nothing) when one
    of them changed while the value was being built: it may show the content before."""
    found = cache.get_many([DONE_KEY] + [tag_key(tag) for tag in tags])
    if any(found.get(tag_key(tag), since) > since for tag in tags):
        return False
    add_many({tag_key(tag): since for tag in tags if tag_key(tag) not in found})
    entry.update(since=since, tags=list(tags), checked=counter(DONE_KEY, found))
    return True


def response_key(host, query, variables, operation_name):
    """The cache key of a response: answers carry absolute URLs built for the request's host."""
    material = json.dumps([host, query, variables or {}, operation_name or ""], sort_keys=True)
    return "api:response:" + hashlib.sha256(material.encode()).hexdigest()


def next_scheduled_change():
    """When content next changes by itself: the earliest future expiry of a live page or
    snippet, go-live time of an approved revision, or moment registered with
    ``changes_by_itself`` (None if nothing is scheduled).

    Kept in the shared cache until that moment, and forgotten whenever content changes (a
    change) or a revision is saved (which may schedule something)."""
    found = cache.get(NEXT_CHANGE_KEY)
    if found is not None:
        return found["at"]
    at = _next_scheduled_change()
    cache.set(NEXT_CHANGE_KEY, {"at": at}, timeout=max(1, seconds_until(at, api_settings.CACHE_TIMEOUT)))
    return at


def forget_next_scheduled_change(*args, **kwargs):
    invalidate(keys=[NEXT_CHANGE_KEY])


# Apps' own moments when an answer changes by itself (an event ending leaves ``upcoming``):
# callables that take "now" and give the next such moment, or None.
_scheduled_change_sources = []


def changes_by_itself(source):
    """Register ``source(now)``: the next moment content changes without anyone saving it,
    which no cached answer may outlive."""
    _scheduled_change_sources.append(source)


def _next_scheduled_change():
    from django.apps import apps
    from django.db.models import Min
    from django.utils import timezone
    from wagtail.models import DraftStateMixin, Page, Revision

    now = timezone.now()
    times = [Revision.objects.filter(approved_go_live_at__gt=now).aggregate(at=Min("approved_go_live_at"))["at"]]
    for model in apps.get_models():
        if issubclass(model, DraftStateMixin) and (model is Page or not issubclass(model, Page)):
            times.append(model.objects.filter(live=True, expire_at__gt=now).aggregate(at=Min("expire_at"))["at"])
    times.extend(source(now) for source in _scheduled_change_sources)
    times = [at for at in times if at is not None]
    return min(times) if times else None


def seconds_until(moment, default):
    """Whole seconds from now until ``moment`` (at most ``default``; ``default`` for None)."""
    if moment is None:
        return default
    return max(0, min(default, int(moment.timestamp() - time.time())))


def redis_of(backend):
    """(client, make_key, decode, encode) of a Redis cache backend (django-redis or Django's
    own), or None for another backend: for commands Django's cache API has no single call for."""
    if hasattr(getattr(backend, "client", None), "get_client"):  # django-redis
        return backend.client.get_client(write=True), backend.make_key, backend.client.decode, backend.client.encode
    if hasattr(getattr(backend, "_cache", None), "get_client"):  # Django's RedisCache
        return (
            backend._cache.get_client(None, write=True),
            backend.make_and_validate_key,
            backend._cache._serializer.loads,
            backend._cache._serializer.dumps,
        )
    return None


def count_in_window(key, seconds=60):
    """Add one to the counter ``key`` of a window of ``seconds`` (kept one second longer) and
    return it: one round trip to Redis (INCR and EXPIRE in a pipeline), or ``add`` + ``incr``
    on another cache backend."""
    return read_and_count([], key, seconds)[1]


def read_and_count(keys, counter_key=None, seconds=60):
    """({key: value} of ``keys`` found in the cache, the new value of the counter
    ``counter_key`` (of a window of ``seconds``) or None): on Redis in one round trip (a
    pipeline of INCR, EXPIRE, MGET)."""
    redis = redis_of(cache)
    if redis is None:
        return (cache.get_many(keys) if keys else {}), counted(cache, counter_key, seconds)
    client, make_key, decode, _encode = redis

    def round_trip():
        with client.pipeline(transaction=False) as pipeline:
            if counter_key is not None:
                pipeline.incr(make_key(counter_key))
                pipeline.expire(make_key(counter_key), seconds + 1, nx=True)
            if keys:
                pipeline.mget([make_key(key) for key in keys])
            return pipeline.execute()

    guard = getattr(cache, "guard", None)
    results = guard(round_trip) if guard is not None else round_trip()
    if results is None:  # the shared cache is unreachable: nothing found, counted in this process
        return {}, counted(_local_counters, counter_key, seconds)
    values = results[-1] if keys else []
    found = {key: decode(value) for key, value in zip(keys, values, strict=True) if value is not None}
    return found, (results[0] if counter_key is not None else None)


# Rate-limit counters while the shared cache is unreachable: per process, so limits still hold
# (each process allows the limit) instead of none at all.
_local_counters = LocMemCache("cms-api-local-counters", {"OPTIONS": {"MAX_ENTRIES": 10000}})


def counted(backend, counter_key, seconds):
    if counter_key is None:
        return None
    backend.add(counter_key, 0, timeout=seconds + 1)
    try:
        return backend.incr(counter_key)
    except ValueError:  # expired between add and incr
        backend.add(counter_key, 1, timeout=seconds + 1)
        return 1


# Entries this process has read or stored, by key (at most API_LOCAL_ANSWERS): an entry is
# current while its tags are, wherever it is kept, so a hit on one of them needs only the change
# counts from the shared cache (a few bytes) instead of the whole answer again.
_local_entries = LRU()


@dataclass
class Lookup:
    """What one round trip to the cache told about a request's answer: the ``answer`` (body,
    status, valid until: a Unix time or None, ETag, cache tags) when a current one is cached, the
    new value of the caller's rate-limit counter, and the change number read on the way
    (``since``), from which the answer is built on a miss."""

    key: str
    answer: tuple | None
    count: int | None
    since: int | None


def look_up(key, counter_key=None):
    """The Lookup of ``key`` (counting ``counter_key`` if given): one cache round trip when no
    change was made since the entry was last checked, two otherwise. The cached-answer
    middleware makes it; the view uses it on a miss instead of asking again
    (``ApiContext.lookup``)."""
    reconcile_if_due()
    local = _local_entries.get(key) if api_settings.LOCAL_ANSWERS else None
    found, count = read_and_count(([] if local else [key]) + [CHANGES_KEY, DONE_KEY], counter_key)
    since = found.get(CHANGES_KEY)
    entry = local or found.get(key)
    if entry is None or (entry.get("valid_until") is not None and entry["valid_until"] <= time.time()):
        return Lookup(key, None, count, since)
    if not verified(entry, counter(DONE_KEY, found)):
        if local:  # another process may have stored a current answer meanwhile
            _local_entries.discard(key)
            return Lookup(key, look_up(key).answer, count, since)
        return Lookup(key, None, count, since)
    if not local and api_settings.LOCAL_ANSWERS:
        _local_entries.put(key, entry, api_settings.LOCAL_ANSWERS)
    answer = (entry["body"], entry["status"], entry.get("valid_until"), entry.get("etag"), entry["tags"])
    return Lookup(key, answer, count, since)


def computing_key(key):
    return f"{key}:computing"


def wait_for_another_worker(key, lookup):
    """Single flight for a missing answer: the first worker to miss ``key`` computes it (and
    gets ``(lookup, True)``: it must call ``done_computing(key)`` once it has stored it or
    given up); the others wait for its answer, up to API_SINGLE_FLIGHT_WAIT seconds, and get
    ``(lookup with the answer, False)``, or ``(lookup, False)`` to compute it themselves when
    it did not come (an error answer is never stored; a worker may have died). With the shared
    cache unreachable every worker computes, as it would without a cache."""
    acquired = []
    lock = computing_key(key)
    wait = api_settings.SINGLE_FLIGHT_WAIT
    if not reached(lambda: acquired.append(cache.add(lock, 1, timeout=max(1, int(wait * 5))))):
        return lookup, False
    if acquired[0]:
        return lookup, True
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        time.sleep(0.01)
        found = look_up(key)
        if found.answer is not None:
            return found, False
        if cache.get(lock) is None:  # the computing worker stored nothing
            break
    return lookup, False


def done_computing(key):
    cache.delete(computing_key(key))


def store_response(key, body, status, since, tags, etag=None):
    """Cache an answer built from change number ``since`` with its dependency ``tags`` (and its
    ETag), until the next scheduled change at most. Returns (that time: a Unix time or None when
    nothing is scheduled, whether it was current): an answer one of whose tags changed while it
    was built is not kept, and must not be kept by shared caches either."""
    change = next_scheduled_change()
    timeout = seconds_until(change, api_settings.CACHE_TIMEOUT)
    valid_until = change.timestamp() if change is not None else None
    entry = {"body": body, "status": status, "valid_until": valid_until, "etag": etag}
    if not keep(entry, since, tags):
        return valid_until, False
    if timeout > 0:
        cache.set(key, entry, timeout=timeout)
        if api_settings.LOCAL_ANSWERS:
            _local_entries.put(key, entry, api_settings.LOCAL_ANSWERS)
    return valid_until, True


def cached_while_current(name, material, build, tags):
    """``build()``, kept in the shared cache under ``name`` and ``material`` (what else the
    value depends on) until one of ``tags`` (``api.dependencies`` names; ``all`` is implied)
    changes, and never past the next scheduled change. Invalidations kept during a cache outage
    are made first, as for cached API answers."""
    reconcile_if_due()
    digest = hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()
    key = f"api:{name}:{digest}"
    found = cache.get_many([key, CHANGES_KEY, DONE_KEY])
    entry = found.get(key)
    if entry is not None and verified(entry, counter(DONE_KEY, found)):
        return entry["value"]
    since = found.get(CHANGES_KEY) or change_number()
    value = build()
    timeout = seconds_until(next_scheduled_change(), api_settings.CACHE_TIMEOUT)
    entry = {"value": value}
    if timeout > 0 and keep(entry, since, sorted({ALL, *tags})):
        cache.set(key, entry, timeout=timeout)
    return value


def cached_count(queryset, tags):
    """``queryset.count()``, kept in the shared cache until one of ``tags`` changes and until
    the next scheduled change: a list's total is the same for every reader and costs a scan of
    the whole list to compute."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # a filter nothing can match (e.g. a year out of range): no query needed
        return 0
    # "Now" (the expiry filter) differs at each request; the entry never outlives the next
    # scheduled change, so within its lifetime every "now" gives the same count.
    # (SQLite's adapter gives it as text.) List arguments are dates, never date-times.
    params = ["now" if isinstance(param, datetime) or DATETIME_TEXT.match(str(param)) else param for param in params]
    return cached_while_current("count", [sql, params], queryset.count, tags)
