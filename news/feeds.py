"""RSS 2.0 and Atom feeds of each language's news: /<lang>/feeds/news.rss and .atom."""

from datetime import datetime, time

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from api.feeds import PageFeed
from api.visibility import visible_pages
from news.models import NewsIndexPage, NewsPage, RemembrancePage

FEED_ITEMS = 30


class NewsFeed(PageFeed):
    """The latest live, public news and remembrance pages of the language in the URL, newest
    first (a commemoration by its date), with the intro as summary and the main image as an
    enclosure."""

    index_model = NewsIndexPage
    heading = _("News")
    summary = _("News of the European Alliance of Cities and Regions for Roma Inclusion")

    def pages(self, locale):
        def latest(model, date_field):
            pages = visible_pages(model).filter(locale=locale).select_related("main_image").defer_streamfields()
            return list(pages.order_by(f"-{date_field}", "-pk")[:FEED_ITEMS])

        pages = latest(NewsPage, "date") + latest(RemembrancePage, "commemoration_date")
        return sorted(pages, key=lambda page: (item_date(page), page.pk), reverse=True)[:FEED_ITEMS]

    def item_description(self, item):
        return item.intro or item.search_description

    def item_pubdate(self, item):
        # A page carries its day; noon keeps it on that day in every time zone nearby.
        return timezone.make_aware(datetime.combine(item_date(item), time(12)))


def item_date(page):
    """The day a news item or a commemoration is about."""
    return page.commemoration_date if isinstance(page, RemembrancePage) else page.date


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
