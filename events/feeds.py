"""Each language's events as a calendar (/<lang>/events.ics, iCalendar) and as feeds
(/<lang>/feeds/events.rss and .atom)."""

from datetime import timedelta

import icalendar
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from api.feeds import PageFeed, cached_document, request_locale
from api.pages import absolute_public_url, site_name_in
from api.types import country_name
from api.visibility import visible_pages
from events.models import DatePrecision, EventIndexPage, EventPage

# A calendar subscription shows what is coming and the last year's events.
CALENDAR_PAST_DAYS = 365
CALENDAR_MAX_EVENTS = 500
FEED_ITEMS = 30


def events_of(locale):
    return visible_pages(EventPage).filter(locale=locale).select_related("main_image").defer_streamfields()


def where(event, language_code):
    """The event's place, city and country in one line."""
    country = country_name(event.country.code, language_code) if event.country else ""
    return ", ".join(part for part in (event.place, event.city, country) if part)


def calendar(request):
    """``/<lang>/events.ics``: the live, public events of the language in the URL (upcoming,
    and those of the last year) as an iCalendar document; times in UTC, all-day events as dates."""

    def build():
        locale = request_locale()
        since = timezone.now() - timedelta(days=CALENDAR_PAST_DAYS)
        events = events_of(locale).filter(ends_at__gte=since).order_by("starts_at", "pk")[:CALENDAR_MAX_EVENTS]
        document = icalendar.Calendar()
        document.add("prodid", "-//Council of Europe//Alliance CMS//EN")
        document.add("version", "2.0")
        document.add("calscale", "GREGORIAN")
        document.add("method", "PUBLISH")
        document.add("x-wr-calname", f"{site_name_in(locale)}: {_('Events')}")
        for event in events:
            event.locale = locale
            document.add_component(calendar_event(request, event, locale.language_code))
        return document.to_ical(), "text/calendar; charset=utf-8"

    return cached_document(request, "events.ics", build)


def to_be_announced(event):
    """ "Date to be announced: October 2013" for an event whose day is not known yet, else ""."""
    if not event.date_to_be_announced:
        return ""
    period = (
        event.start_date.year if event.date_precision == DatePrecision.YEAR else date_format(event.start_date, "F Y")
    )
    return _("Date to be announced: %(period)s") % {"period": period}


def calendar_event(request, event, language_code):
    item = icalendar.Event()
    item.add("uid", f"{event.translation_key}-{language_code}@alliance-cms")
    item.add("dtstamp", event.last_published_at or timezone.now())
    if event.date_to_be_announced:
        # Its month or year, all day and tentative: a calendar shows when it will be, roughly.
        item.add("dtstart", event.start_date)
        item.add("dtend", event.period_end() + timedelta(days=1))
        item.add("status", "TENTATIVE")
    elif event.all_day:
        item.add("dtstart", event.start_date)
        item.add("dtend", (event.end_date or event.start_date) + timedelta(days=1))
    else:
        item.add("dtstart", event.starts_at)  # aware, in UTC: written with Z, needing no VTIMEZONE
        item.add("dtend", event.ends_at)
    item.add("summary", f"{event.title} ({_('date to be announced')})" if event.date_to_be_announced else event.title)
    organiser = f"{_('Organiser')}: {event.organiser}" if event.organiser else ""
    registration = f"{_('Registration')}: {event.registration_url}" if event.registration_url else ""
    online = f"{_('Online')}: {event.online_url}" if event.online_url else ""
    description = "\n\n".join(
        part for part in (to_be_announced(event), event.intro, organiser, registration, online) if part
    )
    if description:
        item.add("description", description)
    location = where(event, language_code)
    if location:
        item.add("location", location)
    url = absolute_public_url(request, event)
    if url:
        item.add("url", url)
    if event.last_published_at:
        item.add("last-modified", event.last_published_at)
    return item


class EventFeed(PageFeed):
    """Upcoming live, public events of the language in the URL, soonest first."""

    index_model = EventIndexPage
    heading = _("Events")
    summary = _("Events of the European Alliance of Cities and Regions for Roma Inclusion")

    def pages(self, locale):
        return events_of(locale).filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")[:FEED_ITEMS]

    def item_description(self, item):
        parts = (to_be_announced(item), item.intro, where(item, item.locale.language_code))
        return "\n".join(part for part in parts if part)

    def item_pubdate(self, item):
        return item.first_published_at


class EventAtomFeed(EventFeed):
    feed_type = Atom1Feed
