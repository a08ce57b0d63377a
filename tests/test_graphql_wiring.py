"""The first GraphQL endpoint: every page type in both languages, live content only,
clear errors for bad input."""

import pytest

from news.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory

PAGE_TYPES = {
    "HomePage",
    "StandardPage",
    "NewsIndexPage",
    "NewsPage",
    "RemembrancePage",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "StrategyDocumentPage",
}


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr"])
def test_pages_in_each_language_cover_every_page_type(graphql, code):
    result = graphql(
        "query ($locale: String) { pages(locale: $locale, limit: 100) { __typename title locale { languageCode } } }",
        {"locale": code},
    )
    assert "errors" not in result
    pages = result["data"]["pages"]
    assert {page["__typename"] for page in pages} == PAGE_TYPES
    assert {page["locale"]["languageCode"] for page in pages} == {code}


@pytest.mark.django_db
def test_news_in_english_and_french(graphql):
    query = 'query ($locale: String) { news(locale: $locale) { title urlPath date locale { languageCode } } }'
    english = graphql(query, {"locale": "en"})["data"]["news"]
    french = graphql(query, {"locale": "fr"})["data"]["news"]
    assert len(english) == len(french) == 6
    assert english[0]["date"] >= english[-1]["date"]
    assert "Next launching events of ROMED2 and ROMACT" in {item["title"] for item in english}
    assert "Prochains événements de lancement de ROMED2 et ROMACT" in {item["title"] for item in french}
    assert "/actualites/evenements-lancement-romed2-romact/" in {item["urlPath"] for item in french}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "count"),
    [("remembrances", 2), ("goodPractices", 8), ("strategyDocuments", 1), ("members", 20)],
)
@pytest.mark.parametrize("code", ["en", "fr"])
def test_typed_lists_answer_in_both_languages(graphql, field, count, code):
    selection = "name" if field == "members" else "title"
    result = graphql(f'{{ {field}(locale: "{code}") {{ {selection} }} }}')
    assert "errors" not in result
    assert len(result["data"][field]) == count


@pytest.mark.django_db
def test_good_practice_filters_and_french_labels(graphql):
    result = graphql(
        '{ goodPractices(locale: "fr", theme: "housing", country: "ro") '
        "{ title country { code name } themes { code label } status level } }"
    )
    (practice,) = result["data"]["goodPractices"]
    assert practice["country"] == {"code": "RO", "name": "Roumanie"}
    assert practice["themes"] == [{"code": "housing", "label": "Logement"}]
    assert practice["status"] == "demonstrated"


@pytest.mark.django_db
def test_drafts_and_unpublished_pages_never_appear(graphql, en):
    index = NewsIndexPage.objects.get(locale=en)
    NewsPageFactory(parent=index, title="Secret draft", live=False)
    published = NewsPage.objects.filter(locale=en).first()
    published.unpublish()
    titles = {item["title"] for item in graphql('{ news(locale: "en", limit: 100) { title } }')["data"]["news"]}
    everything = {item["title"] for item in graphql('{ pages(locale: "en", limit: 100) { title } }')["data"]["pages"]}
    assert "Secret draft" not in titles | everything
    assert published.title not in titles | everything


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('{ pages(locale: "xx") { title } }', "Unknown locale 'xx'. Available locales: en, fr."),
        ("{ news(limit: 101) { title } }", "limit must be between 1 and 100, got 101."),
        ("{ news(offset: -1) { title } }", "offset must be 0 or more, got -1."),
        ('{ pages(pageType: "Nope") { title } }', "Unknown page type 'Nope'."),
    ],
)
def test_bad_arguments_are_graphql_errors(graphql, query, message):
    result = graphql(query)
    assert result["data"] is None
    assert result["errors"][0]["message"].startswith(message)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["{ nope }", "{ pages { ", '{ news(limit: "ten") { title } }'])
def test_invalid_documents_are_json_errors_not_500(graphql, query):
    result = graphql(query, expected_status=400)
    assert result["errors"][0]["message"]
