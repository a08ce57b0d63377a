"""/sitemap.xml and /robots.txt, read as a search engine reads them."""

import xml.etree.ElementTree as ET

import pytest

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def read_sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['s']}}}urlset"
    entries = {}
    for url in root.findall("s:url", NS):
        location = url.find("s:loc", NS).text
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        entries[location] = {"lastmod": url.find("s:lastmod", NS), "alternates": alternates}
    return entries


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_the_sitemap_lists_every_language_with_hreflang_alternates(client, en, fr):
    entries = read_sitemap(client)
    launch = NewsPage.objects.get(locale=en, slug="alliance-launched")
    english = "http://testserver" + launch.get_url()
    assert english in entries
    alternates = entries[english]["alternates"]
    assert set(alternates) >= {"en", "fr", "x-default"}
    assert alternates["en"] == english and alternates["x-default"] == english
    french = alternates["fr"]
    assert french in entries and french.startswith("http://testserver/fr/")
    assert entries[french]["alternates"] == alternates
    assert entries[english]["lastmod"] is not None
    assert "http://testserver/en/" in entries and "http://testserver/fr/" in entries
    assert len(entries) == len(set(entries))


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_the_sitemap_uses_the_frontend_urls(client, en, settings):
    settings.CMS_FRONTEND_URLS = {"*": "https://www.alliance.example/{lang}{path}"}
    entries = read_sitemap(client)
    assert entries and all(location.startswith("https://www.alliance.example/") for location in entries)
    assert "https://www.alliance.example/en/news/alliance-launched/" in entries


@pytest.mark.django_db
def test_a_page_published_later_appears_at_once(client, en, django_capture_on_commit_callbacks):
    read_sitemap(client)
    with django_capture_on_commit_callbacks(execute=True):
        page = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), slug="published-later", live=False)
        page.save_revision().publish()
    assert any(location.endswith("/published-later/") for location in read_sitemap(client))


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines and "User-agent: *" in lines


@pytest.mark.django_db
def test_past_the_protocol_limit_the_sitemap_is_an_index(client, en, monkeypatch):
    from home import views
    from tests.factories import NewsPageFactory

    for number in range(12):
        NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title=f"News {number}")

    monkeypatch.setattr(views, "SITEMAP_MAX_URLS", 10)
    index = ET.fromstring(client.get("/sitemap.xml").content)
    assert index.tag == f"{{{NS['s']}}}sitemapindex"
    locations = [item.find("s:loc", NS).text for item in index.findall("s:sitemap", NS)]
    assert locations[0] == "http://testserver/sitemap.xml?p=1" and len(locations) >= 2
    pages = [ET.fromstring(client.get(f"/sitemap.xml?p={number}").content) for number in range(1, len(locations) + 1)]
    assert all(len(page.findall("s:url", NS)) <= 10 for page in pages)
    assert client.get(f"/sitemap.xml?p={len(locations) + 1}").status_code == 404
    assert HomePage.objects.filter(locale=en).exists()
