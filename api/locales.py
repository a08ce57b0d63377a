"""Locale arguments and the fallback chain (``CMS_LOCALE_FALLBACKS``)."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from graphql import GraphQLError

from api.batching import locales_by_id


def get_locale(info, language_code):
    """The Locale for a language code (default: the site's default language), or a GraphQL
    error that lists the valid codes."""
    code = language_code or settings.LANGUAGE_CODE
    by_code = {locale.language_code: locale for locale in locales_by_id(info).values()}
    if code not in by_code:
        raise GraphQLError(f"Unknown locale '{code}'. Available locales: {', '.join(sorted(by_code))}.")
    return by_code[code]


def fallback_chain(info, locale):
    """``locale`` followed by the locales it falls back to, as configured."""
    by_code = {item.language_code: item for item in locales_by_id(info).values()}
    chain = [locale] + [
        by_code[code] for code in settings.CMS_LOCALE_FALLBACKS.get(locale.language_code, []) if code in by_code
    ]
    return chain


def locales_for(info, language_code, fallback):
    """The locales a query may answer from, in order of preference."""
    locale = get_locale(info, language_code)
    return fallback_chain(info, locale) if fallback else [locale]


def in_locales(queryset, locales):
    """Items of ``queryset`` in the first of ``locales`` that has them.

    An item in a fallback locale is kept only when no earlier locale has an item with the same
    translation key in ``queryset`` (so a hidden translation never blocks its fallback, and a
    visible one always wins).
    """
    if len(locales) == 1:
        return queryset.filter(locale=locales[0])
    conditions = []
    for position, locale in enumerate(locales):
        condition = Q(locale=locale)
        if position:
            earlier_keys = queryset.filter(locale__in=locales[:position]).values("translation_key")
            condition &= ~Q(translation_key__in=earlier_keys)
        conditions.append(condition)
    return queryset.filter(reduce(or_, conditions))
