"""Full-text search on PostgreSQL with each language's configuration (stemming, stop words).

Runs in the PostgreSQL suite; SQLite uses Wagtail's SQLite backend instead."""

import json

import pytest
from django.db import connection
from django.test import Client
from wagtail.search.backends import get_search_backend


def search(query, locale):
    body = {
        "query": "query ($q: String!, $l: String) { search(query: $q, locale: $l, limit: 100) { items { title } } }",
        "variables": {"q": query, "l": locale},
    }
    response = Client().post("/graphql/", json.dumps(body), content_type="application/json")
    return {item["title"] for item in response.json()["data"]["search"]["items"]}


pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL full-text search: runs in `make test-postgres`")


def test_backend_is_the_locale_aware_postgres_backend():
    assert type(get_search_backend()).__name__ == "LocaleAwarePostgresSearchBackend"


def test_french_pages_are_indexed_with_french_stemming(fr, en):
    from wagtail.models import Page
    from wagtail.search.models import IndexEntry

    french_home = Page.objects.get(locale=fr, depth=2)
    english_home = Page.objects.get(locale=en, depth=2)
    pages = IndexEntry.objects.filter(content_type__model="homepage")
    french_title = pages.filter(object_id=str(french_home.pk)).values_list("title", flat=True).get()
    english_title = pages.filter(object_id=str(english_home.pk)).values_list("title", flat=True).get()
    assert "'européen'" in french_title  # french stemmer: européenne -> européen
    assert "'citi'" in english_title  # english stemmer: cities -> citi


def test_french_search_uses_french_stemming():
    # "européens" and "européenne" share the French stem; English stemming would not match them.
    assert "Alliance européenne des villes et des régions pour l'inclusion des Roms" in search("européens", "fr")
    assert "Alliance européenne des villes et des régions pour l'inclusion des Roms" in search("villes", "fr")


def test_english_search_uses_english_stemming(en):
    from news.models import NewsIndexPage
    from tests.factories import NewsPageFactory

    NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title="Next launching events of ROMED2 and ROMACT")
    assert "Next launching events of ROMED2 and ROMACT" in search("launch", "en")
