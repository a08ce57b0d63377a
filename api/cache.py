"""The API response cache and its invalidation.

A cached response remembers the languages it was built from and the "generation" of each
at that time, and lives no longer than the next scheduled change of the content (a page or
snippet expiring, a revision scheduled to go live): those happen without a publish signal. Publishing, unpublishing, moving or deleting a page bumps the generation of
its language only; changes that can touch every response (snippets, settings, media, view
restrictions) bump the global generation. A response is served from the cache only while
all its generations are unchanged. Generations live in Django's cache, so every app process
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

from api.batching import all_locales
from api.conf import api_settings
from api.documents import LRU
from api.invalidation import NEXT_CHANGE_KEY, generation_key, invalidate, reconcile_if_due
from api.shared_cache import reached

GLOBAL = "*"
DATETIME_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")


# Inside ``one_bump()``: the generation names to bump together when its transaction commits.
_collected_bumps = ContextVar("collected_bumps", default=None)


def bump_generation(name=GLOBAL):
    """Invalidate every cached response built from language ``name`` (or all of them), once:
    when the change's transaction commits (at once outside a transaction). A request reads
    the generations before the content, so an answer it built from the content as it was
    before the commit is stored under the old generation, which the bump retires."""
    collected = _collected_bumps.get()
    if collected is not None:
        collected.add(name)
    elif transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: bump_generations([name]))
    else:
        bump_generations([name])


def bump_generations(names):
    """Invalidate the responses of several languages in one cache write (kept in the database
    while the cache is unreachable, see ``api.invalidation``)."""
    invalidate(generations=names)


@contextmanager
def one_bump():
    """Collect the invalidations of a batch of changes (a release publishing many pages) and
    make them once, when the transaction commits: never for a batch rolled back."""
    names = set()
    token = _collected_bumps.set(names)
    try:
        yield names
    finally:
        _collected_bumps.reset(token)
    if names:
        transaction.on_commit(lambda: bump_generations(sorted(names)))


def current_generations(names):
    """The generation of each name; a missing one (never set, or evicted) is started anew,
    which invalidates whatever was cached under its previous value."""
    keys = {generation_key(name): name for name in names}
    found = cache.get_many(list(keys))
    missing = [key for key in keys if key not in found]
    for key in missing:
        value = time.time_ns()
        if not cache.add(key, value, timeout=None):
            value = cache.get(key, value)
        found[key] = value
    return {keys[key]: value for key, value in found.items()}


def response_key(host, query, variables, operation_name):
    """The cache key of a response: answers carry absolute URLs built for the request's host."""
    material = json.dumps([host, query, variables or {}, operation_name or ""], sort_keys=True)
    return "api:response:" + hashlib.sha256(material.encode()).hexdigest()


def dependencies(languages):
    """The generation names a response built from ``languages`` depends on (None: all). An
    answer that recorded no language (documents and the pages using them) depends on all:
    a publish in any language may change it."""
    if not languages or None in languages:
        languages = {locale.language_code for locale in all_locales()}
    return sorted(set(languages)) + [GLOBAL]


def next_scheduled_change():
    """When content next changes by itself: the earliest future expiry of a live page or
    snippet, go-live time of an approved revision, or moment registered with
    ``changes_by_itself`` (None if nothing is scheduled).

    Kept in the shared cache until that moment, and forgotten whenever content changes (a
    generation bump) or a revision is saved (which may schedule something)."""
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


# Generation names seen in cached entries, per process: fetched with the entry itself, so a
# hit costs one cache round trip.
_generation_names = set()


def redis_of(backend):
    """(client, make_key, decode) of a Redis cache backend (django-redis or Django's own), or
    None for another backend: for commands Django's cache API has no single call for."""
    if hasattr(getattr(backend, "client", None), "get_client"):  # django-redis
        return backend.client.get_client(write=True), backend.make_key, backend.client.decode
    if hasattr(getattr(backend, "_cache", None), "get_client"):  # Django's RedisCache
        return (
            backend._cache.get_client(None, write=True),
            backend.make_and_validate_key,
            backend._cache._serializer.loads,
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
    client, make_key, decode = redis

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
# current while its generations are, wherever it is kept, so a hit on one of them needs only
# the generations from the shared cache (a few bytes) instead of the whole answer again.
_local_entries = LRU()


@dataclass
class Lookup:
    """What one round trip to the cache told about a request's answer: the ``answer`` (body,
    status, valid until: a Unix time or None, ETag) when a current one is cached, the new value
    of the caller's rate-limit counter, and the ``generations`` read on the way (by name), which
    serve as the snapshot to build the answer with on a miss."""

    key: str
    answer: tuple | None
    count: int | None
    generations: dict


def look_up(key, counter_key=None):
    """The Lookup of ``key`` (counting ``counter_key`` if given): one cache round trip when the
    generations the entry depends on are known to the process. The cached-answer middleware
    makes it; the view uses it on a miss instead of asking again (``ApiContext.lookup``)."""
    reconcile_if_due()
    local = _local_entries.get(key) if api_settings.LOCAL_ANSWERS else None
    names = sorted(_generation_names)
    found, count = read_and_count(([] if local else [key]) + [generation_key(name) for name in names], counter_key)
    seen = {name: found[generation_key(name)] for name in names if generation_key(name) in found}
    entry = local or found.get(key)
    if entry is None or (entry.get("valid_until") is not None and entry["valid_until"] <= time.time()):
        return Lookup(key, None, count, seen)
    wanted = entry["generations"]
    _generation_names.update(wanted)
    current = {name: seen[name] for name in wanted if name in seen}
    missing = [name for name in wanted if name not in current]
    if missing:
        current.update(current_generations(missing))
    if current != wanted:
        if local:  # another process may have stored a current answer meanwhile
            _local_entries.discard(key)
            return Lookup(key, look_up(key).answer, count, {**seen, **current})
        return Lookup(key, None, count, {**seen, **current})
    if not local and api_settings.LOCAL_ANSWERS:
        _local_entries.put(key, entry, api_settings.LOCAL_ANSWERS)
    answer = (entry["body"], entry["status"], entry.get("valid_until"), entry.get("etag"), entry.get("tags"))
    return Lookup(key, answer, count, {**seen, **current})


# What the Cache-Tag and Surrogate-Key headers may hold (Cloudflare and Fastly take 16 KB).
CACHE_TAGS_MAX_LENGTH = 8000


def cache_tags(reads, languages):
    """The HTTP cache tags of an answer, from what it read (``ApiContext.reads``): ``label:pk``
    for each row, ``label`` for each list or lookup of a model, ``lang:code`` for each language
    (``lang:*`` for all). Past CACHE_TAGS_MAX_LENGTH, the rows of the models with most rows are
    replaced by their model's tag, which a change to any of its rows purges too."""
    rows, models = {}, set()
    for label, pk in reads:
        if pk is None:
            models.add(label)
        else:
            rows.setdefault(label, set()).add(f"{label}:{pk}")
    every_language = not languages or None in languages
    language_tags = {"lang:*"} if every_language else {f"lang:{code}" for code in languages}

    def tags():
        return sorted(models | language_tags | {tag for row_tags in rows.values() for tag in row_tags})

    while rows and len(",".join(tags())) > CACHE_TAGS_MAX_LENGTH:
        label = max(rows, key=lambda name: len(rows[name]))
        del rows[label]
        models.add(label)
    return tags()


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


def store_response(key, body, status, languages, generations, etag=None, tags=None):
    """Cache a response (and its ETag) with the generations read before it was built (so a publish that
    happened meanwhile makes it stale at once), until the next scheduled change at most.
    Returns that time (a Unix time, or None when nothing is scheduled)."""
    names = dependencies(languages)
    _generation_names.update(names)  # read with every lookup from now on
    missing = [name for name in names if name not in generations]
    generations = {**generations, **current_generations(missing)}
    change = next_scheduled_change()
    timeout = seconds_until(change, api_settings.CACHE_TIMEOUT)
    valid_until = change.timestamp() if change is not None else None
    if timeout > 0:
        entry = {
            "body": body,
            "status": status,
            "generations": {name: generations[name] for name in names},
            "valid_until": valid_until,
            "etag": etag,
            "tags": tags,
        }
        cache.set(key, entry, timeout=timeout)
        if api_settings.LOCAL_ANSWERS:
            _local_entries.put(key, entry, api_settings.LOCAL_ANSWERS)
    return valid_until


def snapshot_generations(known=None):
    """Every generation now, read before executing a query; those ``known`` (read by the lookup
    just made) are not asked for again."""
    known = known or {}
    names = [*(locale.language_code for locale in all_locales()), GLOBAL]
    missing = [name for name in names if name not in known]
    return {**{name: known[name] for name in names if name in known}, **current_generations(missing)}


def cached_while_current(name, material, build, languages=None):
    """``build()``, kept in the shared cache under ``name`` and ``material`` (what else the
    value depends on) while the generations of ``languages`` (None: every language) and the
    global one are unchanged, and never past the next scheduled change. Invalidations kept
    during a cache outage are made first, as for cached API answers."""
    reconcile_if_due()
    generations = current_generations(dependencies(languages or {None}))
    digest = hashlib.sha256(json.dumps([material, generations], sort_keys=True, default=str).encode()).hexdigest()
    key = f"api:{name}:{digest}"
    value = cache.get(key)
    if value is None:
        value = build()
        timeout = seconds_until(next_scheduled_change(), api_settings.CACHE_TIMEOUT)
        if timeout > 0:
            cache.set(key, value, timeout=timeout)
    return value


def cached_count(queryset, languages):
    """``queryset.count()``, kept in the shared cache while the generations of ``languages``
    (and the global one) are unchanged and until the next scheduled change: a list's total
    is the same for every reader and costs a scan of the whole list to compute."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # a filter nothing can match (e.g. a year out of range): no query needed
        return 0
    # "Now" (the expiry filter) differs at each request; the entry never outlives the next
    # scheduled change, so within its lifetime every "now" gives the same count.
    # (SQLite's adapter gives it as text.) List arguments are dates, never date-times.
    params = ["now" if isinstance(param, datetime) or DATETIME_TEXT.match(str(param)) else param for param in params]
    return cached_while_current("count", [sql, params], queryset.count, languages)
