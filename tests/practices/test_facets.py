"""goodPractices { facets }: faceted-search counts as a filter UI needs them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

FACETS = """query ($locale: String, $themes: [ThemeCode!], $status: PracticeStatus, $country: String) {
  goodPractices(locale: $locale, themes: $themes, status: $status, country: $country, limit: 1) {
    totalCount
    facets {
      themes { code value label count }
      countries { code name count }
      statuses { value label count }
      levels { value label count }
      dostaPrizeYears { year count }
    }
  }
}"""
TOTAL = """query ($locale: String, $themes: [ThemeCode!], $status: PracticeStatus, $country: String,
  $level: PracticeLevel, $year: Int) {
  goodPractices(locale: $locale, themes: $themes, status: $status, country: $country, level: $level,
    dostaPrizeYear: $year) { totalCount }
}"""


@pytest.fixture
def practices(en):
    """Good practices over several themes, countries, statuses, levels and Dosta! years."""
    from practices.models import GoodPracticeIndexPage, GoodPracticePage, Theme
    from tests.factories import GoodPracticePageFactory

    index = GoodPracticeIndexPage.objects.get(locale=en)
    Status, Level = GoodPracticePage.Status, GoodPracticePage.Level
    for themes, country, status, level, year in (
        (["education"], "SK", Status.PROMISING, Level.LOCAL, None),
        (["education", "housing"], "RO", Status.DEMONSTRATED, Level.REGIONAL, 2015),
        (["health"], "BG", Status.REPLICATED, Level.LOCAL, None),
        (["health", "employment"], "RO", Status.REPLICATED, Level.NATIONAL, 2017),
        (["employment"], "FR", Status.PROMISING, Level.LOCAL, 2015),
    ):
        practice = GoodPracticePageFactory(
            parent=index, country=country, status=status, level=level, dosta_prize_year=year
        )
        practice.themes.set(Theme.objects.filter(code__in=themes))
        practice.save()  # themes are a ParentalManyToManyField: written with the page


def facets_of(graphql, **variables):
    result = graphql(FACETS, {"locale": "en", **variables})
    assert "errors" not in result, result
    return result["data"]["goodPractices"]


def total(graphql, **variables):
    return graphql(TOTAL, {"locale": "en", **variables})["data"]["goodPractices"]["totalCount"]


@pytest.mark.usefixtures("practices")
@pytest.mark.django_db
def test_without_filters_each_count_is_what_that_filter_would_give(graphql, en):
    found = facets_of(graphql)
    facets = found["facets"]
    assert facets["themes"] and facets["countries"] and facets["statuses"] and facets["levels"]
    for theme in facets["themes"]:
        assert theme["count"] == total(graphql, themes=[theme["value"]])
    for country in facets["countries"]:
        assert country["count"] == total(graphql, country=country["code"])
    for status in facets["statuses"]:
        assert status["count"] == total(graphql, status=status["value"])
    for level in facets["levels"]:
        assert level["count"] == total(graphql, level=level["value"])
    for year in facets["dostaPrizeYears"]:
        assert year["count"] == total(graphql, year=year["year"])
    assert sum(status["count"] for status in facets["statuses"]) == found["totalCount"]
    counts = [theme["count"] for theme in facets["themes"]]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.usefixtures("practices")
@pytest.mark.django_db
def test_each_facet_ignores_its_own_filter_and_applies_the_others(graphql, en):
    unfiltered = facets_of(graphql)["facets"]
    theme = unfiltered["themes"][0]["value"]
    status = next(item["value"] for item in unfiltered["statuses"])
    found = facets_of(graphql, themes=[theme], status=status)
    facets = found["facets"]
    # Themes: counted with the status filter only.
    for item in facets["themes"]:
        assert item["count"] == total(graphql, themes=[item["value"]], status=status)
    # Statuses: counted with the theme filter only.
    for item in facets["statuses"]:
        assert item["count"] == total(graphql, themes=[theme], status=item["value"])
    # Others: with both filters.
    for item in facets["countries"]:
        assert item["count"] == total(graphql, themes=[theme], status=status, country=item["code"])
    assert found["totalCount"] == total(graphql, themes=[theme], status=status)


@pytest.mark.django_db
def test_labels_are_in_the_requested_language(graphql, fr):
    facets = facets_of(graphql, locale="fr")["facets"]
    labels = {item["value"]: item["label"] for item in facets["statuses"]}
    assert set(labels.values()) <= {"Prometteuse", "Démontrée", "Reproduite", "Prometteur", "Démontré", "Reproduit"}
    assert all(item["name"] != item["code"] for item in facets["countries"])


@pytest.mark.django_db
def test_facets_cost_one_query_per_facet_whatever_the_filters(graphql, en):
    from django.core.cache import cache

    without_facets = FACETS.replace(FACETS[FACETS.index("    facets {") : FACETS.index("  }\n}")], "")

    def queries(query, **variables):
        graphql(query, {"locale": "en", **variables})
        cache.clear()  # the facets are kept in the shared cache: count their queries
        with CaptureQueriesContext(connection) as context:
            assert "errors" not in graphql(query, {"locale": "en", **variables})
        return len(context.captured_queries)

    for variables in ({}, {"themes": ["EDUCATION", "HOUSING"], "status": "PROMISING", "country": "RO"}):
        assert queries(FACETS, **variables) - queries(without_facets, **variables) == 5
