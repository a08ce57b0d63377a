"""The shared cache backend: Redis through django-redis, and no cache at all while Redis
cannot be reached.

Everything kept in the cache can be rebuilt from the database (API answers, shared facts,
generations, persisted queries, rate-limit counters), so an unreachable Redis costs speed,
not service: reads miss, writes are dropped, and the callers that must not lose a write (the
invalidations, ``api.invalidation``) see that the cache was not reached and keep the write
in the database until it answers again. After a failure the backend does not try Redis again
for ``CACHE_RETRY_SECONDS`` (a blackholed server would otherwise cost every request its
connection timeout), and it logs the outage once per ``CACHE_OUTAGE_LOG_SECONDS``, not once
per request.
"""

import logging
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("api.shared_cache")

#: What an unreachable Redis raises (django-redis re-raises the redis-py error behind its own).
UNREACHABLE = (ConnectionInterrupted, RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError)


class Outage:
    """The reachability of one Redis server, shared by every thread of the process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.since = None  # time.time() of the first failure of the current outage
        self.reason = ""
        self.retry_at = 0.0  # time.monotonic() before which Redis is not tried again
        self.logged_at = None
        #: Calls that did not reach Redis (failed or skipped), ever: a caller compares the
        #: count before and after its writes to learn whether they were made.
        self.failures = 0
        #: Times Redis answered again after an outage.
        self.recoveries = 0

    @property
    def down(self):
        return self.since is not None

    def skip(self):
        """True while Redis is known to be down and not to be tried yet (counted as a failure)."""
        if self.since is not None and time.monotonic() < self.retry_at:
            with self.lock:
                self.failures += 1
            return True
        return False

    def failed(self, error):
        now = time.monotonic()
        with self.lock:
            self.failures += 1
            first = self.since is None
            if first:
                self.since = time.time()
            self.reason = f"{error.__class__.__name__}: {error}"[:300]
            self.retry_at = now + settings.CACHE_RETRY_SECONDS
            log = self.logged_at is None or now - self.logged_at >= settings.CACHE_OUTAGE_LOG_SECONDS
            if log:
                self.logged_at = now
        if log:
            logger.warning(
                "The shared cache is unreachable (%s): serving from the database, uncached; "
                "invalidations are kept in the database until it answers.",
                self.reason,
                extra={"cache_down_since": self.since},
            )

    def answered(self):
        if self.since is None:
            return
        with self.lock:
            if self.since is None:
                return
            seconds = time.time() - self.since
            self.since, self.reason, self.logged_at = None, "", None
            self.recoveries += 1
        logger.warning("The shared cache answers again after %.1f s.", seconds)


_outages = {}
_outages_lock = threading.Lock()


def outage_of(server):
    with _outages_lock:
        return _outages.setdefault(server, Outage())


class ResilientRedisCache(RedisCache):
    """django-redis's cache, where an unreachable server is a miss (reads) or a dropped write,
    never an exception: see the module's docstring."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._ignore_exceptions = False  # handled here, with the outage state
        self.outage = outage_of(str(server))

    def guard(self, call, default=None):
        """``call()``, or ``default`` when Redis is down or fails to answer."""
        if self.outage.skip():
            return default
        try:
            if self.outage.down:
                # Some calls answer without a round trip (nothing to fetch): only a PING says
                # that Redis is back.
                self.client.get_client(write=True).ping()
                self.outage.answered()
            return call()
        except UNREACHABLE as error:
            self.outage.failed(error)
            return default

    def get(self, key, default=None, version=None, client=None):
        return self.guard(lambda: super(ResilientRedisCache, self).get(key, default, version, client), default)

    def get_many(self, *args, **kwargs):
        return self.guard(lambda: super(ResilientRedisCache, self).get_many(*args, **kwargs), {})

    def has_key(self, *args, **kwargs):
        return self.guard(lambda: super(ResilientRedisCache, self).has_key(*args, **kwargs), False)

    def set(self, *args, **kwargs):
        return self.guard(lambda: super(ResilientRedisCache, self).set(*args, **kwargs), False)

    def add(self, *args, **kwargs):
        return self.guard(lambda: super(ResilientRedisCache, self).add(*args, **kwargs), False)

    def set_many(self, data, *args, **kwargs):
        # Django's contract: the keys that could not be stored.
        return self.guard(lambda: super(ResilientRedisCache, self).set_many(data, *args, **kwargs), list(data))

    def touch(self, *args, **kwargs):
        return self.guard(lambda: super(ResilientRedisCache, self).touch(*args, **kwargs), False)

    def delete(self, *args, **kwargs):
        return self.guard(lambda: super(ResilientRedisCache, self).delete(*args, **kwargs), False)

    def delete_many(self, *args, **kwargs):
        return self.guard(lambda: super(ResilientRedisCache, self).delete_many(*args, **kwargs), 0)

    def incr(self, *args, **kwargs):
        return self.guard(lambda: super(ResilientRedisCache, self).incr(*args, **kwargs), None)

    def clear(self):
        return self.guard(lambda: super(ResilientRedisCache, self).clear(), None)


def outage(alias="default"):
    """The Outage of a cache (None for a backend that is not a ResilientRedisCache)."""
    return getattr(caches[alias], "outage", None)


def reached(call, alias="default"):
    """Run ``call()`` (operations on the cache ``alias``); True when every one of them reached
    the cache, False when the cache was down (some writes may not have been made)."""
    state = outage(alias)
    if state is None:
        call()
        return True
    before = state.failures
    call()
    return state.failures == before
