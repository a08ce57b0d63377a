"""SQL query counts do not grow with the size of a list or of a page body, and stay within the
bounds docs/api.md gives (measured on a warm process: locales, the default site and visibility
facts come from the shared cache, as they do in production after the first request)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image

from api.registry import registry
from news.models import NewsIndexPage
from practices.models import GoodPracticeIndexPage, Theme
from tests.factories import GoodPracticePageFactory, NewsPageFactory, StandardPageFactory
from tests.media import make_document, make_image

NEWS_QUERY = """
query ($limit: Int) {
  news(locale: "en", limit: $limit) {
    totalCount
    items {
      title urlPath url date tags intro
      locale { languageCode }
      mainImage { title width srcset rendition(filter: "fill-600x338") { url width height } }
      translations { title url locale { languageCode } }
    }
  }
}
"""

# The list of a news site: with related pages.
NEWS_WITH_RELATED_QUERY = NEWS_QUERY.replace(
    "translations { title url locale { languageCode } }",
    "translations { title url locale { languageCode } } relatedPages { title url }",
)
# The same list with what an editorial dashboard adds.
NEWS_WITH_LINKS_QUERY = NEWS_WITH_RELATED_QUERY.replace(
    "relatedPages { title url }",
    "relatedPages { title url } translationStatus { status stringsTotal stringsTranslated }",
)

NAVIGATION_QUERY = """
{
  navigation(locale: "fr") { title urlPath url children { title urlPath url } }
  siteSettings(locale: "fr") { siteName contact { email phone } socialMedia { xUrl } locales { languageCode } }
}
"""

# The bounds of docs/api.md ("Performance").
LIST_BOUND = 8
EDITORIAL_LIST_BOUND = 10
DETAIL_BOUND = 10
NAVIGATION_BOUND = 6

PRACTICES_QUERY = """
query ($limit: Int) {
  goodPractices(locale: "en", limit: $limit) {
    totalCount
    items {
      title urlPath status level cityOrRegion periodStart
      country { code name }
      themes { code label }
      locale { languageCode }
      mainImage { rendition(filter: "fill-300x300") { url } }
    }
  }
}
"""

DETAIL_QUERY = """
query ($id: ID) {
  page(id: $id) {
    title urlPath url seoTitle
    locale { languageCode }
    translations { url locale { languageCode } }
    ancestors { title urlPath }
    ... on StandardPage {
      mainImage { srcset }
      body {
        __typename
        ... on HeadingBlock { text }
        ... on ParagraphBlock { html }
        ... on FigureBlock { caption image { srcset rendition(filter: "width-800") { url } } }
        ... on DocumentLinkBlock { title document { url fileSize fileType } }
      }
    }
  }
}
"""


def count_queries(graphql, query, variables):
    graphql(query, variables)  # warm-up: renditions are generated once
    with CaptureQueriesContext(connection) as context:
        result = graphql(query, variables)
    assert "errors" not in result, result["errors"]
    return len(context.captured_queries), result


@pytest.fixture
def history(home_en):
    return StandardPageFactory(parent=home_en, title="History", slug="history")


@pytest.fixture
def many_news(en, fr, history):
    """100 English news items with images, tags and a French translation each."""
    from wagtail.models import Collection

    images = [make_image(f"Picture {number}", Collection.get_first_root_node()) for number in range(4)]
    english_index = NewsIndexPage.objects.get(locale=en)
    french_index = NewsIndexPage.objects.get(locale=fr)
    for number in range(100):
        page = NewsPageFactory(
            parent=english_index,
            main_image=images[number % 4],
            date="2025-01-01",
            related_pages=[{"type": "page", "value": history.pk, "id": f"r{number}"}],
        )
        page.tags.add("ROMACT", f"tag-{number % 7}")
        page.save()
        NewsPageFactory(
            parent=french_index, locale=fr, translation_key=page.translation_key, main_image=page.main_image
        )


@pytest.mark.django_db
def test_news_list_costs_the_same_for_10_and_100_items(graphql, many_news):
    ten, result_ten = count_queries(graphql, NEWS_QUERY, {"limit": 10})
    hundred, result_hundred = count_queries(graphql, NEWS_QUERY, {"limit": 100})
    assert len(result_hundred["data"]["news"]["items"]) == 100
    assert all(
        item["translations"] and item["tags"] and item["mainImage"] for item in result_hundred["data"]["news"]["items"]
    )
    assert ten == hundred <= LIST_BOUND


@pytest.mark.django_db
def test_news_list_with_related_pages_stays_within_the_list_bound(graphql, many_news):
    ten, _ = count_queries(graphql, NEWS_WITH_RELATED_QUERY, {"limit": 10})
    hundred, result = count_queries(graphql, NEWS_WITH_RELATED_QUERY, {"limit": 100})
    assert all(
        item["relatedPages"] == [{"title": "History", "url": "/en/history/"}]
        for item in result["data"]["news"]["items"]
    )
    assert ten == hundred <= LIST_BOUND


@pytest.mark.django_db
def test_related_pages_and_translation_status_are_batched_too(graphql, many_news):
    ten, _ = count_queries(graphql, NEWS_WITH_LINKS_QUERY, {"limit": 10})
    hundred, result = count_queries(graphql, NEWS_WITH_LINKS_QUERY, {"limit": 100})
    items = result["data"]["news"]["items"]
    assert all(item["relatedPages"] == [{"title": "History", "url": "/en/history/"}] for item in items)
    assert all(item["translationStatus"][0]["status"] == "UP_TO_DATE" for item in items)
    assert ten == hundred <= EDITORIAL_LIST_BOUND


@pytest.mark.django_db
def test_good_practice_list_costs_the_same_for_10_and_100_items(graphql, en):
    index = GoodPracticeIndexPage.objects.get(locale=en)
    image = Image.objects.first()
    themes = list(Theme.objects.all())
    for number in range(100):
        practice = GoodPracticePageFactory(parent=index, main_image=image, country=["RO", "BG", "HU"][number % 3])
        practice.themes.set(themes[number % 8 : number % 8 + 2])
        practice.save()
    ten, _ = count_queries(graphql, PRACTICES_QUERY, {"limit": 10})
    hundred, result = count_queries(graphql, PRACTICES_QUERY, {"limit": 100})
    assert all(item["themes"] for item in result["data"]["goodPractices"]["items"])
    assert ten == hundred <= LIST_BOUND


def body_with(blocks_per_kind, history):
    from wagtail.models import Collection

    collection = Collection.get_first_root_node()
    body = []
    for number in range(blocks_per_kind):
        image = make_image(f"Figure {number}", collection)
        document = make_document(f"Report {number}", collection)
        body += [
            {"type": "heading", "value": {"text": f"Part {number}", "level": "h2"}, "id": f"h{number}"},
            {
                "type": "paragraph",
                "value": f'<p>See <a linktype="page" id="{history.pk}">history</a> and '
                f'<a linktype="document" id="{document.pk}">report</a>.</p>'
                f'<embed embedtype="image" id="{image.pk}" format="left" alt=""/>',
                "id": f"p{number}",
            },
            {"type": "figure", "value": {"image": image.pk, "caption": "c", "credit": ""}, "id": f"f{number}"},
            {"type": "document", "value": {"document": document.pk, "title": ""}, "id": f"d{number}"},
        ]
    return body


@pytest.mark.django_db
def test_page_detail_costs_the_same_for_a_short_and_a_long_body(graphql, home_en, history):
    about = StandardPageFactory(parent=home_en, title="About us")
    counts = []
    for blocks_per_kind in (2, 20):
        about.body = body_with(blocks_per_kind, history)
        about.save()
        count, result = count_queries(graphql, DETAIL_QUERY, {"id": str(about.pk)})
        assert len(result["data"]["page"]["body"]) == 4 * blocks_per_kind
        counts.append(count)
    assert counts[0] == counts[1] <= DETAIL_BOUND


@pytest.mark.django_db
def test_a_page_found_by_its_url_path_costs_no_more_than_by_id(graphql, home_en, history):
    """What a frontend routing by URL sends: the lookup by path adds no query to the detail."""
    about = StandardPageFactory(parent=home_en, title="About us", slug="about-us")
    about.body = body_with(3, history)
    about.save()
    by_id, _ = count_queries(graphql, DETAIL_QUERY, {"id": str(about.pk)})
    by_path_query = DETAIL_QUERY.replace("$id: ID", "$path: String").replace(
        "page(id: $id)", 'page(urlPath: $path, locale: "en")'
    )
    by_path, result = count_queries(graphql, by_path_query, {"path": "/about-us/"})
    assert result["data"]["page"]["title"] == "About us"
    assert by_path <= by_id <= DETAIL_BOUND


@pytest.mark.django_db
def test_navigation_and_site_settings_stay_within_their_bound(graphql, en):
    count, result = count_queries(graphql, NAVIGATION_QUERY, {})
    assert result["data"]["navigation"] and result["data"]["siteSettings"]["siteName"]
    assert count <= NAVIGATION_BOUND


@pytest.mark.django_db
def test_a_list_total_is_counted_once_per_content_version(graphql, many_news, en, step):
    query = '{ news(locale: "en", limit: 1) { totalCount } }'
    first = graphql(query)["data"]["news"]["totalCount"]
    with CaptureQueriesContext(connection) as context:
        assert graphql(query)["data"]["news"]["totalCount"] == first
    assert not any("COUNT(" in item["sql"] for item in context.captured_queries)
    # Publishing in that language makes the next answer count again, and right.
    with step():
        NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en)).save_revision().publish()
    with CaptureQueriesContext(connection) as context:
        assert graphql(query)["data"]["news"]["totalCount"] == first + 1
    assert any("COUNT(" in item["sql"] for item in context.captured_queries)


@pytest.mark.django_db
def test_the_translation_report_costs_the_same_for_10_and_100_items(graphql, many_news):
    """Each item's source and public translation are loaded with the window, not one by one."""
    query = """
    query ($limit: Int) {
      translationReport(locale: "fr", limit: $limit) { items { status source { title url } translation { title url } } }
    }"""
    ten, _ = count_queries(graphql, query, {"limit": 10})
    hundred, result = count_queries(graphql, query, {"limit": 100})
    items = result["data"]["translationReport"]["items"]
    assert len(items) == 100 and sum(1 for item in items if item["translation"]) > 50
    # One query per page type in the window (its own rows), never one per item.
    assert hundred - ten <= len(registry.page_models()) and hundred < 20
