"""What the public API may show: live pages without view restrictions, and images and
documents outside private collections. Every resolver that returns a page, image or
document goes through this module."""

from functools import reduce
from operator import or_

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from cms.api.facts import shared_fact
from cms.api.invalidation import invalidate
from cms.api.registry import registry


def api_page_models():
    """The page models the API serves, by class name (those with a registered GraphQL type)."""
    return registry.page_models()


RESTRICTED_PATHS_KEY = "api:restricted-page-paths"


def restricted_page_paths():
    """Tree paths of the pages with a view restriction, kept in the shared cache (usually none
    or a few). ``forget_restricted_page_paths`` drops them when restrictions or the tree change."""
    return shared_fact(
        RESTRICTED_PATHS_KEY,
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
    )


def forget_restricted_page_paths(*args, **kwargs):
    invalidate(keys=[RESTRICTED_PATHS_KEY])


PLACEHOLDERS_KEY = "api:placeholder-page-ids"
# Beyond this many placeholders, they are excluded by the SQL condition instead of by id.
MAX_LISTED_PLACEHOLDERS = 500


def placeholder_page_ids():
    """Ids of the wagtail-localize placeholders (aliases of a page in another language), kept
    in the shared cache: usually none, so that page queries need no join to find them.
    ``forget_placeholder_page_ids`` drops the list when pages change."""
    placeholders = Page.objects.filter(alias_of__isnull=False).exclude(not_a_placeholder())
    return shared_fact(
        PLACEHOLDERS_KEY, lambda: list(placeholders.values_list("pk", flat=True)[: MAX_LISTED_PLACEHOLDERS + 1])
    )


def forget_placeholder_page_ids(sender=None, instance=None, **kwargs):
    if sender is not None and instance is not None and not isinstance(instance, Page):
        return
    invalidate(keys=[PLACEHOLDERS_KEY])
    # A list read by another request before this transaction commits would miss what it made.
    transaction.on_commit(lambda: invalidate(keys=[PLACEHOLDERS_KEY]))


def not_a_placeholder():
    """SQL condition: the page is not a wagtail-localize placeholder, i.e. not an alias of a
    page in another language (which shows that language's text under this one's URLs)."""
    return Q(alias_of__isnull=True) | Q(alias_of__locale=F("locale"))


def visible_pages(model=Page):
    """Live pages without login, password or group restrictions on them or an ancestor, that
    are not wagtail-localize placeholders (aliases of a page in another language, which carry
    that language's text until a translation is approved).

    A page past its expiry time is hidden even before the scheduled-publishing command has
    unpublished it. Restricted subtrees are excluded by path prefix, an index-friendly filter
    that is empty on a site without restrictions."""
    pages = model.objects.live().exclude(expire_at__lte=timezone.now())
    placeholders = placeholder_page_ids()
    if len(placeholders) > MAX_LISTED_PLACEHOLDERS:
        pages = pages.filter(not_a_placeholder())
    elif placeholders:
        pages = pages.exclude(pk__in=placeholders)
    paths = restricted_page_paths()
    if paths:
        pages = pages.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))
    return pages


def published(model):
    """Live objects of a snippet model with drafts (members, terminology notes): approved and
    published, and not past their expiry time."""
    return model.objects.filter(live=True).exclude(expire_at__lte=timezone.now())


def private_collection_exists(collection_path):
    """SQL condition: the collection at ``collection_path`` (an expression) or an ancestor of
    it has a view restriction."""
    return Exists(
        CollectionViewRestriction.objects.filter(
            collection__path=Substr(collection_path, 1, Length("collection__path"))
        )
    )


PRIVATE_COLLECTIONS_KEY = "api:private-collection-ids"


def private_collection_ids():
    """Collections with a view restriction, and every collection below them, kept in the
    shared cache; ``forget_private_collections`` drops them when restrictions or collections
    change."""

    def compute():
        paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True).distinct())
        if not paths:
            return []
        condition = reduce(or_, (Q(path__startswith=path) for path in paths))
        return list(Collection.objects.filter(condition).values_list("pk", flat=True))

    return set(shared_fact(PRIVATE_COLLECTIONS_KEY, compute))


def forget_private_collections(*args, **kwargs):
    invalidate(keys=[PRIVATE_COLLECTIONS_KEY])
    transaction.on_commit(lambda: invalidate(keys=[PRIVATE_COLLECTIONS_KEY]))


class Visibility:
    """Per-request cache of the visibility facts."""

    def __init__(self):
        self._private_collection_ids = None

    @property
    def private_collection_ids(self):
        """Collections with a view restriction, and every collection below them."""
        if self._private_collection_ids is None:
            self._private_collection_ids = private_collection_ids()
        return self._private_collection_ids

    def media(self, item):
        """``item`` (an image or document) when it is public, else None."""
        if item is None or item.collection_id in self.private_collection_ids:
            return None
        return item

    @staticmethod
    def public_media(queryset):
        """Images or documents of ``queryset`` outside private collections (in SQL)."""
        return queryset.exclude(private_collection_exists(OuterRef("collection__path")))


def get_visibility(info):
    """The Visibility of the current request."""
    request = info.context
    visibility = getattr(request, "_api_visibility", None)
    if visibility is None:
        visibility = request._api_visibility = Visibility()
    return visibility
