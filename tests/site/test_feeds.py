"""News feeds per language, read as a feed reader reads them (RSS 2.0 and Atom)."""

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest

from news.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory

ATOM = {"a": "http://www.w3.org/2005/Atom"}


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_the_english_rss_feed_lists_english_news_newest_first(client, en):
    from wagtail.models import Collection

    from tests.media import make_image

    picture = make_image("Dosta! prize", Collection.get_first_root_node())
    for date in ("2014-05-01", "2013-01-15"):
        NewsPageFactory(
            parent=NewsIndexPage.objects.get(locale=en),
            date=date,
            first_published_at=f"{date}T09:00Z",
            main_image=picture,
        )
    response = client.get("/en/feeds/news.rss")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.find("title").text.endswith("News")
    assert channel.find("link").text.startswith("http://testserver/en/")
    items = channel.findall("item")
    english = NewsPage.objects.live().filter(locale=en)
    assert items and len(items) == min(30, english.count())
    dates = [parsedate_to_datetime(item.find("pubDate").text) for item in items]
    assert dates == sorted(dates, reverse=True)
    titles = {item.find("title").text for item in items}
    assert titles <= set(english.values_list("title", flat=True))
    for item in items:
        assert item.find("link").text.startswith("http://testserver/en/news/")
        assert item.find("description") is not None
    with_image = [item.find("enclosure") for item in items if item.find("enclosure") is not None]
    assert with_image, "news with a picture enclose it"
    enclosure = with_image[0]
    assert enclosure.get("url").startswith("http://testserver/") and int(enclosure.get("length")) > 0
    assert enclosure.get("type").startswith("image/")


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_the_french_atom_feed_lists_french_news(client, fr):
    response = client.get("/fr/feeds/news.atom")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.find("a:title", ATOM).text.endswith("Actualités")
    entries = feed.findall("a:entry", ATOM)
    french = set(NewsPage.objects.live().filter(locale=fr).values_list("title", flat=True))
    assert entries and {entry.find("a:title", ATOM).text for entry in entries} <= french
    for entry in entries:
        assert entry.find("a:link", ATOM).get("href").startswith("http://testserver/fr/")
        assert entry.find("a:updated", ATOM).text


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_feeds_link_to_the_frontend_and_follow_publishing(client, en, settings, django_capture_on_commit_callbacks):
    settings.CMS_FRONTEND_URLS = {"*": "https://www.alliance.example/{lang}{path}"}
    links = [item.find("link").text for item in ET.fromstring(client.get("/en/feeds/news.rss").content).iter("item")]
    assert links and all(link.startswith("https://www.alliance.example/en/news/") for link in links)
    with django_capture_on_commit_callbacks(execute=True):
        page = NewsPageFactory(
            parent=NewsIndexPage.objects.get(locale=en), slug="fresh", title="Fresh news", date="2099-01-01", live=False
        )
        page.save_revision().publish()
    first = next(ET.fromstring(client.get("/en/feeds/news.rss").content).iter("item"))
    assert first.find("title").text == "Fresh news"


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_french_feeds_and_calendar_carry_the_french_site_name(client, fr):
    """The site's name in each language is its home page's title, as siteSettings.siteName
    gives it; feeds and the calendar said the English WAGTAIL_SITE_NAME."""
    from home.models import HomePage

    french_name = HomePage.objects.get(locale=fr).title
    assert french_name != HomePage.objects.get(locale__language_code="en").title
    rss = ET.fromstring(client.get("/fr/feeds/news.rss").content).find("channel")
    assert rss.find("title").text == f"{french_name}: Actualités"
    atom = ET.fromstring(client.get("/fr/feeds/news.atom").content)
    assert atom.find("a:title", ATOM).text == f"{french_name}: Actualités"
    calendar = client.get("/fr/events.ics").content.decode()
    assert f"X-WR-CALNAME:{french_name}: Événements" in calendar.replace("\r\n ", "")


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_remembrance_pages_are_in_the_news_feed_by_their_date(client, en):
    from news.models import NewsIndexPage
    from tests.factories import RemembrancePageFactory

    index = NewsIndexPage.objects.get(locale=en)
    NewsPageFactory(parent=index, title="Dosta! prize awarded", date="2030-01-10")
    RemembrancePageFactory(
        parent=index, title="Roma Genocide Remembrance Day 2030", commemoration_date="2030-08-02", year=2030
    )
    items = ET.fromstring(client.get("/en/feeds/news.rss").content).find("channel").findall("item")
    titles = [item.find("title").text for item in items]
    assert titles[:2] == ["Roma Genocide Remembrance Day 2030", "Dosta! prize awarded"]
    assert parsedate_to_datetime(items[0].find("pubDate").text).date().isoformat() == "2030-08-02"
