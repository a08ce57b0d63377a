"""Automatic persisted queries (Apollo's protocol): a client sends the SHA-256 of a query
instead of its text, so a query fits a short, cacheable GET URL.

The first time, the client sends both the hash and the query; the server checks the hash and
remembers the query (if it is valid and at most ``API_PERSISTED_QUERY_MAX_SIZE`` bytes, for
``API_PERSISTED_QUERY_TTL`` seconds). Afterwards the hash alone is enough; an unknown hash
answers ``PersistedQueryNotFound`` and the client sends the text again.

Safelist mode (``API_SAFELIST``, as Apollo's safelisting): the API answers only the queries
registered at deploy time with ``manage.py register_queries`` (``SafelistedQuery``), by hash;
query texts sent by clients are neither run nor stored.
"""

import hashlib
import json
import re

from django.core.cache import cache

from api.conf import api_settings
from api.documents import LRU


class PersistedQueryError(Exception):
    """A persisted-query request that cannot be answered; ``code`` follows Apollo's names."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


def query_key(sha256):
    return f"api:persisted-query:{sha256}"


def persisted_hash(request, data):
    """The sha256Hash of the request's persistedQuery extension, or None."""
    extensions = request.GET.get("extensions") or data.get("extensions")
    if not extensions:
        return None
    if isinstance(extensions, str):
        try:
            extensions = json.loads(extensions)
        except ValueError:
            raise PersistedQueryError("extensions is not valid JSON.", "BAD_REQUEST") from None
    persisted = extensions.get("persistedQuery") if isinstance(extensions, dict) else None
    if not persisted:
        return None
    if not isinstance(persisted, dict):
        raise PersistedQueryError("extensions.persistedQuery must be an object.", "BAD_REQUEST")
    sha256 = persisted.get("sha256Hash")
    if persisted.get("version") != 1 or not isinstance(sha256, str) or not re.fullmatch(r"[0-9a-fA-F]{64}", sha256):
        raise PersistedQueryError("Unsupported persisted query version or hash.", "PERSISTED_QUERY_NOT_SUPPORTED")
    return persisted["sha256Hash"].lower()


def query_hash(query):
    return hashlib.sha256(query.encode()).hexdigest()


# Query texts by hash, per process: a hash names one text, so a frontend's few queries are
# found without a cache round trip (for API_PERSISTED_QUERY_TTL at most). Safelist entries are
# checked again after a minute, so that a query removed by ``register_queries --replace``
# stops being answered.
_known_queries = LRU()
KNOWN_QUERIES = 1000
SAFELIST_RECHECK_SECONDS = 60


def resolve_query(sha256, query):
    """The query text to run for a request with ``sha256`` (None without the extension) and
    ``query`` (the text sent, if any)."""
    if sha256 is not None and not query:
        known = _known_queries.get((api_settings.SAFELIST, sha256))
        if known is not None:
            return known
    stored = _resolve_query(sha256, query)
    if sha256 is not None and not query:
        ttl = SAFELIST_RECHECK_SECONDS if api_settings.SAFELIST else api_settings.PERSISTED_QUERY_TTL
        _known_queries.put((api_settings.SAFELIST, sha256), stored, KNOWN_QUERIES, ttl)
    return stored


def _resolve_query(sha256, query):
    if api_settings.SAFELIST:
        from api.models import SafelistedQuery

        if sha256 is None:
            raise PersistedQueryError(
                "This API answers registered queries only: send the sha256Hash of a registered query "
                "in extensions.persistedQuery.",
                "QUERY_NOT_IN_SAFELIST",
            )
        stored = SafelistedQuery.objects.filter(sha256=sha256).values_list("query", flat=True).first()
        if stored is None:
            raise PersistedQueryError("This query is not registered.", "QUERY_NOT_IN_SAFELIST")
        return stored
    if sha256 is None:
        return query
    if query:
        if query_hash(query) != sha256:
            raise PersistedQueryError("provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH")
        return query
    stored = cache.get(query_key(sha256))
    if stored is None:
        raise PersistedQueryError("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND")
    return stored


def remember_query(sha256, query):
    """Store a valid query sent with its hash (not in safelist mode, not when too large)."""
    if api_settings.SAFELIST or len(query.encode()) > api_settings.PERSISTED_QUERY_MAX_SIZE:
        return False
    cache.set(query_key(sha256), query, timeout=api_settings.PERSISTED_QUERY_TTL)
    return True
