"""The site's search backend: Wagtail's database backend, with PostgreSQL full-text search
configured per language.

On PostgreSQL each object is indexed with the text search configuration of its locale
(``CMS_SEARCH_CONFIGS``: french stemming and stop words for French pages, english for English,
"simple" for a language without one), and a query uses the configuration of the language it
searches (``search_language()``). Other databases use Wagtail's backend for them unchanged.
"""

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import connection
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

current_language = ContextVar("search_language", default=None)


def config_for(language_code):
    if not language_code:
        return None
    return settings.CMS_SEARCH_CONFIGS.get(language_code, settings.CMS_SEARCH_CONFIGS.get("*", "simple"))


@contextmanager
def search_language(language_code):
    """Build the searches made inside the block with ``language_code``'s configuration."""
    token = current_language.set(language_code)
    try:
        yield
    finally:
        current_language.reset(token)


def SearchBackend(params):
    if connection.vendor != "postgresql":
        return DatabaseSearchBackend(params)

    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class LocaleAwareIndex(PostgresIndex):
        def add_items(self, model, objs):
            by_language = defaultdict(list)
            for obj in objs:
                locale = getattr(obj, "locale", None)
                by_language[locale.language_code if locale is not None else None].append(obj)
            for language_code, group in by_language.items():
                with search_language(language_code):
                    super().add_items(model, group)

    class LocaleAwareQueryCompiler(PostgresSearchQueryCompiler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.language_config = config_for(current_language.get())

        def get_config(self, backend):
            return self.language_config or backend.config

    class LocaleAwarePostgresSearchBackend(PostgresSearchBackend):
        index_class = LocaleAwareIndex
        query_compiler_class = LocaleAwareQueryCompiler

        @property
        def config(self):
            # Read by the indexer of each object: the configuration of the language being indexed.
            return config_for(current_language.get()) or self.default_config

        @config.setter
        def config(self, value):
            self.default_config = value

    return LocaleAwarePostgresSearchBackend(params)
