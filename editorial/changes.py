"""What changed in a source page since the version its live translation was made from, string by
string: what a translator needs to bring an outdated translation up to date.

The version a translation was made from is kept with each revision wagtail-localize writes
(``TranslatedRevision.source_content``), so the changes stay visible after the translator takes
the new source ("Sync translated pages"), until the updated translation is published. The source
side is the source page as published. Strings are compared per field and StreamField block (a
path), in order: a string replaced is CHANGED (with the translation the old text had), one that
appeared ADDED, one that went REMOVED.
"""

import difflib
import json
from dataclasses import dataclass

from wagtail_localize.models import StringTranslation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

CHANGED = "changed"
ADDED = "added"
REMOVED = "removed"


@dataclass
class SourceChange:
    """One string of the source that changed since the translation's version."""

    path: str
    kind: str
    before: str | None
    after: str | None
    translation: str | None = None  # the translation of ``before`` the translator made

    @property
    def field(self):
        return self.path.split(".")[0]


def strings_by_path(instance):
    """{path: [texts]} of the translatable strings of ``instance``, in document order."""
    grouped = {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            grouped.setdefault(segment.path, []).append(segment.render_text())
    return grouped


def version_content(translation):
    """The source content the live ``translation`` (a page) was made from, or None when unknown
    (made by hand, or before versions were kept and the source was synced since)."""
    from editorial.models import TranslatedRevision

    if not translation.live_revision_id:
        return None
    record = (
        TranslatedRevision.objects.filter(revision_id=translation.live_revision_id).select_related("source").first()
    )
    if record is None:
        return None
    if record.source_content:
        return record.source_content
    source = record.source
    return source.content_json if source.last_updated_at == record.source_synced_at else None


def source_changes(source_page, translation):
    """[SourceChange] of the live ``source_page`` since the version the live ``translation`` was
    made from; [] when nothing changed; None when that version is unknown."""
    content = version_content(translation)
    if content is None:
        return None
    source_page = source_page.specific
    before = strings_by_path(source_page.with_content_json(json.loads(content)))
    after = strings_by_path(source_page)
    changes = []
    for path in list(after) + [path for path in before if path not in after]:
        old, new = before.get(path, []), after.get(path, [])
        if old == new:
            continue
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            pairs = max(i2 - i1, j2 - j1)
            for offset in range(pairs):
                was = old[i1 + offset] if i1 + offset < i2 else None
                now = new[j1 + offset] if j1 + offset < j2 else None
                kind = CHANGED if was is not None and now is not None else (ADDED if was is None else REMOVED)
                changes.append(SourceChange(path, kind, was, now))
    translations = translations_of([change.before for change in changes if change.before], translation.locale_id)
    for change in changes:
        change.translation = translations.get(change.before)
    return changes


def translations_of(texts, locale_id):
    """{source text: its translation into the language} for ``texts``."""
    if not texts:
        return {}
    found = StringTranslation.objects.filter(translation_of__data__in=set(texts), locale_id=locale_id)
    return dict(found.order_by("updated_at").values_list("translation_of__data", "data"))
