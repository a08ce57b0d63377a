"""Shared facts: small values every API request reads (the locales, the default site, the
placeholder aliases, the restricted pages, the private collections), kept in the shared cache
until a signal forgets them.

Within a request (``request_facts()``, opened by the GraphQL view), the facts this process
has read before are fetched together in one cache round trip, and each is read at most once.
"""

import contextlib
from contextvars import ContextVar

from django.core.cache import cache

from api.invalidation import reconcile_if_due

_request_facts = ContextVar("api_request_facts", default=None)
# Keys of the facts this process has read: fetched together at the start of each request.
_known_keys = set()


def shared_fact(key, compute, timeout=None):
    """The value of ``key`` in the shared cache, computed with ``compute()`` and stored there
    (for ``timeout`` seconds, None: until forgotten) when absent; read once per request."""
    facts = _request_facts.get()
    if facts is not None and facts.get(key) is not None:
        return facts[key]
    _known_keys.add(key)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    if facts is not None:
        facts[key] = value
    return value


@contextlib.contextmanager
def request_facts():
    """Read the known facts in one round trip now; inside the block, each fact is read from
    there (or once from the cache)."""
    reconcile_if_due()
    facts = cache.get_many(sorted(_known_keys)) if _known_keys else {}
    token = _request_facts.set(facts)
    try:
        yield
    finally:
        _request_facts.reset(token)
