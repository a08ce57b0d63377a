"""Parsed and validated query documents, kept per process by the query's hash.

Frontends send the same few queries over and over; parsing and validating them is a tenth of
an uncached request. The cache is a bounded LRU (API_DOCUMENT_CACHE_SIZE documents, 0 turns it
off) keyed by the query's SHA-256 and by the settings the validation depends on, so a change of
limits never reuses an answer given under other ones. Documents are never mutated by execution.
"""

import hashlib
import threading
import time
from collections import OrderedDict

from graphql import GraphQLError, parse, specified_rules, validate

from api.conf import api_settings
from api.validation import api_validation_rules


class LRU:
    """A bounded, thread-safe, per-process least-recently-used store; entries may expire."""

    def __init__(self):
        self._items = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            found = self._items.get(key)
            if found is None:
                return None
            value, expires_at = found
            if expires_at is not None and expires_at <= time.monotonic():
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return value

    def put(self, key, value, size, ttl=None):
        with self._lock:
            self._items[key] = (value, None if ttl is None else time.monotonic() + ttl)
            self._items.move_to_end(key)
            while len(self._items) > size:
                self._items.popitem(last=False)

    def discard(self, key):
        with self._lock:
            self._items.pop(key, None)

    def clear(self):
        with self._lock:
            self._items.clear()


_documents = LRU()


def _validation_settings():
    return (
        api_settings.MAX_TOKENS,
        api_settings.MAX_DEPTH,
        api_settings.MAX_ALIASES,
        api_settings.INTROSPECTION,
    )


def parse_and_validate(schema, query):
    """(document, errors) of ``query``: the document is None when it does not parse; errors
    are those of the standard rules, then (only for a valid document) of the API's limits."""
    size = api_settings.DOCUMENT_CACHE_SIZE
    key = (hashlib.sha256(query.encode()).digest(), id(schema), _validation_settings())
    if size:
        found = _documents.get(key)
        if found is not None:
            return found
    try:
        document = parse(query, max_tokens=api_settings.MAX_TOKENS)
    except GraphQLError as error:
        result = (None, [error])
    else:
        # The standard rules first: the API's own limits then only see valid documents (known
        # fragments, no cycles), which they assume.
        errors = validate(schema, document, specified_rules, max_errors=20)
        if not errors:
            errors = validate(schema, document, api_validation_rules(), max_errors=20)
        result = (document, errors)
    if size:
        _documents.put(key, result, size)
    return result
