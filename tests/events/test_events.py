"""Events: the `events` query, the calendar per language and the events feeds, as partner
sites and calendar applications read them."""

import xml.etree.ElementTree as ET
from datetime import date, datetime, time

import icalendar
import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from editorial.organisation import EVENTS_WORKFLOW
from events.models import EventIndexPage, EventPage
from tests.factories import EventPageFactory

EVENTS = """query ($locale: String, $upcoming: Boolean, $from: Date, $to: Date, $country: String) {
  events(locale: $locale, upcoming: $upcoming, dateFrom: $from, dateTo: $to, country: $country) {
    totalCount
    items { title startDate endDate startTime allDay timeZone startsAt endsAt city organiser country { code name } url }
  }
}"""


@pytest.fixture
def seed_events(en):
    """The launching events of seed 001 (past) and the next 2 August commemoration, in
    English; the commemoration in French too."""
    from tests.factories import translate

    index = EventIndexPage.objects.get(locale=en)
    for city, country, zone, start in (
        ("Albena", "BG", "Europe/Sofia", date(2013, 10, 14)),
        ("Bucharest", "RO", "Europe/Bucharest", date(2013, 10, 21)),
        ("Košice", "SK", "Europe/Bratislava", date(2013, 11, 5)),
    ):
        EventPageFactory(
            parent=index,
            title=f"Launching event in {city}",
            city=city,
            country=country,
            time_zone=zone,
            start_date=start,
        )
    remembrance = EventPageFactory(
        parent=index,
        title="Roma Genocide Remembrance Day 2027",
        city="Oświęcim",
        country="PL",
        time_zone="Europe/Warsaw",
        start_date=date(2027, 8, 2),
    )
    translate(
        remembrance, texts={"Roma Genocide Remembrance Day 2027": "Journée de commémoration du génocide des Roms 2027"}
    )


def events(graphql, **variables):
    result = graphql(EVENTS, variables)
    assert "errors" not in result, result
    return result["data"]["events"]


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
def test_the_demo_events_come_from_the_seeds_soonest_first(graphql, en):
    found = events(graphql, locale="en")
    assert [item["city"] for item in found["items"]] == ["Albena", "Bucharest", "Košice", "Oświęcim"]
    albena = found["items"][0]
    assert albena["startDate"] == "2013-10-14" and albena["allDay"] and albena["timeZone"] == "Europe/Sofia"
    assert albena["startsAt"] == "2013-10-13T21:00:00+00:00"  # midnight in Sofia
    assert albena["country"] == {"code": "BG", "name": "Bulgaria"}
    assert albena["url"] == "/en/events/romact-romed2-launch-albena/"
    french = events(graphql, locale="fr")["items"]
    assert french[1]["city"] == "Bucarest" and french[1]["country"]["name"] == "Roumanie"


@pytest.mark.usefixtures("seed_events")
@pytest.mark.django_db
def test_events_filter_by_time_dates_and_country(graphql, en):
    assert [item["city"] for item in events(graphql, locale="en", upcoming=True)["items"]] == ["Oświęcim"]
    assert events(graphql, locale="en", upcoming=False)["totalCount"] == 3
    between = events(graphql, locale="en", **{"from": "2013-10-15", "to": "2013-10-31"})
    assert [item["city"] for item in between["items"]] == ["Bucharest"]
    assert [item["city"] for item in events(graphql, locale="en", country="sk")["items"]] == ["Košice"]
    wrong = graphql(EVENTS, {"locale": "en", "from": "2014-01-01", "to": "2013-01-01"})
    assert wrong["errors"][0]["message"] == "dateFrom must not be after dateTo."


@pytest.mark.django_db
def test_a_timed_event_is_stored_in_utc_from_its_local_time(graphql, en):
    event = EventPageFactory(
        parent=EventIndexPage.objects.get(locale=en),
        title="Taskforce meeting",
        start_date=date(2030, 3, 10),
        start_time=time(10, 0),
        end_time=time(12, 30),
        time_zone="Europe/Bucharest",
    )
    assert event.starts_at == datetime.fromisoformat("2030-03-10T08:00:00+00:00")
    found = graphql(f'{{ page(id: "{event.pk}") {{ ... on EventPage {{ startsAt endsAt allDay startTime }} }} }}')
    assert found["data"]["page"] == {
        "startsAt": "2030-03-10T08:00:00+00:00",
        "endsAt": "2030-03-10T10:30:00+00:00",
        "allDay": False,
        "startTime": "10:00:00",
    }


@pytest.mark.django_db
def test_an_event_cannot_end_before_it_starts(en):
    event = EventPage(title="Backwards", slug="backwards", start_date=date(2030, 5, 2), end_date=date(2030, 5, 1))
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "end_date" in error.value.message_dict


@pytest.mark.django_db
def test_events_have_their_own_review_workflow(en):
    event = EventPageFactory(parent=EventIndexPage.objects.get(locale=en))
    assert event.get_workflow().name == EVENTS_WORKFLOW


@pytest.mark.usefixtures("seed_events")
@pytest.mark.django_db
def test_the_calendar_of_each_language_parses_as_icalendar(client, en):
    EventPageFactory(
        parent=EventIndexPage.objects.get(locale=en),
        title="Taskforce meeting",
        start_date=date(2030, 3, 10),
        start_time=time(10, 0),
        end_time=time(12, 30),
        time_zone="Europe/Bucharest",
        registration_url="https://example.org/register",
    )
    response = client.get("/en/events.ics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    items = {str(item["SUMMARY"]): item for item in calendar.walk("VEVENT")}
    # The 2013 launches are more than a year past: a subscription shows what is coming.
    assert set(items) == {"Roma Genocide Remembrance Day 2027", "Taskforce meeting"}
    remembrance = items["Roma Genocide Remembrance Day 2027"]
    assert remembrance.decoded("DTSTART") == date(2027, 8, 2) and remembrance.decoded("DTEND") == date(2027, 8, 3)
    assert str(remembrance["LOCATION"]) == "Oświęcim, Poland"
    assert str(remembrance["URL"]).startswith("http://testserver/en/events/")
    meeting = items["Taskforce meeting"]
    assert meeting.decoded("DTSTART") == datetime.fromisoformat("2030-03-10T08:00:00+00:00")
    assert "https://example.org/register" in str(meeting["DESCRIPTION"])
    assert len({str(item["UID"]) for item in items.values()}) == 2
    french = icalendar.Calendar.from_ical(client.get("/fr/events.ics").content)
    assert [str(item["SUMMARY"]) for item in french.walk("VEVENT")] == [
        "Journée de commémoration du génocide des Roms 2027"
    ]


@pytest.mark.usefixtures("seed_events")
@pytest.mark.django_db
def test_the_events_feeds_list_upcoming_events(client, en):
    channel = ET.fromstring(client.get("/en/feeds/events.rss").content).find("channel")
    assert [item.find("title").text for item in channel.findall("item")] == ["Roma Genocide Remembrance Day 2027"]
    atom = ET.fromstring(client.get("/fr/feeds/events.atom").content)
    assert len(atom.findall("{http://www.w3.org/2005/Atom}entry")) == 1


@pytest.mark.django_db
def test_hidden_events_appear_nowhere(client, graphql, en):
    index = EventIndexPage.objects.get(locale=en)
    hidden = EventPageFactory(parent=index, title="Zebrafinch closed meeting", slug="closed-meeting")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    draft = EventPageFactory(parent=index, title="Zebrafinch draft meeting", slug="draft-meeting", live=False)
    assert draft.pk
    assert "Zebrafinch" not in str(events(graphql, locale="en"))
    for url in ("/en/events.ics", "/en/feeds/events.rss", "/en/feeds/events.atom", "/sitemap.xml"):
        body = client.get(url).content.decode()
        assert "Zebrafinch" not in body and "closed-meeting" not in body and "draft-meeting" not in body


@pytest.fixture
def italian_launch(en):
    """Seed 001: "a date is still to be set for the launching of ROMACT" in Italy: the month is
    known, not the day (a year ahead here, so that it is upcoming)."""
    from tests.factories import translate

    page = EventPageFactory(
        parent=EventIndexPage.objects.get(locale=en),
        title="Launch of ROMACT in Italy",
        city="Rome",
        country="IT",
        time_zone="Europe/Rome",
        start_date=date(2031, 11, 17),  # any day of the month: kept as its first
        date_precision="month",
    )
    translate(page, texts={"Launch of ROMACT in Italy": "Lancement de ROMACT en Italie"})
    return page


def test_an_event_whose_day_is_to_be_announced_spans_its_month_in_the_api(graphql, italian_launch):
    query = EVENTS.replace("items { title", "items { datePrecision title")
    found = graphql(query, {"locale": "en", "upcoming": True})["data"]["events"]["items"]
    launch = next(item for item in found if item["title"] == "Launch of ROMACT in Italy")
    assert launch["datePrecision"] == "MONTH"
    assert launch["startDate"] == "2031-11-01" and launch["startTime"] is None and launch["allDay"]
    assert launch["startsAt"] == "2031-10-31T23:00:00+00:00"  # 1 November, midnight in Rome
    assert launch["endsAt"] == "2031-11-30T23:00:00+00:00"  # the end of November in Rome
    in_november = graphql(query, {"locale": "en", "from": "2031-11-20", "to": "2031-11-20"})["data"]["events"]
    assert [item["title"] for item in in_november["items"]] == ["Launch of ROMACT in Italy"]


def test_a_day_to_be_announced_has_no_time_or_end_yet(en):
    page = EventPage(title="Launch in Italy", start_date=date(2031, 11, 1), start_time=time(10), date_precision="month")
    with pytest.raises(ValidationError) as raised:
        page.clean()
    assert "date_precision" in raised.value.message_dict


def test_calendars_and_feeds_say_the_date_is_to_be_announced(client, italian_launch):
    calendar = icalendar.Calendar.from_ical(client.get("/en/events.ics").content)
    launch = next(item for item in calendar.walk("VEVENT") if "ROMACT" in str(item["SUMMARY"]))
    assert str(launch["SUMMARY"]) == "Launch of ROMACT in Italy (date to be announced)"
    assert str(launch["STATUS"]) == "TENTATIVE"
    assert launch.decoded("DTSTART") == date(2031, 11, 1) and launch.decoded("DTEND") == date(2031, 12, 1)
    assert "Date to be announced: November 2031" in str(launch["DESCRIPTION"])
    french = icalendar.Calendar.from_ical(client.get("/fr/events.ics").content)
    summaries = [str(item["SUMMARY"]) for item in french.walk("VEVENT")]
    assert "Lancement de ROMACT en Italie (date à annoncer)" in summaries
    channel = ET.fromstring(client.get("/fr/feeds/events.rss").content).find("channel")
    item = next(item for item in channel.findall("item") if item.find("title").text == "Lancement de ROMACT en Italie")
    assert item.find("description").text.startswith("Date à annoncer : novembre 2031")
