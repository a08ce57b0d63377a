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


class EventPage(MainImageMixin, BasePage):
    """An event, entered as a calendar does: local date and time in the event's time zone
    (no time: an all-day event). ``starts_at`` and ``ends_at`` are those moments in UTC, kept
    for ordering and filtering."""

    api_graphql_fields = [
        "start_date",
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
    start_time = models.TimeField(_("start time"), null=True, blank=True, help_text=_("Empty for an all-day event."))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Empty: the same day."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, choices=TIME_ZONES, default=DEFAULT_TIME_ZONE, help_text=_("Where it happens.")
    )
    starts_at = models.DateTimeField(_("starts at (UTC)"), editable=False)
    ends_at = models.DateTimeField(_("ends at (UTC)"), editable=False)
    place = models.CharField(_("place"), max_length=255, blank=True, help_text=_("Venue or address."))
    city = models.CharField(_("city"), max_length=255, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(_("online link"), blank=True, help_text=_("Stream or video meeting."))
    registration_url = models.URLField(_("registration link"), blank=True)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
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
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("place"), FieldRowPanel([FieldPanel("city"), FieldPanel("country")]), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("organiser"),
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

    def moments(self):
        """(start, end) as aware datetimes in the event's time zone; an all-day event ends at
        the midnight after its last day."""
        zone = zoneinfo.ZoneInfo(self.time_zone or DEFAULT_TIME_ZONE)
        last_day = self.end_date or self.start_date
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
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": _("Give a start time too, or neither for an all-day event.")})
        start, end = self.moments()
        if end < start:
            raise ValidationError({"end_time": _("The event cannot end before it starts.")})

    def save(self, *args, **kwargs):
        if self.start_date is not None:
            self.starts_at, self.ends_at = self.moments()
        super().save(*args, **kwargs)
