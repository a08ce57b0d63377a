"""What the site's feeds share: one document per language for every reader, kept in the
shared cache until that language's content changes, and images as enclosures."""

import mimetypes
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from wagtail.models import Locale

from api.cache import cached_while_current
from api.dependencies import content as content_of
from api.pages import absolute_public_url, site_name_in
from api.visibility import private_collection_ids, visible_pages

# The rendition each item's image is enclosed as (one of API_IMAGE_RENDITIONS).
ENCLOSURE_RENDITION = "width-1200"


def cached_document(request, name, build):
    """``build()`` (content, content type) for the language of the request, kept in the
    shared cache per host and frontend URLs until that language's content changes."""
    language = translation.get_language()
    material = [name, language, request.get_host(), request.scheme, settings.CMS_FRONTEND_URLS]
    content, content_type = cached_while_current("feed", material, build, [content_of(language)])
    return HttpResponse(content, content_type=content_type)


def request_locale():
    """The Locale of the language in the URL (404 when the CMS has no such locale)."""
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    if locale is None:
        raise Http404("No such language.")
    return locale


@dataclass
class FeedSource:
    """What one request's feed is built from (a feed object is shared by every request)."""

    locale: Locale
    request: HttpRequest


class CachedFeed(Feed):
    """A feed kept in the shared cache, per language, host and frontend URLs, until the content
    of its language (or anything global) changes: every reader gets the same document."""

    def __call__(self, request, *args, **kwargs):
        return cached_document(request, type(self).__name__, lambda: self.rendered(request, *args, **kwargs))

    def rendered(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        return response.content, response["Content-Type"]

    def get_object(self, request):
        return FeedSource(request_locale(), request)

    def feed_url(self, source):
        # The feed's own address without the query string: the document is cached and served
        # to every reader, so nothing a requester adds (?utm_source=…) may end up in it.
        return source.request.build_absolute_uri(source.request.path)


def image_enclosures(request, image):
    """The public ``image`` as a feed enclosure (its ENCLOSURE_RENDITION), or none."""
    if image is None or image.collection_id in private_collection_ids():
        return []
    rendition = image.get_rendition(ENCLOSURE_RENDITION)
    try:
        length = str(rendition.file.size)
    except OSError:  # the file is missing from storage: no enclosure rather than no feed
        return []
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    return [Enclosure(request.build_absolute_uri(rendition.url), length, mime_type)]


class PageFeed(CachedFeed):
    """A feed of pages of the language in the URL, linking to the frontend's URLs
    (CMS_FRONTEND_URLS) or else the CMS's, with each page's main image as an enclosure.
    Subclasses name the section (``index_model``, ``heading``, ``summary``) and the pages
    (``pages(locale)``: a queryset, ordered and sliced)."""

    feed_type = Rss201rev2Feed
    index_model = None
    heading = ""
    summary = ""

    def pages(self, locale):
        raise NotImplementedError

    def title(self, source):
        return f"{site_name_in(source.locale)}: {self.heading}"

    def description(self, source):
        return str(self.summary)

    subtitle = description

    def link(self, source):
        index = visible_pages(self.index_model).filter(locale=source.locale).first()
        return absolute_public_url(source.request, index) if index else source.request.build_absolute_uri("/")

    def items(self, source):
        items = list(self.pages(source.locale))
        for item in items:
            item.locale = source.locale
            item.feed_request = source.request
        return items

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return absolute_public_url(item.feed_request, item)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_enclosures(self, item):
        return image_enclosures(item.feed_request, item.main_image)
