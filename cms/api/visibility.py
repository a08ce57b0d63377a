"""What the public API may show: live pages without view restrictions, and images and
documents outside private collections. Every resolver that returns a page, image or
document goes through this module."""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, get_page_models

API_APPS = ("home", "news", "practices")


def api_page_models():
    """The page models the API serves, by class name."""
    return {model.__name__: model for model in get_page_models() if model._meta.app_label in API_APPS}


def visible_pages(model=Page):
    """Live pages without login, password or group restrictions on them or an ancestor.

    A page past its expiry time is hidden even before the scheduled-publishing command has
    unpublished it."""
    return model.objects.live().public().exclude(expire_at__lte=timezone.now())


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
                self._private_collection_ids = set(
                    Collection.objects.filter(condition).values_list("pk", flat=True)
                )
            else:
                self._private_collection_ids = set()
        return self._private_collection_ids

    def media(self, item):
        """``item`` (an image or document) when it is public, else None."""
        if item is None or item.collection_id in self.private_collection_ids:
            return None
        return item

    def public_media(self, queryset):
        return queryset.exclude(collection_id__in=self.private_collection_ids)


def get_visibility(info):
    """The Visibility of the current request."""
    request = info.context
    visibility = getattr(request, "_api_visibility", None)
    if visibility is None:
        visibility = request._api_visibility = Visibility()
    return visibility
