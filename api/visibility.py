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

from api.facts import shared_fact
from api.invalidation import invalidate
from api.registry import registry


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
    ``forget_page_facts`` drops the list when pages change."""
    placeholders = Page.objects.filter(alias_of__isnull=False).exclude(not_a_placeholder())
    return shared_fact(
        PLACEHOLDERS_KEY, lambda: list(placeholders.values_list("pk", flat=True)[: MAX_LISTED_PLACEHOLDERS + 1])
    )


HIDDEN_BRANCHES_KEY = "api:hidden-branch-pages"


def hidden_branch_pages():
    """(path, live, expire_at) of the pages with children that are offline or may expire,
    kept in the shared cache (usually none or a few): their subtrees are hidden with them.
    ``forget_page_facts`` drops the list when pages change; expiry is compared at each read."""
    return shared_fact(
        HIDDEN_BRANCHES_KEY,
        lambda: list(
            Page.objects.filter(numchild__gt=0)
            .filter(Q(live=False) | Q(expire_at__isnull=False))
            .values_list("path", "live", "expire_at")
        ),
    )


def hidden_branch_paths(now):
    """Paths of the pages whose subtrees are hidden at ``now``: offline, or past expiry."""
    return [path for path, live, expire_at in hidden_branch_pages() if not live or expire_at <= now]


def forget_page_facts(sender=None, instance=None, **kwargs):
    """Any page saved, moved or deleted may become or stop being a placeholder alias
    (wagtail-localize sync, translation of a placeholder) or an offline branch."""
    if sender is not None and instance is not None and not isinstance(instance, Page):
        return
    keys = [PLACEHOLDERS_KEY, HIDDEN_BRANCHES_KEY]
    invalidate(keys=keys)
    # A list read by another request before this transaction commits would miss what it made.
    transaction.on_commit(lambda: invalidate(keys=keys))


def not_a_placeholder():
    """SQL condition: the page is not a wagtail-localize placeholder, i.e. not an alias of a
    page in another language (which shows that language's text under this one's URLs)."""
    return Q(alias_of__isnull=True) | Q(alias_of__locale=F("locale"))


def visible_pages(model=Page):
    """Live pages without login, password or group restrictions on them or an ancestor, that
    are not wagtail-localize placeholders (aliases of a page in another language, which carry
    that language's text until a translation is approved), and whose ancestors are all live.

    A page past its expiry time is hidden even before the scheduled-publishing command has
    unpublished it. A live page below an unpublished (or expired) one is hidden with it,
    although Wagtail would serve it: its URL carries the offline page's slug, and taking a
    section offline means its contents too (docs/decisions.md). Restricted and offline subtrees
    are excluded by path prefix, an index-friendly filter that is empty on a site without them."""
    now = timezone.now()
    pages = model.objects.live().exclude(expire_at__lte=now)
    placeholders = placeholder_page_ids()
    if len(placeholders) > MAX_LISTED_PLACEHOLDERS:
        pages = pages.filter(not_a_placeholder())
    elif placeholders:
        pages = pages.exclude(pk__in=placeholders)
    paths = restricted_page_paths() + hidden_branch_paths(now)
    if paths:
        pages = pages.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))
    return pages


def is_visible(page):
    """Whether the public sees ``page`` now: the rule of ``visible_pages``, for one page."""
    return visible_pages().filter(pk=page.pk).exists()


def public_if_live(page, parent_path=None):
    """Whether the public would see ``page`` were it live: it is not a placeholder, it has no
    view restriction, and its parent is visible (``parent_path``: the parent's, for a page
    that has just moved from there). What a page that has just gone offline was to the public."""
    if parent_path is None:
        parent_path = page.path[: -Page.steplen]
    if page.path in restricted_page_paths():
        return False
    if page.alias_of_id is not None and not Page.objects.filter(pk=page.alias_of_id, locale_id=page.locale_id).exists():
        return False
    return len(parent_path) <= Page.steplen or visible_pages().filter(path=parent_path).exists()


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
    """Per-request cache of the visibility facts; what they read is recorded on ``context`` (an
    ApiContext) when there is one."""

    def __init__(self, context=None):
        self._private_collection_ids = None
        self.context = context

    def _record_collections(self):
        if self.context is not None:
            self.context.read(Collection)
            self.context.read(CollectionViewRestriction)

    @property
    def private_collection_ids(self):
        """Collections with a view restriction, and every collection below them."""
        if self._private_collection_ids is None:
            self._private_collection_ids = private_collection_ids()
        return self._private_collection_ids

    def media(self, item):
        """``item`` (an image or document) when it is public, else None."""
        self._record_collections()
        if item is None or item.collection_id in self.private_collection_ids:
            return None
        return item

    def public_media(self, queryset):
        """Images or documents of ``queryset`` outside private collections (in SQL)."""
        self._record_collections()
        return queryset.exclude(private_collection_exists(OuterRef("collection__path")))


def get_visibility(info):
    """The Visibility of the current request."""
    return info.context.once("visibility", lambda: Visibility(info.context))
