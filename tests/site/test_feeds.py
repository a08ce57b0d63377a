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
