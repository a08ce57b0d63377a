"""The editorial calendar: scheduled go-lives, planned ones not approved yet, expiries, releases
and commemorations in one admin view, reached from the menu, and in each editor's private
iCalendar feed."""

import re
from datetime import date, datetime

import icalendar
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from editorial.models import Commemoration, Release
from news.models import NewsIndexPage
from tests.factories import NewsPageFactory


def at(year, month, day, hour=9):
    return timezone.make_aware(datetime(year, month, day, hour))


@pytest.fixture
def august_2027(en, fr, users):
    """August 2027: a news item approved to go live on 2 August, a French one planned but not
    approved, a page expiring, a release set for 2 August, and the commemoration."""
    english_index = NewsIndexPage.objects.get(locale=en)
    scheduled = NewsPageFactory(parent=english_index, title="Statement for 2 August 2027", live=False)
    scheduled.go_live_at = at(2027, 8, 2, 8)
    scheduled.save_revision(user=users["moderator"]).publish(user=users["moderator"])  # approved, scheduled
    planned = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=fr), locale=fr, title="Déclaration du 2 août", live=False
    )
    planned.go_live_at = at(2027, 8, 2, 8)
    planned.save_revision(user=users["editor"])
    planned.save(update_fields=["go_live_at"])
    expiring = NewsPageFactory(parent=english_index, title="Call for the Dosta! prize", live=True)
    expiring.expire_at = at(2027, 8, 31, 18)
    expiring.save_revision().publish()
    Release.objects.create(name="2 August 2027 package", scheduled_at=at(2027, 8, 2, 7))
    Commemoration.objects.create(
        name="Roma Genocide Remembrance Day", month=8, day=2, first_year=2015, note="Statement by 31 July."
    )
    Commemoration.objects.create(name="Dosta! prize ceremony", month=8, day=20, every_years=2, first_year=2008)
    return scheduled


@pytest.mark.usefixtures("august_2027")
@pytest.mark.django_db
def test_an_editor_finds_the_month_from_the_menu(clients):
    editor = clients["editor"]
    dashboard = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("editorial_calendar") in dashboard  # the menu item

    month = editor.get(reverse("editorial_calendar"), {"month": "2027-08"}).content.decode()
    rows = re.findall(r'<tr class="calendar-entry calendar-entry--(\w+)">(.*?)</tr>', month, re.S)
    kinds_and_titles = [(kind, re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", row)).strip()) for kind, row in rows]
    kinds = [kind for kind, _text in kinds_and_titles]
    assert kinds == ["commemoration", "release", "go_live", "planned", "expiry"]
    text = " ".join(text for _kind, text in kinds_and_titles)
    assert "Statement for 2 August 2027" in text and "Déclaration du 2 août" in text
    assert "Statement by 31 July." in text and "2 August 2027 package" in text
    assert "Dosta! prize ceremony" not in text  # every other year from 2008: 2028, not 2027

    # The next month's link, as shown.
    next_month = re.search(r'href="(\?month=2027-09)"', month).group(1)
    september = editor.get(reverse("editorial_calendar") + next_month).content.decode()
    assert "Nothing is scheduled this month." in september


@pytest.mark.usefixtures("august_2027")
@pytest.mark.django_db
def test_the_private_feed_address_works_without_signing_in_until_the_password_changes(clients, users):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "localdate", lambda *args: date(2027, 7, 1))
        page = clients["editor"].get(reverse("editorial_calendar")).content.decode()
        feed_url = re.search(r'id="editorial-calendar-feed" href="([^"]+)"', page).group(1)
        response = Client().get(feed_url)  # a calendar application: no session
        assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
        assert "no-store" in response["Cache-Control"]
        events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        summaries = sorted(str(event["summary"]) for event in events)
        assert "Goes live (approved): Statement for 2 August 2027 [en]" in summaries
        assert "Planned to go live (not approved yet): Déclaration du 2 août [fr]" in summaries
        assert "Commemoration: Roma Genocide Remembrance Day" in summaries
        go_live = next(event for event in events if "Statement for 2 August" in str(event["summary"]))
        assert go_live.decoded("dtstart") == at(2027, 8, 2, 8)
        assert str(go_live["url"]).startswith("http://testserver/admin/pages/")

        assert Client().get(feed_url.replace("-", "-0", 1)).status_code == 404
        users["editor"].set_password("a new password for 2027")
        users["editor"].save()
        assert Client().get(feed_url).status_code == 404


@pytest.mark.django_db
def test_a_commemoration_on_a_day_the_month_does_not_have_is_refused(clients):
    response = clients["moderator"].post(
        reverse("wagtailsnippets_editorial_commemoration:add"),
        {"name": "Nowhere day", "month": "2", "day": "30", "every_years": "1", "first_year": "2020", "note": ""},
    )
    assert response.status_code == 200 and "This month has no such day." in response.content.decode()
    leap = Commemoration(name="Leap", month=2, day=29, first_year=2020)
    assert leap.occurrences(date(2027, 1, 1), date(2028, 12, 31)) == [date(2027, 2, 28), date(2028, 2, 29)]
