"""Translation status of pages: for a source page and a language, one of

- ``missing``: no translation in that language (a wagtail-localize placeholder alias, which
  shows the source's text, counts as missing);
- ``in_progress``: a translation is being made and strings are still untranslated;
- ``translated``: every string is translated, but that text was not submitted for review (a
  draft, or strings changed after the last publication);
- ``awaiting_review``: submitted, the translation waits in a review task;
- ``outdated``: the source was published again after the version the translation was made from;
- ``up_to_date``: the live translation was made from the live source, with nothing pending.

Two views of the same facts. The *public* view is computed from public content only (is there a
live translation, and was it made from the live source's version?), so it says ``missing``,
``outdated`` or ``up_to_date`` and nothing about drafts: it is what anonymous API callers get.
The *editorial* view (``include_drafts=True``: the admin report, signed-in editors over the API)
also looks at drafts, string progress and reviews.

Counts of strings come from wagtail-localize (the segments of the source, and the ones
translated into the language); the whole list costs a fixed number of queries.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, F, Max, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from api.registry import (
    AWAITING_REVIEW,
    IN_PROGRESS,
    MISSING,
    OUTDATED,
    TRANSLATED,
    TRANSLATION_STATES,
    UP_TO_DATE,
)
from api.visibility import not_a_placeholder, visible_pages

STATUSES = TRANSLATION_STATES
PUBLIC_STATUSES = [MISSING, OUTDATED, UP_TO_DATE]
STATUS_LABELS = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    TRANSLATED: _("Translated, not submitted"),
    AWAITING_REVIEW: _("Awaiting review"),
    OUTDATED: _("Outdated"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class TranslationStatus:
    source: Page
    locale: object
    status: str
    translation: Page | None = None
    strings_total: int | None = None
    strings_translated: int | None = None
    last_synced_at: datetime | None = None
    # The live translation was made from an older version of the source, or holds untranslated
    # strings: what the public status calls OUTDATED, whatever work is under way.
    live_outdated: bool = False

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    def source_changes(self):
        """What changed in the source since the live translation's version, when that version
        is outdated (``editorial.changes``); else None."""
        from editorial.changes import source_changes

        if not self.live_outdated or self.translation is None or not self.translation.live:
            return None
        return source_changes(self.source, self.translation)


def string_progress(source_ids, locale):
    """{translation source id: (segments, segments translated into ``locale``, time of the
    latest change to those translations)}."""
    segments = StringSegment.objects.filter(source_id__in=source_ids)
    totals = dict(segments.values_list("source_id").annotate(count=Count("pk")))
    translations = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=locale, has_error=False
    )
    translated = {
        source_id: (count, changed)
        for source_id, count, changed in segments.filter(Exists(translations))
        .values_list("source_id")
        .annotate(
            count=Count("pk", distinct=True),
            # This page's own translations of its strings: the same string may be translated in
            # another page's context later.
            changed=Max(
                "string__translations__updated_at",
                filter=Q(string__translations__locale=locale, string__translations__context_id=F("context_id")),
            ),
        )
    }
    return {source_id: (totals.get(source_id, 0), *translated.get(source_id, (0, None))) for source_id in source_ids}


def translated_from(revision_ids):
    """{revision id: (the source version (sync time) it was made from, its untranslated strings)},
    for revisions written by wagtail-localize."""
    from editorial.models import TranslatedRevision

    return {
        revision_id: (synced_at, missing or 0)
        for revision_id, synced_at, missing in TranslatedRevision.objects.filter(
            revision_id__in=revision_ids
        ).values_list("revision_id", "source_synced_at", "strings_missing")
    }


def objects_in_review(objects, status=WorkflowState.STATUS_IN_PROGRESS):
    """The pks of ``objects`` (pages, or snippets of one model) whose review is in ``status``:
    waiting in a review task by default, or sent back for changes (STATUS_NEEDS_CHANGES)."""
    objects = [item for item in objects if item is not None]
    if not objects:
        return set()
    return {
        int(object_id)
        for object_id in WorkflowState.objects.filter(
            base_content_type=objects[0].get_base_content_type(),
            object_id__in=[str(item.pk) for item in objects],
            status=status,
        ).values_list("object_id", flat=True)
    }


def translation_statuses(source_pages, locale, include_drafts=False):
    """The TranslationStatus of each source page in ``locale``, in the same order."""
    source_pages = list(source_pages)
    keys = [page.translation_key for page in source_pages]
    # The public view knows only what the public may see (api.visibility): a translation
    # that is restricted, expired or below an offline page is MISSING there.
    candidates = Page.objects.filter(not_a_placeholder()) if include_drafts else visible_pages()
    targets = {
        page.translation_key: page
        for page in candidates.filter(translation_key__in=keys, locale=locale).select_related("live_revision")
    }
    versions = translated_from([page.live_revision_id for page in targets.values() if page.live_revision_id])
    sources, managed, progress, in_review = {}, set(), {}, set()
    if include_drafts:
        sources = {
            source.object_id: source
            for source in TranslationSource.objects.filter(
                object_id__in=keys, locale__in={page.locale_id for page in source_pages}
            )
        }
        managed = set(
            Translation.objects.filter(source__in=sources.values(), target_locale=locale, enabled=True).values_list(
                "source_id", flat=True
            )
        )
        progress = string_progress([source.pk for source in sources.values() if source.pk in managed], locale)
        in_review = objects_in_review(targets.values())

    statuses = []
    for page in source_pages:
        target = targets.get(page.translation_key)
        item = TranslationStatus(source=page, locale=locale, status=MISSING, translation=target)
        statuses.append(item)
        if target is None:
            continue
        # The source version the live translation was made from (publication time for a
        # translation made by hand).
        live_version, live_missing = (
            versions.get(target.live_revision_id, (target.last_published_at, 0)) if target.live else (None, 0)
        )
        # A live text with source-language strings in it (published before that was refused) is
        # never up to date.
        live_is_outdated = bool(live_missing) or bool(
            live_version and page.last_published_at and page.last_published_at > live_version
        )
        item.live_outdated = live_is_outdated
        source = sources.get(page.translation_key)
        if not include_drafts:
            item.status = OUTDATED if live_is_outdated else UP_TO_DATE
        elif source is not None and source.pk in managed:
            item.strings_total, item.strings_translated, strings_changed_at = progress[source.pk]
            item.last_synced_at = source.last_updated_at
            pending = (
                not target.live
                or target.has_unpublished_changes
                or (live_version is not None and source.last_updated_at > live_version)
                or (
                    strings_changed_at is not None
                    and target.live_revision is not None
                    and strings_changed_at > target.live_revision.created_at
                )
            )
            if page.last_published_at and page.last_published_at > source.last_updated_at:
                item.status = OUTDATED  # the source changed since translators last took it
            elif item.strings_translated < item.strings_total:
                item.status = IN_PROGRESS
            elif target.pk in in_review:
                item.status = AWAITING_REVIEW
            elif pending:
                item.status = TRANSLATED
            else:
                item.status = OUTDATED if live_is_outdated else UP_TO_DATE
        elif not target.live or target.has_unpublished_changes:  # a translation edited by hand
            item.status = AWAITING_REVIEW if target.pk in in_review else IN_PROGRESS
        else:
            item.status = OUTDATED if live_is_outdated else UP_TO_DATE
    return statuses


def source_pages_of(pages):
    """{page pk: the page it was translated from (itself for a source page)}, in two queries."""
    source_locales = dict(
        TranslationSource.objects.filter(object_id__in={page.translation_key for page in pages}).values_list(
            "object_id", "locale_id"
        )
    )
    wanted = {
        (page.translation_key, source_locales[page.translation_key])
        for page in pages
        if source_locales.get(page.translation_key, page.locale_id) != page.locale_id
    }
    found = {}
    if wanted:
        condition = Q()
        for key, locale_id in wanted:
            condition |= Q(translation_key=key, locale_id=locale_id)
        found = {(item.translation_key, item.locale_id): item for item in Page.objects.filter(condition)}
    return {
        page.pk: page
        if source_locales.get(page.translation_key, page.locale_id) == page.locale_id
        else found.get((page.translation_key, source_locales[page.translation_key]))
        for page in pages
    }


def statuses_by_page(pages, locales, include_drafts):
    """{page pk: the status of its source's translation into each of ``locales`` but the
    source's own}: what ``Page.translationStatus`` answers (registered with api)."""
    sources = source_pages_of(pages)
    unique = {source.pk: source for source in sources.values() if source is not None}
    statuses = defaultdict(list)
    for locale in locales:
        candidates = [source for source in unique.values() if source.locale_id != locale.pk]
        for status in translation_statuses(candidates, locale, include_drafts) if candidates else []:
            statuses[status.source.pk].append(status)
    return {page.pk: statuses[sources[page.pk].pk] if sources.get(page.pk) else [] for page in pages}
