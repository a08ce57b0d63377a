"""GraphQL types and the `events` root field."""

import graphene
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone
from graphql import GraphQLError

from api.arguments import plain
from api.blocks import BodyField
from api.media import MainImageField
from api.pagination import collection_of, date_range, page_list, pagination_arguments
from api.types import CountryType, PageObjectType, country_in_language
from events.models import DatePrecision, EventIndexPage, EventPage
from home.schema import MemberType, member_of_page


class EventIndexPageType(PageObjectType):
    """The events section of one language."""

    class Meta:
        model = EventIndexPage


class DatePrecisionEnum(graphene.Enum):
    """How much of an event's date is known."""

    class Meta:
        name = "DatePrecision"

    DAY = DatePrecision.DAY.value
    MONTH = DatePrecision.MONTH.value
    YEAR = DatePrecision.YEAR.value

    @property
    def description(self):
        return {
            DatePrecisionEnum.DAY: "The day is known (startDate).",
            DatePrecisionEnum.MONTH: "Only the month is known: startDate is its first day; the day is to be announced.",
            DatePrecisionEnum.YEAR: "Only the year is known: startDate is 1 January; the date is to be announced.",
        }.get(self)


class EventPageType(PageObjectType):
    """An event. `startDate`/`startTime` are local to `timeZone` (no time: all day);
    `startsAt`/`endsAt` are the same moments as UTC date-times. An event whose day is to be
    announced (`datePrecision` MONTH or YEAR) starts on the first day of that month or year and
    spans it (`startsAt`/`endsAt`); show it as "October 2013, date to be announced"."""

    all_day = graphene.Boolean(required=True)
    date_precision = graphene.Field(DatePrecisionEnum, required=True)
    country = graphene.Field(CountryType, description="Null when not set (e.g. online only).")
    main_image = MainImageField()
    body = BodyField()
    member = graphene.Field(
        MemberType,
        description="The member city or region hosting the event, in the page's language (null: none, or not published in that language).",
    )

    class Meta:
        model = EventPage
        # timeZone is an IANA name ("Europe/Sofia"), not an enum of 400 values.
        convert_choices_to_enum = False

    def resolve_member(page, info):
        return member_of_page(info, page)

    def resolve_all_day(page, info):
        return page.all_day

    def resolve_date_precision(page, info):
        return page.date_precision

    def resolve_country(page, info):
        return country_in_language(page.country, page.locale.language_code) if page.country else None


class EventSort(graphene.Enum):
    START_ASC = "starts_at"
    START_DESC = "-starts_at"


EventPageCollection = collection_of(EventPageType, "EventPageCollection")


class Query(graphene.ObjectType):
    events = graphene.Field(
        EventPageCollection,
        required=True,
        locale=graphene.String(),
        fallback=graphene.Boolean(default_value=False),
        upcoming=graphene.Boolean(description="True: not yet ended; false: ended; omitted: all."),
        date_from=graphene.Date(description="Events on or after this day (local dates)."),
        date_to=graphene.Date(description="Events on or before this day (local dates)."),
        country=graphene.String(description="ISO 3166-1 alpha-2 code, e.g. SK."),
        sort=EventSort(default_value=EventSort.START_ASC.value),
        **pagination_arguments(),
        description="Live events of one language, soonest first by default.",
    )

    def resolve_events(
        root,
        info,
        locale=None,
        fallback=False,
        upcoming=None,
        date_from=None,
        date_to=None,
        country=None,
        sort="starts_at",
        limit=None,
        offset=0,
    ):
        def narrow(queryset):
            if upcoming is not None:
                now = timezone.now()
                queryset = queryset.filter(ends_at__gte=now) if upcoming else queryset.filter(ends_at__lt=now)
            if date_from and date_to and date_from > date_to:
                raise GraphQLError("dateFrom must not be after dateTo.")
            if date_from or date_to:
                # Events overlapping those days: the last day on or after dateFrom, the first on or
                # before dateTo.
                queryset = queryset.annotate(ends_on=Coalesce("last_day", "end_date", F("start_date")))
                queryset = date_range(queryset, "ends_on", date_from, None)
                queryset = date_range(queryset, "start_date", None, date_to)
            if country:
                queryset = queryset.filter(country=country.upper())
            return queryset

        return page_list(info, EventPage, locale, fallback, (plain(sort), "pk"), limit, offset, narrow)
