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
  the *live* translation is outdated.

``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`` (settings) keeps new translations
drafts; the guard below holds even if that setting is changed.
"""

import contextvars
import functools

from django.contrib.auth import get_permission_codename
from django.db import models
from wagtail.models import DraftStateMixin, Page

# Objects whose live row must not be overwritten by the draft being saved now.
_draft_only_objects = contextvars.ContextVar("draft_only_objects", default=frozenset())


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


def record_source_version(translation_source, page):
    from editorial.models import TranslatedRevision

    if page.latest_revision_id:
        TranslatedRevision.objects.update_or_create(
            revision_id=page.latest_revision_id,
            defaults={"source": translation_source, "source_synced_at": translation_source.last_updated_at},
        )


def drafts_until_approved(create_or_update_translation):
    """Wrap ``TranslationSource.create_or_update_translation`` (see the module docstring)."""

    @functools.wraps(create_or_update_translation)
    def wrapper(self, locale, user=None, publish=True, **kwargs):
        model = self.specific_content_type.model_class()
        if model is None or not issubclass(model, DraftStateMixin):
            return create_or_update_translation(self, locale, user=user, publish=publish, **kwargs)
        original = self.get_source_instance()

        if publish and not may_publish(user, original, locale):
            publish = False
        target = original.get_translation_or_none(locale)
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
        record_source_version(self, translated)
        return result

    wrapper.drafts_until_approved = True
    return wrapper


def install():
    """Patch wagtail-localize once (called from the home app's ``ready``)."""
    from wagtail_localize.models import TranslationSource

    method = TranslationSource.create_or_update_translation
    if not getattr(method, "drafts_until_approved", False):
        TranslationSource.create_or_update_translation = drafts_until_approved(method)
