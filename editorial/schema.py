"""GraphQL types of translation status reports, and the ``translationReport`` root field."""

from dataclasses import replace

import graphene
from django.conf import settings
from graphql import GraphQLError
from wagtail.models import Page

from api.arguments import plain
from api.batching import prepare, request_cache
from api.locales import get_locale
from api.pages import api_pages
from api.pagination import paginate, pagination_arguments
from api.types import LocaleType, PageInterface, TranslationState, editorial_view
from editorial.translation import STATUSES, translation_statuses


class TranslationReportItemType(graphene.ObjectType):
    """One source page and its translation into the report's language."""

    source = graphene.Field(PageInterface, required=True)
    translation = graphene.Field(PageInterface, description="The live translation, if there is one.")
    status = graphene.Field(TranslationState, required=True)
    strings_total = graphene.Int()
    strings_translated = graphene.Int()
    last_synced_at = graphene.DateTime()

    class Meta:
        name = "TranslationReportItem"

    def resolve_status(item, info):
        return item.status

    def resolve_translation(item, info):
        return item.translation  # the public translation, loaded with the report's page


class TranslationCountsType(graphene.ObjectType):
    missing = graphene.Int(required=True)
    in_progress = graphene.Int(required=True)
    translated = graphene.Int(required=True, description="Every string translated, not submitted for review.")
    awaiting_review = graphene.Int(required=True, description="Submitted: waiting in a review task.")
    outdated = graphene.Int(required=True)
    up_to_date = graphene.Int(required=True)

    class Meta:
        name = "TranslationCounts"


class TranslationReportType(graphene.ObjectType):
    """The translation state of every live page of the default language into one language."""

    locale = graphene.Field(LocaleType, required=True)
    counts = graphene.Field(TranslationCountsType, required=True, description="Over every page, whatever `status`.")
    items = graphene.List(graphene.NonNull(TranslationReportItemType), required=True)
    total_count = graphene.Int(required=True, description="Items in `status` (all when not given), on all pages.")
    limit = graphene.Int(required=True)
    offset = graphene.Int(required=True)

    class Meta:
        name = "TranslationReport"


class Query(graphene.ObjectType):
    translation_report = graphene.Field(
        TranslationReportType,
        required=True,
        locale=graphene.String(required=True),
        status=TranslationState(description="Only items in this state."),
        **pagination_arguments(),
        description="Which live pages are missing, in progress, outdated or up to date in a language; "
        "`items` a page at a time, in tree order.",
    )

    def resolve_translation_report(root, info, locale, status=None, limit=None, offset=0):
        target = get_locale(info, locale)
        source_locale = get_locale(info, settings.LANGUAGE_CODE)
        if target.pk == source_locale.pk:
            raise GraphQLError(f"'{locale}' is the source language: choose a language pages are translated into.")
        window = paginate(None, limit, offset)  # checks limit and offset
        # Every source page and its translation: any publish in either language changes it.
        info.context.read(Page, languages=[source_locale.language_code, target.language_code])
        # Statuses of every page for the counts; the page types' own rows for the items shown only.
        sources = api_pages().filter(locale=source_locale).order_by("path")
        items = request_cache(
            info,
            f"translation_report_{target.pk}",  # once per request, however many aliases ask
            lambda: translation_statuses(sources, target, editorial_view(info)),
        )
        counts = {name: sum(1 for item in items if item.status == name) for name in STATUSES}
        if status is not None:
            items = [item for item in items if item.status == plain(status)]
        window_items = items[window.offset : window.offset + window.limit]
        # The page types' own rows of the sources shown and of their public translations, in one query.
        wanted = {item.source.pk for item in window_items} | {
            item.translation.pk for item in window_items if item.translation is not None
        }
        pages = {page.pk: page for page in api_pages().filter(pk__in=wanted).specific()}
        prepare(info, pages.values())
        shown = [
            replace(
                item,
                source=pages[item.source.pk],
                translation=pages.get(item.translation.pk) if item.translation is not None else None,
            )
            for item in window_items
        ]
        return TranslationReportType(
            locale=target,
            counts=TranslationCountsType(**counts),
            items=shown,
            total_count=len(items),
            limit=window.limit,
            offset=window.offset,
        )
