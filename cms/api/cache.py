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
import time

from django.conf import settings
from django.core.cache import cache

GLOBAL = "*"


def generation_key(name):
    return f"api:generation:{name}"


def bump_generation(name=GLOBAL):
    """Invalidate every cached response built from language ``name`` (or all of them)."""
    cache.set(generation_key(name), time.time_ns(), timeout=None)


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
    """The generation names a response built from ``languages`` depends on (None: all)."""
    from wagtail.models import Locale

    if None in languages:
        languages = set(Locale.objects.values_list("language_code", flat=True))
    return sorted(set(languages)) + [GLOBAL]


def next_scheduled_change():
    """When content next changes by itself: the earliest future expiry of a live page or
    snippet, or go-live time of an approved revision (None if nothing is scheduled)."""
    from django.apps import apps
    from django.db.models import Min
    from django.utils import timezone
    from wagtail.models import DraftStateMixin, Page, Revision

    now = timezone.now()
    times = [Revision.objects.filter(approved_go_live_at__gt=now).aggregate(at=Min("approved_go_live_at"))["at"]]
    for model in apps.get_models():
        if issubclass(model, DraftStateMixin) and (model is Page or not issubclass(model, Page)):
            times.append(model.objects.filter(live=True, expire_at__gt=now).aggregate(at=Min("expire_at"))["at"])
    times = [at for at in times if at is not None]
    return min(times) if times else None


def seconds_until(moment, default):
    """Whole seconds from now until ``moment`` (at most ``default``; ``default`` for None)."""
    if moment is None:
        return default
    return max(0, min(default, int(moment.timestamp() - time.time())))


def get_cached_response(key):
    """(body, status, valid until: a Unix time or None) of a cached response that is still
    current, else None."""
    entry = cache.get(key)
    if entry is None or (entry.get("valid_until") is not None and entry["valid_until"] <= time.time()):
        return None
    if current_generations(entry["generations"]) != entry["generations"]:
        return None
    return entry["body"], entry["status"], entry.get("valid_until")


def store_response(key, body, status, languages, generations):
    """Cache a response with the generations read before it was built (so a publish that
    happened meanwhile makes it stale at once), until the next scheduled change at most.
    Returns that time (a Unix time, or None when nothing is scheduled)."""
    names = dependencies(languages)
    missing = [name for name in names if name not in generations]
    generations = {**generations, **current_generations(missing)}
    change = next_scheduled_change()
    timeout = seconds_until(change, settings.API_CACHE_TIMEOUT)
    valid_until = change.timestamp() if change is not None else None
    if timeout > 0:
        cache.set(
            key,
            {
                "body": body,
                "status": status,
                "generations": {name: generations[name] for name in names},
                "valid_until": valid_until,
            },
            timeout=timeout,
        )
    return valid_until


def snapshot_generations():
    """Every generation now, read before executing a query."""
    from wagtail.models import Locale

    return current_generations([*Locale.objects.values_list("language_code", flat=True), GLOBAL])
