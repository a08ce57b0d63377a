"""What invalidates cached API responses (see ``api.cache``)."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction, Revision, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from api.batching import all_locales, forget_locales
from api.cache import forget_next_scheduled_change, touch
from api.dependencies import ALL, change_tags, row, url
from api.pages import forget_default_site
from api.visibility import forget_page_facts, forget_private_collections, forget_restricted_page_paths


def changed(sender, instance, **kwargs):
    """A page went live, went offline or was deleted, a snippet or setting was saved or deleted:
    the answers that read it, or a list it is in, go (``api.dependencies.change_tags``)."""
    touch(change_tags(instance, [locale.language_code for locale in all_locales()]))


def everything_changed(sender, **kwargs):
    """A page moved (the URLs of its subtree), a language, a site, a view
    restriction or a collection changed (what is visible, and where): every answer goes."""
    touch([ALL])


def slug_changed(sender, instance, instance_before, **kwargs):
    """A page's slug changed (saved, even as a draft): the URLs of its subtree changed. Without
    children, the page's own answers and its old URL's go; else every answer."""
    if instance.numchild:
        everything_changed(sender)
    else:
        changed(sender, instance)
        touch([url(instance_before.url_path or "")])


def invalidate_on_change(*models, parent=None):
    """Invalidate the answers that read a row of ``models`` (or a list of them) when one is
    saved or deleted: snippets, settings, media. ``parent``: the name of the field pointing to
    the record the row details (an image's alt texts), whose answers go too. Apps call it from
    ``ready()``."""
    for model in models:
        handler = changed if parent is None else details_changed(parent)
        for signal, name in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(handler, sender=model, weak=False, dispatch_uid=f"api-cache-{name}-{model._meta.label}")


def details_changed(parent):
    def handler(sender, instance, **kwargs):
        changed(sender, instance)
        related = type(instance)._meta.get_field(parent).related_model
        pk = getattr(instance, f"{parent}_id")
        touch([row(related._meta.label_lower, pk)])

    return handler


def invalidate_everything_on_change(*models):
    """Invalidate every answer when a row of ``models`` is saved or deleted."""
    for model in models:
        for signal, name in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(everything_changed, sender=model, dispatch_uid=f"api-cache-{name}-{model._meta.label}")


def connect():
    """Invalidation for Wagtail's own records (pages, media, view restrictions)."""
    from api.forms import save_pending_document_details
    from api.models import DocumentDetails, ImageAltText

    page_published.connect(changed, dispatch_uid="api-cache-published")
    page_unpublished.connect(changed, dispatch_uid="api-cache-unpublished")
    post_delete.connect(changed, sender=Page, dispatch_uid="api-cache-deleted")
    post_page_move.connect(everything_changed, dispatch_uid="api-cache-moved")
    page_slug_changed.connect(slug_changed, dispatch_uid="api-cache-slug-changed")
    invalidate_on_change(Image, Document)
    invalidate_on_change(ImageAltText, parent="image")
    invalidate_on_change(DocumentDetails, parent="document")
    # Collections: a collection moved under a private one takes its images and documents out of
    # public sight (Wagtail's edit view saves, then moves, in one transaction: the change on
    # commit sees the move); a renamed one changes nothing shown, but costs one change.
    # A language added or renamed, a site's root or host changed: every answer may show it.
    invalidate_everything_on_change(PageViewRestriction, CollectionViewRestriction, Collection, Locale, Site)
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
