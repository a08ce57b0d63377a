"""What the public API may show: live pages without view restrictions, and images and
documents outside private collections. Every resolver that returns a page, image or
document goes through this module."""

from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from cms.api.registry import registry


def api_page_models():
    """The page models the API serves, by class name (those with a registered GraphQL type)."""
    return registry.page_models()


RESTRICTED_PATHS_KEY = "api:restricted-page-paths"


def restricted_page_paths():
    """Tree paths of the pages with a view restriction, kept in the shared cache (usually none
    or a few). ``forget_restricted_page_paths`` drops them when restrictions or the tree change."""
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(RESTRICTED_PATHS_KEY, paths, timeout=None)
    return paths


def forget_restricted_page_paths(*args, **kwargs):
    cache.delete(RESTRICTED_PATHS_KEY)


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
    pages = model.objects.live().exclude(expire_at__lte=timezone.now()).filter(not_a_placeholder())
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


class Visibility:
    """Per-request cache of the visibility facts that cost a query to learn."""

    def __init__(self):
        self._private_collection_ids = None

    @property
    def private_collection_ids(self):
        """Collections with a view restriction, and every collection below them."""
        if self._private_collection_ids is None:
            paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True).distinct())
            if paths:
                condition = Q()
                for path in paths:
                    condition |= Q(path__startswith=path)
                self._private_collection_ids = set(Collection.objects.filter(condition).values_list("pk", flat=True))
            else:
                self._private_collection_ids = set()
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
