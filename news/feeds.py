"""RSS 2.0 and Atom feeds of each language's news: /<lang>/feeds/news.rss and .atom."""

import mimetypes
from dataclasses import dataclass
from datetime import datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from cms.api.cache import cached_while_current
from cms.api.pages import absolute_public_url, default_site
from cms.api.visibility import private_collection_ids, visible_pages
from news.models import NewsIndexPage, NewsPage

FEED_ITEMS = 30
# The rendition each item's image is enclosed as (one of API_IMAGE_RENDITIONS).
ENCLOSURE_RENDITION = "width-1200"


@dataclass
class FeedSource:
    """What one request's feed is built from (a feed object is shared by every request)."""

    locale: Locale
    request: HttpRequest


class CachedFeed(Feed):
    """A feed kept in the shared cache, per language, host and frontend URLs, until the content
    of its language (or anything global) changes: every reader gets the same document."""

    def __call__(self, request, *args, **kwargs):
        language = translation.get_language()
        material = [type(self).__name__, language, request.get_host(), request.scheme, settings.CMS_FRONTEND_URLS]
        content, content_type = cached_while_current(
            "feed", material, lambda: self.rendered(request, *args, **kwargs), languages={language}
        )
        return HttpResponse(content, content_type=content_type)

    def rendered(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        return response.content, response["Content-Type"]

    def get_object(self, request):
        locale = Locale.objects.filter(language_code=translation.get_language()).first()
        if locale is None:
            raise Http404("No such language.")
        return FeedSource(locale, request)

    def feed_url(self, source):
        return source.request.build_absolute_uri()


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


class NewsFeed(CachedFeed):
    """The latest live, public news of the language in the URL, newest first, linking to the
    frontend's URLs (CMS_FRONTEND_URLS) or else the CMS's, with the intro as summary and the main
    image as an enclosure."""

    feed_type = Rss201rev2Feed

    def title(self, source):
        return f"{default_site().site_name}: {_('News')}"

    def description(self, source):
        return _("News of the European Alliance of Cities and Regions for Roma Inclusion")

    subtitle = description

    def link(self, source):
        index = visible_pages(NewsIndexPage).filter(locale=source.locale).first()
        return absolute_public_url(source.request, index) if index else source.request.build_absolute_uri("/")

    def items(self, source):
        items = list(
            visible_pages(NewsPage)
            .filter(locale=source.locale)
            .select_related("main_image")
            .defer_streamfields()
            .order_by("-date", "-pk")[:FEED_ITEMS]
        )
        for item in items:
            item.locale = source.locale
            item.feed_request = source.request
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro or item.search_description

    def item_link(self, item):
        return absolute_public_url(item.feed_request, item)

    def item_pubdate(self, item):
        # A news item carries its date; noon keeps it on that day in every time zone nearby.
        return timezone.make_aware(datetime.combine(item.date, time(12)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_enclosures(self, item):
        return image_enclosures(item.feed_request, item.main_image)


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
