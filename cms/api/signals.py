"""What invalidates cached API responses (see ``cms.api.cache``)."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.api.cache import GLOBAL, bump_generation
from cms.api.visibility import forget_restricted_page_paths


def page_changed(sender, instance, **kwargs):
    """A page went live, went offline, moved or was deleted: its language's responses go."""
    locale = getattr(instance, "locale", None)
    bump_generation(locale.language_code if locale is not None else GLOBAL)


def anything_changed(sender, **kwargs):
    """Snippets, settings, media and view restrictions can appear in any response."""
    bump_generation(GLOBAL)


def invalidate_on_change(*models):
    """Drop every cached answer when a row of ``models`` is saved or deleted: for records
    that can appear in any answer (snippets, settings). Apps call it from ``ready()``."""
    for model in models:
        post_save.connect(anything_changed, sender=model, dispatch_uid=f"api-cache-save-{model._meta.label}")
        post_delete.connect(anything_changed, sender=model, dispatch_uid=f"api-cache-delete-{model._meta.label}")


def connect():
    """Invalidation for Wagtail's own records (pages, media, view restrictions)."""
    from cms.api.models import ImageAltText

    page_published.connect(page_changed, dispatch_uid="api-cache-published")
    page_unpublished.connect(page_changed, dispatch_uid="api-cache-unpublished")
    post_page_move.connect(page_changed, dispatch_uid="api-cache-moved")
    post_delete.connect(page_changed, sender=Page, dispatch_uid="api-cache-deleted")
    invalidate_on_change(ImageAltText, Image, Document, PageViewRestriction, CollectionViewRestriction)
    # The cached paths of restricted pages change with restrictions and with the tree.
    for signal, sender, name in (
        (post_save, PageViewRestriction, "saved"),
        (post_delete, PageViewRestriction, "deleted"),
        (post_delete, Page, "page-deleted"),
        (post_page_move, None, "page-moved"),
    ):
        signal.connect(forget_restricted_page_paths, sender=sender, weak=False, dispatch_uid=f"restricted-paths-{name}")
