"""Translate an instance through wagtail-localize as a translator's work would be: a
TranslationSource, a PO file with every string filled, ``import_po`` and ``save_target``.
The demo loader and the test suite's factories both translate with it."""

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource


class MissingTranslationError(Exception):
    """A string of the source has no translated text."""


def translate(source_instance, locale, text_for, user=None, publish=True, tool_name="alliance-cms"):
    """Translate ``source_instance`` into ``locale`` with ``text_for(context, source_text)``
    (the translated text, or None when there is none: MissingTranslationError names them all)
    and return the translated instance. ``publish=False`` leaves a page's translation a draft."""
    source, created = TranslationSource.get_or_create_from_instance(source_instance)
    if not created:
        source.update_from_db()  # a later version of the source: its strings as they are now
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    missing = []
    for entry in po:
        if not entry.msgid:
            continue
        text = text_for(entry.msgctxt, entry.msgid)
        if text is None:
            missing.append(f"{entry.msgctxt}: {entry.msgid[:60]}")
        else:
            entry.msgstr = text
    if missing:
        raise MissingTranslationError(f"No {locale.language_code} text for {source_instance!r}: " + "; ".join(missing))
    translation.import_po(po, user=user, tool_name=tool_name)
    if isinstance(source_instance, Page):
        # save_target(publish=True) defers the publish to the end of the transaction with
        # the page as it was then, which would undo the child counts of every translated page
        # added meanwhile: save a draft and publish it from the database row now instead.
        translation.save_target(user=user, publish=False)
        target = source_instance.get_translation(locale)
        if publish:
            target.get_latest_revision().publish(user=user)
            target.refresh_from_db()
        return target.specific
    translation.save_target(user=user, publish=True)
    return source_instance.get_translation(locale)
