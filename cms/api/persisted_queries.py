"""Automatic persisted queries (Apollo's protocol): a client sends the SHA-256 of a query
instead of its text, so a query fits a short, cacheable GET URL.

The first time, the client sends both the hash and the query; the server checks the hash and
remembers the query. Afterwards the hash alone is enough; an unknown hash answers
``PersistedQueryNotFound`` and the client sends the text again.
"""

import hashlib
import json

from django.core.cache import cache


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
    if persisted.get("version") != 1 or not isinstance(persisted.get("sha256Hash"), str):
        raise PersistedQueryError("Unsupported persisted query version or hash.", "PERSISTED_QUERY_NOT_SUPPORTED")
    return persisted["sha256Hash"].lower()


def resolve_query(sha256, query):
    """The query text for a persisted-query request (and remember it when it is new)."""
    if query:
        if hashlib.sha256(query.encode()).hexdigest() != sha256:
            raise PersistedQueryError("provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH")
        return query
    stored = cache.get(query_key(sha256))
    if stored is None:
        raise PersistedQueryError("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND")
    return stored


def remember_query(sha256, query):
    cache.set(query_key(sha256), query, timeout=None)
