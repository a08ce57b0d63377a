"""Translation status of pages: for a source page and a language, one of

- ``missing``: no page in that language;
- ``outdated``: the source was published again after the translation was last synced;
- ``in_progress``: strings still untranslated, or the translation not published with them;
- ``up_to_date``: everything translated, synced and published.

Counts of strings come from wagtail-localize (the segments of the source, and the ones
translated into the language), computed for many pages in two queries.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, OuterRef
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

MISSING = "missing"
IN_PROGRESS = "in_progress"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
STATUSES = [MISSING, IN_PROGRESS, OUTDATED, UP_TO_DATE]


@dataclass
class TranslationStatus:
    source: Page
    locale: object
    status: str
    translation: Page | None = None
    strings_total: int | None = None
    strings_translated: int | None = None
    last_synced_at: datetime | None = None


def string_progress(source_ids, locale):
    """{translation source id: (segments, segments translated into ``locale``)}."""
    segments = StringSegment.objects.filter(source_id__in=source_ids)
    totals = dict(segments.values_list("source_id").annotate(count=Count("pk")))
    translated = dict(
        segments.filter(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale=locale,
                    has_error=False,
                )
            )
        )
        .values_list("source_id")
        .annotate(count=Count("pk"))
    )
    return {source_id: (totals.get(source_id, 0), translated.get(source_id, 0)) for source_id in source_ids}


def translation_statuses(source_pages, locale):
    """The TranslationStatus of each source page in ``locale``, in the same order."""
    source_pages = list(source_pages)
    keys = [page.translation_key for page in source_pages]
    targets = {page.translation_key: page for page in Page.objects.filter(translation_key__in=keys, locale=locale)}
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale__in={page.locale_id for page in source_pages})
    }
    managed = set(
        Translation.objects.filter(source__in=sources.values(), target_locale=locale, enabled=True).values_list(
            "source_id", flat=True
        )
    )
    progress = string_progress([source.pk for source in sources.values() if source.pk in managed], locale)

    statuses = []
    for page in source_pages:
        target = targets.get(page.translation_key)
        source = sources.get(page.translation_key)
        item = TranslationStatus(source=page, locale=locale, status=MISSING, translation=target)
        if target is None:
            statuses.append(item)
            continue
        if source is not None and source.pk in managed:
            item.strings_total, item.strings_translated = progress[source.pk]
            item.last_synced_at = source.last_updated_at
            synced = source.last_updated_at
        else:  # an unmanaged translation, edited by hand: compare publication dates
            synced = target.last_published_at
        if page.last_published_at and synced and page.last_published_at > synced:
            item.status = OUTDATED
        elif (item.strings_total is not None and item.strings_translated < item.strings_total) or not target.live or target.has_unpublished_changes:
            item.status = IN_PROGRESS
        else:
            item.status = UP_TO_DATE
        statuses.append(item)
    return statuses
