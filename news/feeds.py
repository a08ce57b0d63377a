"""RSS 2.0 and Atom feeds of each language's news: /<lang>/feeds/news.rss and .atom."""

from datetime import datetime, time

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from api.feeds import PageFeed
from api.visibility import visible_pages
from news.models import NewsIndexPage, NewsPage

FEED_ITEMS = 30


class NewsFeed(PageFeed):
    """The latest live, public news of the language in the URL, newest first, with the intro as
    summary and the main image as an enclosure."""

    index_model = NewsIndexPage
    heading = _("News")
    summary = _("News of the European Alliance of Cities and Regions for Roma Inclusion")

    def pages(self, locale):
        news = visible_pages(NewsPage).filter(locale=locale).select_related("main_image").defer_streamfields()
        return news.order_by("-date", "-pk")[:FEED_ITEMS]

    def item_description(self, item):
        return item.intro or item.search_description

    def item_pubdate(self, item):
        # A news item carries its date; noon keeps it on that day in every time zone nearby.
        return timezone.make_aware(datetime.combine(item.date, time(12)))


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
