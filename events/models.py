"""Events: launch meetings, conferences, commemorations with a date, place and registration."""

import zoneinfo
from datetime import datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial import organisation
from home.blocks import BodyStreamBlock
from home.models import BasePage, MainImageMixin

DEFAULT_TIME_ZONE = "Europe/Paris"
TIME_ZONES = [
    (name, name) for name in sorted(zoneinfo.available_timezones()) if "/" in name and not name.startswith("Etc/")
]


class EventIndexPage(BasePage):
    """Lists the events of one language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")


class DatePrecision(models.TextChoices):
    """How much of an event's date is known: an announced launch "date still to be set" has a
    month or only a year."""

    DAY = "day", _("Day")
    MONTH = "month", _("Month only: day to be announced")
    YEAR = "year", _("Year only: date to be announced")


class EventPage(MainImageMixin, BasePage):
    """An event, entered as a calendar does: local date and time in the event's time zone
    (no time: an all-day event). ``starts_at`` and ``ends_at`` are those moments in UTC, kept
    for ordering and filtering. An event whose day is not known yet has a month or year
    precision: its start date is the first day of that month or year, and it spans it."""

    api_graphql_fields = [
        "start_date",
        "date_precision",
        "start_time",
        "end_date",
        "end_time",
        "time_zone",
        "starts_at",
        "ends_at",
        "place",
        "city",
        "online_url",
        "registration_url",
        "organiser",
    ]

    start_date = models.DateField(_("start date"))
    date_precision = models.CharField(
        _("date known"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Month or year: the date is still to be announced; give any day of that month or year."),
    )
    start_time = models.TimeField(_("start time"), null=True, blank=True, help_text=_("Empty for an all-day event."))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Empty: the same day."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, choices=TIME_ZONES, default=DEFAULT_TIME_ZONE, help_text=_("Where it happens.")
    )
    # The local day it ends on, kept for the day filters (an event to be announced: the end of
    # its month or year). Null on events saved before it existed: the filters fall back.
    last_day = models.DateField(_("last day"), editable=False, null=True)
    starts_at = models.DateTimeField(_("starts at (UTC)"), editable=False)
    ends_at = models.DateTimeField(_("ends at (UTC)"), editable=False)
    place = models.CharField(_("place"), max_length=255, blank=True, help_text=_("Venue or address."))
    city = models.CharField(_("city"), max_length=255, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(_("online link"), blank=True, help_text=_("Stream or video meeting."))
    registration_url = models.URLField(_("registration link"), blank=True)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    # Linked once, in any language: the API shows the member's translation in the page's language,
    # so a translation does not wait for the member to be translated (SynchronizedField).
    member = models.ForeignKey(
        "home.Member",
        verbose_name=_("host member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member city or region hosting the event: its profile lists it."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    workflow_name = organisation.EVENTS_WORKFLOW
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [
        index.SearchField("place"),
        index.SearchField("city"),
        index.SearchField("organiser"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
    ]
    override_translatable_fields = [SynchronizedField("member")]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("date_precision"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("place"), FieldRowPanel([FieldPanel("city"), FieldPanel("country")]), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldRowPanel([FieldPanel("organiser"), FieldPanel("member")]),
        FieldPanel("registration_url"),
        FieldPanel("main_image"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")
        indexes = [models.Index(fields=["starts_at", "page_ptr"], name="event_page_start_order")]

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def date_to_be_announced(self):
        return self.date_precision in (DatePrecision.MONTH, DatePrecision.YEAR)

    def period_end(self):
        """The last day of the month or year of an event whose day is to be announced."""
        if self.date_precision == DatePrecision.YEAR:
            return self.start_date.replace(month=12, day=31)
        following = (self.start_date.replace(day=28) + timedelta(days=4)).replace(day=1)
        return following - timedelta(days=1)

    def moments(self):
        """(start, end) as aware datetimes in the event's time zone; an all-day event ends at
        the midnight after its last day, one to be announced after its month or year."""
        zone = zoneinfo.ZoneInfo(self.time_zone or DEFAULT_TIME_ZONE)
        last_day = self.period_end() if self.date_to_be_announced else (self.end_date or self.start_date)
        start = datetime.combine(self.start_date, self.start_time or time(0), tzinfo=zone)
        if self.all_day:
            end = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=zone)
        else:
            end = datetime.combine(last_day, self.end_time or self.start_time, tzinfo=zone)
        return start, end

    def clean(self):
        super().clean()
        if self.start_date is None:
            return
        if self.date_to_be_announced:
            if self.start_time or self.end_time or self.end_date:
                raise ValidationError(
                    {"date_precision": _("An event whose day is to be announced has no time and no end date yet.")}
                )
            self.start_date = self.first_day()
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": _("Give a start time too, or neither for an all-day event.")})
        start, end = self.moments()
        if end < start:
            raise ValidationError({"end_time": _("The event cannot end before it starts.")})

    def first_day(self):
        """The start date an event to be announced keeps: the first day of its month or year."""
        if self.date_precision == DatePrecision.YEAR:
            return self.start_date.replace(month=1, day=1)
        return self.start_date.replace(day=1)

    def save(self, *args, **kwargs):
        if self.start_date is not None and self.date_to_be_announced:
            self.start_date = self.first_day()
        if self.start_date is not None:
            self.starts_at, self.ends_at = self.moments()
            self.last_day = self.period_end() if self.date_to_be_announced else (self.end_date or self.start_date)
        super().save(*args, **kwargs)
