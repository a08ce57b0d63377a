"""What invalidates cached API responses (see ``api.cache``)."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction, Revision, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from api.batching import forget_locales
from api.cache import GLOBAL, bump_generation, forget_next_scheduled_change
from api.pages import forget_default_site
from api.visibility import forget_page_facts, forget_private_collections, forget_restricted_page_paths


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
    from api.forms import save_pending_document_details
    from api.models import DocumentDetails, ImageAltText

    page_published.connect(page_changed, dispatch_uid="api-cache-published")
    page_unpublished.connect(page_changed, dispatch_uid="api-cache-unpublished")
    post_page_move.connect(page_changed, dispatch_uid="api-cache-moved")
    post_delete.connect(page_changed, sender=Page, dispatch_uid="api-cache-deleted")
    # Collections: a collection moved under a private one takes its images and documents out of
    # public sight (Wagtail's edit view saves, then moves, in one transaction: the bump on commit
    # sees the move); a renamed one changes nothing shown, but costs one bump.
    invalidate_on_change(
        ImageAltText, Image, Document, DocumentDetails, PageViewRestriction, CollectionViewRestriction, Collection
    )
    # A language added or renamed, a site's root or host changed: every answer may show it.
    invalidate_on_change(Locale, Site)
    post_save.connect(save_pending_document_details, sender=Document, weak=False, dispatch_uid="api-document-details")
    # A saved revision may schedule a publication: cached answers must not outlive it.
    post_save.connect(forget_next_scheduled_change, sender=Revision, weak=False, dispatch_uid="api-next-change")
    post_save.connect(forget_default_site, sender=Site, weak=False, dispatch_uid="api-site-saved")
    post_delete.connect(forget_default_site, sender=Site, weak=False, dispatch_uid="api-site-deleted")
    post_save.connect(forget_locales, sender=Locale, weak=False, dispatch_uid="api-locales-saved")
    post_delete.connect(forget_locales, sender=Locale, weak=False, dispatch_uid="api-locales-deleted")
    for sender in (CollectionViewRestriction, Collection):
        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                forget_private_collections,
                sender=sender,
                weak=False,
                dispatch_uid=f"api-private-collections-{sender.__name__}-{name}",
            )
    # Any page saved, deleted or moved may change the placeholders and the offline branches.
    post_save.connect(forget_page_facts, weak=False, dispatch_uid="api-page-facts-saved")
    post_delete.connect(forget_page_facts, weak=False, dispatch_uid="api-page-facts-deleted")
    post_page_move.connect(forget_page_facts, weak=False, dispatch_uid="api-page-facts-moved")
    # The cached paths of restricted pages change with restrictions and with the tree.
    for signal, sender, name in (
        (post_save, PageViewRestriction, "saved"),
        (post_delete, PageViewRestriction, "deleted"),
        (post_delete, Page, "page-deleted"),
        (post_page_move, None, "page-moved"),
    ):
        signal.connect(forget_restricted_page_paths, sender=sender, weak=False, dispatch_uid=f"restricted-paths-{name}")
