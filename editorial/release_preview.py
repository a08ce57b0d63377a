"""Preview a release: one signed token shows the whole release, in every language, as the
public will see it once it is published.

The API answers a request carrying the token (``X-Release-Preview``) inside a transaction that
makes each page of the release live at the revision its review approved (the latest revision
for a page not approved yet), and that is always rolled back. So every query of the request
(lists, counts, facets, navigation, search, the pages themselves, links between them) sees the
release exactly as the API's own rules will show it, with no second implementation of those
rules. The shared cache is replaced by no cache for the request: nothing computed from the
preview is stored, and nothing stored is served to it.

The transaction holds row locks on the release's pages for the request's duration (a few
milliseconds); on SQLite (the demo) it holds the database's write lock for as long.
"""

import contextlib

from django.core import signing
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.db import transaction
from django.utils import timezone
from wagtail.search import index

from api.preview import PreviewError, read_token
from editorial.models import Release

SALT = "alliance-cms.release-preview"


def make_release_token(release):
    """A token previewing ``release`` for API_PREVIEW_TOKEN_MAX_AGE seconds."""
    return signing.dumps({"release": release.pk}, salt=SALT, compress=True)


@contextlib.contextmanager
def no_shared_cache():
    """No cache for this thread inside the block (Django's cache handler is per thread)."""
    saved = caches["default"]
    caches["default"] = DummyCache("release-preview", {})
    try:
        yield
    finally:
        caches["default"] = saved


def publish_for_preview(release):
    """Make the release's pages live in the current transaction, as publishing would."""
    now = timezone.now()
    for item in release.items.select_related("page", "revision"):
        revision = item.revision or item.page.specific.get_latest_revision()
        if revision is None:
            continue
        page = revision.as_object()
        page.live = True
        page.has_unpublished_changes = False
        page.live_revision = revision
        page.go_live_at = None  # a scheduled page: the preview shows it as published
        page.first_published_at = page.first_published_at or now
        page.last_published_at = now
        page.save(clean=False)
        index.insert_or_update_object(page)


@contextlib.contextmanager
def previewing_release(token):
    """Inside the block, the database shows the release of ``token`` as published."""
    data = read_token(token, SALT, "open the release's preview again from the admin")
    with no_shared_cache(), transaction.atomic():
        try:
            release = Release.objects.filter(pk=data.get("release"), status=Release.Status.OPEN).first()
            if release is None:
                raise PreviewError("This release is no longer open: it was published or deleted.")
            publish_for_preview(release)
            yield release
        finally:
            transaction.set_rollback(True)
