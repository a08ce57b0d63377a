"""Offset pagination with a total count, as Contentful and Strapi clients expect."""

import graphene
from django.db.models import QuerySet
from graphql import GraphQLError
from wagtail.models import Page

from api.batching import prepare
from api.cache import cached_count
from api.conf import api_settings
from api.dependencies import ANY_LANGUAGE, chain, listing
from api.locales import in_locales, locales_for
from api.selection import window
from api.visibility import visible_pages


class CollectionResult:
    """A page of a queryset: the slice is only evaluated when ``items`` is asked for."""

    def __init__(self, queryset, limit, offset, requested_locale=None, locales=None):
        self.queryset = queryset
        self.limit = limit
        self.offset = offset
        self.requested_locale = requested_locale
        # The languages the list is of (None: any), and the model (pages, for search results).
        self.language_codes = None if locales is None else [locale.language_code for locale in locales]
        self.model = queryset.model if isinstance(queryset, QuerySet) else Page

    def resolve_items(self, info):
        info.context.read(self.model, languages=self.language_codes)  # which rows are in the list
        return prepare(info, window(info, self.queryset, self.offset, self.limit), self.requested_locale)

    def resolve_total_count(self, info):
        info.context.read(self.model, languages=self.language_codes)
        if isinstance(self.queryset, QuerySet):
            tags = [
                listing(label, code) for label in chain(self.model) for code in self.language_codes or [ANY_LANGUAGE]
            ]
            return cached_count(self.queryset, tags)
        return self.queryset.count()  # search results


def paginate(queryset, limit, offset, requested_locale=None, locales=None):
    """Check the client's limit and offset and wrap the queryset (of items in ``locales``,
    None for any language; asked for in ``requested_locale``, when the list is of one language)."""
    maximum = api_settings.MAX_PAGE_SIZE
    if limit is None:
        limit = api_settings.DEFAULT_PAGE_SIZE
    if not 1 <= limit <= maximum:
        raise GraphQLError(f"limit must be between 1 and {maximum}, got {limit}.")
    if offset is None or offset < 0:
        raise GraphQLError(f"offset must be 0 or more, got {offset}.")
    return CollectionResult(queryset, limit, offset, requested_locale, locales)


def pages_in_language(info, model, locale, fallback):
    """(the visible pages of ``model`` in the requested language, with the fallback chain's
    when ``fallback``; those languages, the requested one first)."""
    locales = locales_for(info, locale, fallback)
    return in_locales(visible_pages(model), locales), locales


def page_list(info, model, locale, fallback, order_by, limit, offset, narrow=None):
    """What every page type's list field answers: its visible pages in the requested language
    (and fallbacks), narrowed by ``narrow(queryset)`` (the field's own filters), in
    ``order_by`` order, a page of ``limit`` from ``offset``."""
    queryset, locales = pages_in_language(info, model, locale, fallback)
    if narrow is not None:
        queryset = narrow(queryset)
    return paginate(queryset.order_by(*order_by), limit, offset, locales[0], locales)


def date_range(queryset, field, date_from, date_to):
    """``queryset`` with ``field`` between ``date_from`` and ``date_to`` (each optional)."""
    if date_from and date_to and date_from > date_to:
        raise GraphQLError("dateFrom must not be after dateTo.")
    if date_from:
        queryset = queryset.filter(**{f"{field}__gte": date_from})
    if date_to:
        queryset = queryset.filter(**{f"{field}__lte": date_to})
    return queryset


def collection_of(item_type, name, description=None, **fields):
    """A GraphQL type for one page of ``item_type`` results (with ``fields``: more fields and
    their resolvers, e.g. facets)."""
    attributes = {
        "items": graphene.List(graphene.NonNull(item_type), required=True),
        "total_count": graphene.Int(required=True, description="Items matching, on all pages."),
        "limit": graphene.Int(required=True),
        "offset": graphene.Int(required=True),
        "resolve_items": lambda result, info: result.resolve_items(info),
        "resolve_total_count": lambda result, info: result.resolve_total_count(info),
        "Meta": type("Meta", (), {"name": name, "description": description or f"A page of {name[:-10]} results."}),
        **fields,
    }
    return type(name, (graphene.ObjectType,), attributes)


def pagination_arguments():
    """limit and offset arguments, documented once."""
    return {
        "limit": graphene.Int(description="Page size, 1 to API_MAX_PAGE_SIZE (100); default 20."),
        "offset": graphene.Int(default_value=0, description="Items to skip."),
    }
