"""RSS 2.0 and Atom feeds of each language's news: /<lang>/feeds/news.rss and .atom."""

from datetime import datetime, time

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from cms.api.feeds import CachedFeed, image_enclosures
from cms.api.pages import absolute_public_url, default_site
from cms.api.visibility import visible_pages
from news.models import NewsIndexPage, NewsPage

FEED_ITEMS = 30


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
