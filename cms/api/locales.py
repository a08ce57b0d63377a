"""Locale arguments and the fallback chain (``CMS_LOCALE_FALLBACKS``)."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from graphql import GraphQLError
from wagtail.models import Locale


def get_locale(language_code):
    """The Locale for a language code (default: the site's default language), or a GraphQL
    error that lists the valid codes."""
    code = language_code or settings.LANGUAGE_CODE
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        available = ", ".join(Locale.objects.order_by("language_code").values_list("language_code", flat=True))
        raise GraphQLError(f"Unknown locale '{code}'. Available locales: {available}.")
    return locale


def fallback_chain(locale):
    """``locale`` followed by the locales it falls back to, as configured."""
    codes = settings.CMS_LOCALE_FALLBACKS.get(locale.language_code, [])
    fallbacks = {item.language_code: item for item in Locale.objects.filter(language_code__in=codes)}
    return [locale] + [fallbacks[code] for code in codes if code in fallbacks]


def locales_for(language_code, fallback):
    """The locales a query may answer from, in order of preference."""
    locale = get_locale(language_code)
    return fallback_chain(locale) if fallback else [locale]


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
