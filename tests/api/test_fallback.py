"""Fallback said out loud: every page says whether it is in the requested language
(``isFallback``) and which language was asked for (``requestedLocale``), on every list and on
``page(...)``, with and without ``fallback``. A translation that is not yet approved is absent
without fallback and replaced by its source with it."""

import pytest
from wagtail.models import Locale
from wagtail_localize.operations import translate_object

from news.models import NewsIndexPage
from practices.models import GoodPracticeIndexPage
from tests.factories import (
    GoodPracticePageFactory,
    NewsPageFactory,
    RemembrancePageFactory,
    StrategyDocumentPageFactory,
)

pytestmark = pytest.mark.django_db

MARKER = "Zanzibarian"  # a word only the English-only pages below contain


@pytest.fixture
def english_only(en, fr, home_en, users_for_fallback, django_capture_on_commit_callbacks):
    """One live English page of each list's type without an approved French translation (the
    news page has an unapproved French draft)."""
    news_index = NewsIndexPage.objects.get(locale=en)
    pages = {
        "news": NewsPageFactory(parent=news_index, title=f"{MARKER} news", slug="english-only-news"),
        "remembrances": RemembrancePageFactory(
            parent=news_index, title=f"{MARKER} remembrance", slug="english-only-remembrance"
        ),
        "goodPractices": GoodPracticePageFactory(
            parent=GoodPracticeIndexPage.objects.get(locale=en),
            title=f"{MARKER} practice",
            slug="english-only-practice",
        ),
        "strategyDocuments": StrategyDocumentPageFactory(
            parent=home_en, title=f"{MARKER} strategy", slug="english-only-strategy"
        ),
    }
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(pages["news"], [fr], user=users_for_fallback)
    assert not pages["news"].get_translation(fr).live
    return pages


@pytest.fixture(scope="module")
def sample_site(django_db_setup, django_db_blocker):
    """French translations of a page of every type, beside the English-only ones."""
    from tests.factories import kept_for_the_module
    from tests.sample_site import build_sample_site

    with kept_for_the_module(django_db_blocker):
        yield build_sample_site()


@pytest.fixture
def users_for_fallback(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("fallback-admin", "a@example.org", "x")


LISTS = {
    "news": "news(locale: $locale, fallback: $fallback, limit: 100)",
    "remembrances": "remembrances(locale: $locale, fallback: $fallback, limit: 100)",
    "goodPractices": "goodPractices(locale: $locale, fallback: $fallback, limit: 100)",
    "strategyDocuments": "strategyDocuments(locale: $locale, fallback: $fallback, limit: 100)",
    "pages": "pages(locale: $locale, fallback: $fallback, limit: 100)",
    "search": f'search(query: "{MARKER}", locale: $locale, fallback: $fallback, limit: 100)',
}


def list_items(graphql, field, locale, fallback):
    query = (
        "query($locale: String, $fallback: Boolean) { result: "
        + LISTS[field]
        + " { items { title isFallback locale { languageCode } requestedLocale { languageCode } } } }"
    )
    result = graphql(query, {"locale": locale, "fallback": fallback})
    assert "errors" not in result, result
    return result["data"]["result"]["items"]


@pytest.mark.usefixtures("sample_site")
@pytest.mark.parametrize("field", list(LISTS))
def test_lists_mark_fallback_items(graphql, english_only, field):
    with_fallback = list_items(graphql, field, "fr", True)
    marked = [item for item in with_fallback if MARKER in item["title"]]
    assert marked, f"{field}: the English-only page is served with fallback"
    for item in with_fallback:
        assert item["requestedLocale"] == {"languageCode": "fr"}
        assert item["isFallback"] == (item["locale"]["languageCode"] != "fr")
    assert all(item["isFallback"] and item["locale"] == {"languageCode": "en"} for item in marked)
    if field != "search":
        assert any(not item["isFallback"] for item in with_fallback), "French pages are not marked"

    without = list_items(graphql, field, "fr", False)
    assert not [item for item in without if MARKER in item["title"]]
    assert all(not item["isFallback"] and item["locale"] == {"languageCode": "fr"} for item in without)

    english = list_items(graphql, field, "en", False)
    assert [item for item in english if MARKER in item["title"]]
    assert all(item["requestedLocale"] == {"languageCode": "en"} and not item["isFallback"] for item in english)


PAGE_FIELDS = "title isFallback locale { languageCode } requestedLocale { languageCode }"


def test_page_by_translation_key_and_by_id(graphql, english_only, fr):
    news = english_only["news"]
    query = f"query($key: UUID, $id: ID, $locale: String, $fallback: Boolean) {{ page(translationKey: $key, id: $id, locale: $locale, fallback: $fallback) {{ {PAGE_FIELDS} }} }}"
    missing = graphql(query, {"key": str(news.translation_key), "locale": "fr", "fallback": False})
    assert missing["data"]["page"] is None and missing["errors"][0]["message"] == "Page not found."

    fallback = graphql(query, {"key": str(news.translation_key), "locale": "fr", "fallback": True})["data"]["page"]
    assert fallback == {
        "title": news.title,
        "isFallback": True,
        "locale": {"languageCode": "en"},
        "requestedLocale": {"languageCode": "fr"},
    }

    by_id = graphql(query, {"id": str(news.pk)})["data"]["page"]
    assert by_id["isFallback"] is False and by_id["requestedLocale"] is None

    translated = english_only["news"].get_parent().specific  # the news index has an approved French version
    french = graphql(query, {"key": str(translated.translation_key), "locale": "fr", "fallback": True})["data"]["page"]
    assert french["isFallback"] is False and french["locale"] == {"languageCode": "fr"}


def test_page_by_url_path_with_fallback(graphql, english_only):
    query = f'{{ page(urlPath: "/news/english-only-news/", locale: "fr", fallback: true) {{ {PAGE_FIELDS} }} }}'
    result = graphql(query)
    # The French tree has no such path: the English page at that path is not a French page.
    assert result["data"]["page"] is None or result["data"]["page"]["isFallback"] is True


@pytest.mark.usefixtures("launch")
def test_nested_pages_have_no_requested_locale(graphql, english_only):
    result = graphql(
        f'{{ news(locale: "fr", limit: 1) {{ items {{ parent {{ {PAGE_FIELDS} }} translations {{ {PAGE_FIELDS} }} }} }} }}'
    )
    item = result["data"]["news"]["items"][0]
    assert item["parent"]["isFallback"] is False and item["parent"]["requestedLocale"] is None
    assert all(not translation["isFallback"] for translation in item["translations"])


def test_fallback_chain_is_configuration(graphql, english_only, settings):
    settings.CMS_LOCALE_FALLBACKS = {"fr": []}
    items = list_items(graphql, "news", "fr", True)
    assert not [item for item in items if MARKER in item["title"]]
    assert Locale.objects.filter(language_code="fr").exists()
