"""How wagtail-localize writes translated pages here: as drafts, until someone with the right
to publish approves them.

wagtail-localize out of the box makes a translation public on several paths (wagtail-localize
#463, #634, #655): a new translation of a live page is published at once with the source's text;
saving a draft of a live translation (``Translation.save_target(publish=False)``) writes the new
text into the live page row before it saves the revision, so the public sees it unapproved; and
"Sync translated pages" with "Publish immediately" publishes for anyone who may sync. The same
holds for snippets with drafts (members, terminology notes).

This module closes those paths at the one place all of them go through,
``TranslationSource.create_or_update_translation``:

- ``publish=True`` is honoured only for a caller without a user (the demo loader and other code
  that stands for an approval) or a user who may publish the target; anyone else gets a draft,
  which then goes through the review workflow;
- a draft of a live translation goes to a new revision only: the live row, which every public
  surface reads (API, preview site, search index), keeps the approved version, exactly as
  Wagtail's own edit view does for a live page (``ApprovedRowMixin`` on the models);
- a placeholder alias that wagtail-localize made in another language (a synchronised locale, or
  the parents copied for a new translation) becomes a draft page, not a live page with the
  source language's text, when it is first translated;
- each revision written from a translation records which version of the source (the
  ``TranslationSource`` sync time) it was made from, so the translation status can say whether
  the *live* translation is outdated, and how many of its strings had no translation;
- a translation with untranslated strings is never published, whoever asks (wagtail-localize
  would fill the gaps with the source language's text): "Sync translated pages" with "Publish
  immediately" and the translation editor's "Publish" write it as a draft instead, keep the
  approved live text, take it out of a review it was in (the text under review changed), and
  name it in ``held_back_translations()`` so the screen can say so; ``publish()`` of such a
  revision, on any path (workflow approval, release, scheduled publishing), raises
  ``UntranslatedTextError``.

``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`` (settings) keeps new translations
drafts; the guard below holds even if that setting is changed.
"""

import contextlib
import contextvars
import functools
from dataclasses import dataclass

from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import ngettext
from wagtail.models import DraftStateMixin, Page

# Objects whose live row must not be overwritten by the draft being saved now.
_draft_only_objects = contextvars.ContextVar("draft_only_objects", default=frozenset())
# Where the translations that were asked to publish but kept as drafts are reported, if anyone
# listens (``held_back_translations``).
_held_back = contextvars.ContextVar("held_back", default=None)


class UntranslatedTextError(PermissionDenied):
    """Publishing was refused: the revision holds source-language text in place of strings
    nobody translated."""


@dataclass
class HeldBack:
    """A translation that was asked to publish and was saved as a draft instead."""

    instance: object
    locale: object
    strings_missing: int

    def __str__(self):
        return ngettext(
            "%(language)s was not published: %(count)s string is not translated. The live page keeps its "
            "approved text; the new version waits as a draft for the translator.",
            "%(language)s was not published: %(count)s strings are not translated. The live page keeps its "
            "approved text; the new version waits as a draft for the translator.",
            self.strings_missing,
        ) % {"language": self.locale.get_display_name(), "count": self.strings_missing}


@contextlib.contextmanager
def held_back_translations():
    """Collect the HeldBack translations of the code run inside (a list)."""
    held = []
    token = _held_back.set(held)
    try:
        yield held
    finally:
        _held_back.reset(token)


def managed_translation(instance):
    """The wagtail-localize Translation that writes ``instance`` (a page or snippet in its
    translation editor), or None for a source or a translation edited by hand."""
    from wagtail_localize.models import Translation

    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def untranslated_strings(translation_source, locale):
    """How many strings of ``translation_source`` have no (valid) translation into ``locale``."""
    from editorial.translation import string_progress

    total, translated, _changed = string_progress([translation_source.pk], locale)[translation_source.pk]
    return total - translated


def row_key(instance):
    """Identifies a database row across page types and snippet models."""
    model = Page if isinstance(instance, Page) else instance._meta.concrete_model
    return (model._meta.label_lower, instance.pk)


def is_untranslated_alias(page):
    """True for a wagtail-localize placeholder: an alias of a page in another language, which
    shows that language's text under this language's URLs."""
    if not page.alias_of_id:
        return False
    return Page.objects.filter(pk=page.alias_of_id).exclude(locale_id=page.locale_id).exists()


class ApprovedRowMixin(models.Model):
    """For pages and snippets with drafts: a save that would write an unapproved translation
    over the live row is skipped (the translation goes to a revision only). Saves of named
    fields (the revision pointers that ``save_revision`` updates) go through."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None and self.pk is not None and row_key(self) in _draft_only_objects.get():
            return None
        return super().save(*args, **kwargs)

    def publish(self, revision, *args, **kwargs):
        """Every path that publishes (or schedules) a revision comes here: one with untranslated
        strings is refused."""
        from editorial.models import TranslatedRevision

        if missing := TranslatedRevision.strings_missing_in(revision):
            raise UntranslatedTextError(
                ngettext(
                    "Not published: %(count)s string of this translation is not translated.",
                    "Not published: %(count)s strings of this translation are not translated.",
                    missing,
                )
                % {"count": missing}
            )
        return super().publish(revision, *args, **kwargs)


def translation_locales(user):
    """The locales ``user`` translates into: those of the page trees where they may add or edit
    pages (a translators group has its language's home page; editors and moderators the root,
    so every locale). Snippets follow the same rule: Wagtail has no per-language permission for
    them."""
    from wagtail.models import Locale

    return Locale.objects.filter(pk__in=translation_locale_ids(user))


def translation_locale_ids(user):
    """The pks of ``translation_locales(user)``, worked out once per user object (one request),
    as Wagtail keeps a user's page permissions: screens ask it for every row."""
    from wagtail.models import Locale
    from wagtail.permissions import page_permission_policy

    cached = getattr(user, "_translation_locale_ids", None)
    if cached is not None:
        return cached
    if user is None or user.is_superuser:
        ids = set(Locale.objects.values_list("pk", flat=True))
    else:
        pages = page_permission_policy.instances_user_has_any_permission_for(user, {"add", "change"})
        if pages.filter(depth=1).exists():
            ids = set(Locale.objects.values_list("pk", flat=True))
        else:
            ids = set(pages.values_list("locale_id", flat=True))
    if user is not None:
        user._translation_locale_ids = ids
    return ids


def may_publish(user, source_instance, locale):
    """Whether ``user`` may publish the translation of ``source_instance`` into ``locale``."""
    if user is None:
        return True
    if not isinstance(source_instance, Page):
        return user.has_perm(
            f"{source_instance._meta.app_label}.{get_permission_codename('publish', source_instance._meta)}"
        )
    target = source_instance.get_translation_or_none(locale)
    if target is not None:
        return target.permissions_for_user(user).can_publish()
    parent = source_instance.get_parent()
    translated_parent = parent.get_translation_or_none(locale) if parent is not None else None
    if translated_parent is None:
        return False
    return translated_parent.permissions_for_user(user).can_publish_subpage()


def record_source_version(translation_source, page, strings_missing):
    from editorial.models import TranslatedRevision

    if page.latest_revision_id:
        TranslatedRevision.objects.update_or_create(
            revision_id=page.latest_revision_id,
            defaults={
                "source": translation_source,
                "source_synced_at": translation_source.last_updated_at,
                "strings_missing": strings_missing,
                "source_content": translation_source.content_json,
            },
        )


def drafts_until_approved(create_or_update_translation):
    """Wrap ``TranslationSource.create_or_update_translation`` (see the module docstring)."""

    @functools.wraps(create_or_update_translation)
    def wrapper(self, locale, user=None, publish=True, **kwargs):
        model = self.specific_content_type.model_class()
        if model is None or not issubclass(model, DraftStateMixin):
            return create_or_update_translation(self, locale, user=user, publish=publish, **kwargs)
        original = self.get_source_instance()
        missing = untranslated_strings(self, locale)

        if publish and not may_publish(user, original, locale):
            publish = False
        target = original.get_translation_or_none(locale)
        if publish and missing:
            publish = False
            if (held := _held_back.get()) is not None:
                held.append(HeldBack(original, locale, missing))
        protected = set()
        placeholder = False
        if target is not None and not publish:
            if isinstance(target, Page) and is_untranslated_alias(target):
                placeholder = True
            elif target.live:
                protected.add(row_key(target))

        token = _draft_only_objects.set(_draft_only_objects.get() | protected)
        try:
            result = create_or_update_translation(self, locale, user=user, publish=publish, **kwargs)
        finally:
            _draft_only_objects.reset(token)

        translated = result[0]
        if placeholder:
            Page.objects.filter(pk=translated.pk).update(live=False, has_unpublished_changes=True)
            translated.live = False
            translated.has_unpublished_changes = True
        if target is not None and target.live and not publish:
            # wagtail-localize set the in-memory object to draft; the row stays live.
            translated.live = True
        if missing and getattr(translated, "workflow_in_progress", False):
            # The text under review was replaced by one that cannot be published.
            translated.current_workflow_state.cancel(user=user)
        record_source_version(self, translated, missing)
        return result

    wrapper.drafts_until_approved = True
    return wrapper


def install():
    """Patch wagtail-localize once (called from the home app's ``ready``)."""
    from wagtail_localize.models import TranslationSource

    method = TranslationSource.create_or_update_translation
    if not getattr(method, "drafts_until_approved", False):
        TranslationSource.create_or_update_translation = drafts_until_approved(method)
