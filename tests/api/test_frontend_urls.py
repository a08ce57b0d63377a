"""CMS_FRONTEND_URLS: the public frontend's URL of each page, per language, wherever a reader
follows a link (API `url`, navigation, rich text links, webhooks, previews); `cmsUrl` stays the
CMS's own."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.test import RequestFactory

from api.pages import url_path_in_locale
from editorial.webhooks import page_payload
from news.models import NewsPage

FRONTEND = {"fr": "https://www.alliance.example/fr{path}", "*": "https://www.alliance.example/{lang}{path}"}


@pytest.fixture
def frontend(settings):
    settings.CMS_FRONTEND_URLS = FRONTEND


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_without_a_frontend_urls_are_the_cms_own(graphql, en):
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    found = graphql(f'{{ page(id: "{page.pk}") {{ url cmsUrl }} }}')["data"]["page"]
    assert found == {"url": "/en/news/alliance-launched/", "cmsUrl": "/en/news/alliance-launched/"}


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_page_urls_and_navigation_point_to_the_frontend(graphql, en, frontend):
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    found = graphql(f'{{ page(id: "{page.pk}") {{ url cmsUrl translations {{ url locale {{ languageCode }} }} }} }}')
    found = found["data"]["page"]
    assert found["url"] == "https://www.alliance.example/en/news/alliance-launched/"
    assert found["cmsUrl"] == "/en/news/alliance-launched/"
    french = next(item for item in found["translations"] if item["locale"]["languageCode"] == "fr")
    assert french["url"].startswith("https://www.alliance.example/fr/") and "/fr/fr/" not in french["url"]
    menu = graphql('{ navigation(locale: "fr") { url } }')["data"]["navigation"]
    assert menu and all(item["url"].startswith("https://www.alliance.example/fr/") for item in menu)


@pytest.mark.django_db
def test_rich_text_links_point_to_the_frontend(graphql, home_en, frontend):
    from tests.factories import StandardPageFactory

    history = StandardPageFactory(parent=home_en, title="History", slug="history")
    about = StandardPageFactory(parent=home_en, title="About us", slug="about-us")
    about.body = [("paragraph", f'<p>Read <a linktype="page" id="{history.pk}">our history</a>.</p>')]
    about.save_revision().publish()
    body = graphql(
        f'{{ page(id: "{about.pk}") {{ ... on StandardPage {{ body {{ ... on ParagraphBlock {{ html }} }} }} }} }}'
    )
    html = body["data"]["page"]["body"][0]["html"]
    assert f'href="https://www.alliance.example/en{url_path_in_locale(history)}"' in html


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_webhook_events_and_previews_carry_the_frontend_url(en, frontend):
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    assert page_payload(page, "published")["page"]["url"] == "https://www.alliance.example/en/news/alliance-launched/"
    page.title = "Draft"
    response = page.serve_preview(RequestFactory().get("/admin/pages/preview/"), page.default_preview_mode)
    target = urlparse(response.url)
    assert (
        f"{target.scheme}://{target.netloc}{target.path}" == "https://www.alliance.example/en/news/alliance-launched/"
    )
    assert parse_qs(target.query)["token"]
