"""Typed lists: every page type in both languages, filters, sorting, pagination, fallback."""

import pytest
from wagtail.models import Page

from news.models import NewsIndexPage, NewsPage
from tests.factories import (
    GoodPracticePageFactory,
    MemberFactory,
    NewsPageFactory,
    RemembrancePageFactory,
    StandardPageFactory,
    kept_for_the_module,
    translate,
)

NEWS = [  # title (en, fr), slug (en, fr), date, tags
    (
        ("The Alliance is launched", "L'Alliance est lancée"),
        ("alliance-launched", "lancement-alliance"),
        "2013-03-20",
        ["Congress"],
    ),
    (
        ("ROMACT: a joint programme for local Roma integration policies", "ROMACT : un programme conjoint"),
        ("romact-joint-programme", "programme-romact"),
        "2013-08-02",
        ["ROMACT"],
    ),
    (
        ("Next launching events of ROMED2 and ROMACT", "Prochains événements de lancement de ROMED2 et ROMACT"),
        ("romed2-romact-launching-events", "evenements-lancement-romed2-romact"),
        "2013-10-01",
        ["ROMACT"],
    ),
    (
        ("Dosta! Congress Prize for Municipalities awarded", "Prix Dosta! du Congrès décerné"),
        ("dosta-congress-prize", "prix-dosta-congres"),
        "2014-05-01",
        ["Congress"],
    ),
]
PRACTICES = [  # slug, themes, country, status, level, Dosta! prize year
    ("settlement-upgrading", ["housing"], "RO", "demonstrated", "regional", None),
    ("health-mediators", ["health"], "BG", "replicated", "local", None),
    ("job-placement", ["employment"], "HU", "promising", "local", None),
    ("inclusive-schooling", ["education"], "SK", "promising", "local", None),
    ("roma-advisory-council", ["participation"], "FR", "demonstrated", "local", 2015),
    ("mentoring-young-roma-women", ["education"], "ES", "demonstrated", "national", 2017),
]


@pytest.fixture(scope="module", autouse=True)
def bilingual_lists(django_db_setup, django_db_blocker):
    """News, a remembrance, good practices and members in English and French, two menu pages,
    a terminology note and contact details (made once: these tests only read)."""
    with kept_for_the_module(django_db_blocker):
        yield build_bilingual_lists()


def build_bilingual_lists():
    from wagtail.models import Locale, Site

    from home.models import ContactSettings, HomePage
    from practices.models import GoodPracticeIndexPage, Theme
    from tests.factories import TerminologyNoteFactory

    en = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=en)
    for title, french in (("About us", "À propos de nous"), ("History", "Historique")):
        page = StandardPageFactory(parent=home, title=title, show_in_menus=True)
        translation = translate(page, texts={title: french})
        for item in (page, translation):  # menus start with them, before the section indexes
            index = NewsIndexPage.objects.get(locale=item.locale)
            Page.objects.get(pk=item.pk).move(index, pos="left")
    news_index = NewsIndexPage.objects.get(locale=en)
    for (title, french), (slug, french_slug), date, tags in NEWS:
        page = NewsPageFactory(parent=news_index, title=title, slug=slug, date=date)
        page.tags.add(*tags)
        page.save_revision().publish()
        translate(page, texts={title: french, slug: french_slug})
    remembrance = RemembrancePageFactory(
        parent=news_index, title="Council of Europe marks International Remembrance Day of the Pharrajimos"
    )
    translate(remembrance)
    from events.models import EventIndexPage
    from tests.factories import EventPageFactory, StrategyDocumentPageFactory

    translate(EventPageFactory(parent=EventIndexPage.objects.get(locale=en)))
    translate(StrategyDocumentPageFactory(parent=home, title="Strategic orientations of the Alliance"))
    index = GoodPracticeIndexPage.objects.get(locale=en)
    for slug, themes, country, status, level, year in PRACTICES:
        practice = GoodPracticePageFactory(
            parent=index, slug=slug, country=country, status=status, level=level, dosta_prize_year=year
        )
        practice.themes.set(Theme.objects.filter(code__in=themes))
        practice.save_revision().publish()
        translate(practice, texts={slug: f"{slug}-fr"})
    for name, french, country, kind in (
        ("Bucharest", "Bucarest", "RO", "city"),
        ("Cluj County", "Județ de Cluj", "RO", "region"),
        ("Sofia", "Sofia", "BG", "city"),
    ):
        translate(MemberFactory(name=name, country=country, kind=kind), texts={name: french})
    translate(
        TerminologyNoteFactory(definition="<p>Roma, Sinti/Manouches, Travellers and related groups.</p>"),
        texts={"Roma and Travellers": "Roms et Gens du voyage"},
    )
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.contact_name, contact.phone = "Tobias Mayr", "+33 (0)3 88 41 32 28"
    contact.save()


PAGE_TYPES = {
    "HomePage",
    "StandardPage",
    "NewsIndexPage",
    "NewsPage",
    "RemembrancePage",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "StrategyDocumentPage",
    "EventIndexPage",
    "EventPage",
}


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr"])
def test_pages_in_each_language_cover_every_page_type(graphql, code):
    result = graphql(
        "query ($locale: String) { pages(locale: $locale, limit: 100) "
        "{ totalCount items { __typename title locale { languageCode } } } }",
        {"locale": code},
    )
    assert "errors" not in result
    pages = result["data"]["pages"]
    assert pages["totalCount"] == Page.objects.live().filter(locale__language_code=code, depth__gt=1).count()
    assert {page["__typename"] for page in pages["items"]} == PAGE_TYPES
    assert {page["locale"]["languageCode"] for page in pages["items"]} == {code}


@pytest.mark.django_db
def test_pages_filtered_by_type(graphql):
    result = graphql('{ pages(locale: "fr", types: [NewsPage, RemembrancePage]) { totalCount items { __typename } } }')
    assert result["data"]["pages"]["totalCount"] == len(NEWS) + 1
    assert {item["__typename"] for item in result["data"]["pages"]["items"]} == {"NewsPage", "RemembrancePage"}


@pytest.mark.django_db
def test_news_in_english_and_french(graphql):
    query = "query ($locale: String) { news(locale: $locale) { totalCount items { title urlPath date locale { languageCode } } } }"
    english = graphql(query, {"locale": "en"})["data"]["news"]["items"]
    french = graphql(query, {"locale": "fr"})["data"]["news"]["items"]
    assert len(english) == len(french) == len(NEWS)
    assert [item["date"] for item in english] == sorted((item["date"] for item in english), reverse=True)
    assert "Next launching events of ROMED2 and ROMACT" in {item["title"] for item in english}
    assert "Prochains événements de lancement de ROMED2 et ROMACT" in {item["title"] for item in french}
    assert "/actualites/evenements-lancement-romed2-romact/" in {item["urlPath"] for item in french}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "count"),
    [("remembrances", 1), ("goodPractices", len(PRACTICES)), ("strategyDocuments", 1), ("members", 3)],
)
@pytest.mark.parametrize("code", ["en", "fr"])
def test_typed_lists_answer_in_both_languages(graphql, field, count, code):
    selection = "name" if field == "members" else "title"
    result = graphql(f'{{ {field}(locale: "{code}", limit: 100) {{ totalCount items {{ {selection} }} }} }}')
    assert "errors" not in result
    assert result["data"][field]["totalCount"] == count
    assert len(result["data"][field]["items"]) == count


@pytest.mark.django_db
def test_news_filters_by_date_range_and_tag(graphql):
    in_2013 = graphql('{ news(dateFrom: "2013-01-01", dateTo: "2013-12-31") { totalCount } }')
    assert in_2013["data"]["news"]["totalCount"] == sum(1 for item in NEWS if item[2].startswith("2013"))
    romact = graphql('{ news(tag: "ROMACT") { items { title } } }')["data"]["news"]["items"]
    assert {item["title"] for item in romact} == {
        "ROMACT: a joint programme for local Roma integration policies",
        "Next launching events of ROMED2 and ROMACT",
    }
    error = graphql('{ news(dateFrom: "2014-01-01", dateTo: "2013-01-01") { totalCount } }')
    assert error["errors"][0]["message"] == "dateFrom must not be after dateTo."


@pytest.mark.django_db
def test_news_sort_comes_from_an_allow_list(graphql):
    ascending = graphql("{ news(sort: DATE_ASC, limit: 2) { items { date } } }")["data"]["news"]["items"]
    assert [item["date"] for item in ascending] == ["2013-03-20", "2013-08-02"]
    titles = graphql("{ news(sort: TITLE_ASC) { items { title } } }")["data"]["news"]["items"]
    assert [item["title"] for item in titles] == sorted(item["title"] for item in titles)
    rejected = graphql("{ news(sort: path) { totalCount } }", expected_status=400)
    assert "NewsSort" in rejected["errors"][0]["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ("themes: [HOUSING]", {"settlement-upgrading"}),
        ("themes: [HEALTH, EMPLOYMENT]", {"health-mediators", "job-placement"}),
        ('country: "sk"', {"inclusive-schooling"}),
        ("status: REPLICATED", {"health-mediators"}),
        ("level: NATIONAL", {"mentoring-young-roma-women"}),
        ("dostaPrize: true", {"roma-advisory-council", "mentoring-young-roma-women"}),
        ("dostaPrizeYear: 2017", {"mentoring-young-roma-women"}),
        ("themes: [EDUCATION], status: PROMISING", {"inclusive-schooling"}),
    ],
)
def test_good_practice_filters(graphql, arguments, expected):
    result = graphql(f'{{ goodPractices(locale: "en", {arguments}) {{ totalCount items {{ slug }} }} }}')
    assert {item["slug"] for item in result["data"]["goodPractices"]["items"]} == expected
    assert result["data"]["goodPractices"]["totalCount"] == len(expected)


@pytest.mark.django_db
def test_good_practice_labels_in_the_page_language(graphql):
    result = graphql(
        '{ goodPractices(locale: "fr", themes: [HOUSING]) '
        "{ items { country { code name } themes { code label } status level } } }"
    )
    (practice,) = result["data"]["goodPractices"]["items"]
    assert practice["country"] == {"code": "RO", "name": "Roumanie"}
    assert practice["themes"] == [{"code": "housing", "label": "Logement"}]
    assert practice["status"] == "demonstrated"


@pytest.mark.django_db
def test_members_filter_by_country_and_kind(graphql):
    romania = graphql('{ members(locale: "fr", country: "RO") { totalCount items { name country { name } } } }')
    assert romania["data"]["members"]["totalCount"] == 2
    assert {item["country"]["name"] for item in romania["data"]["members"]["items"]} == {"Roumanie"}
    regions = graphql('{ members(kind: "region") { items { name kind } } }')["data"]["members"]["items"]
    assert {item["kind"] for item in regions} == {"region"}


@pytest.mark.django_db
def test_pagination_pages_through_every_item_once(graphql):
    seen = []
    for offset in range(0, len(PRACTICES), 3):
        result = graphql(
            f"{{ goodPractices(limit: 3, offset: {offset}) {{ totalCount limit offset items {{ slug }} }} }}"
        )
        collection = result["data"]["goodPractices"]
        assert (
            collection["totalCount"] == len(PRACTICES) and collection["limit"] == 3 and collection["offset"] == offset
        )
        seen += [item["slug"] for item in collection["items"]]
    assert len(seen) == len(set(seen)) == len(PRACTICES)


@pytest.mark.django_db
@pytest.mark.parametrize("limit", [0, 101])
def test_page_size_is_capped_at_100(graphql, limit):
    result = graphql(f"{{ news(limit: {limit}) {{ totalCount }} }}")
    assert result["errors"][0]["message"] == f"limit must be between 1 and 100, got {limit}."


@pytest.mark.django_db
def test_fallback_fills_missing_translations_only_when_asked(graphql, en, fr):
    index = NewsIndexPage.objects.get(locale=en)
    NewsPageFactory(parent=index, title="Only in English", date="2030-01-01")
    without = graphql('{ news(locale: "fr", limit: 100) { totalCount items { title } } }')["data"]["news"]
    assert without["totalCount"] == len(NEWS)
    assert "Only in English" not in {item["title"] for item in without["items"]}

    with_fallback = graphql(
        '{ news(locale: "fr", fallback: true, limit: 100) { totalCount items { title locale { languageCode } } } }'
    )["data"]["news"]
    assert with_fallback["totalCount"] == len(NEWS) + 1
    locales = {item["title"]: item["locale"]["languageCode"] for item in with_fallback["items"]}
    assert locales["Only in English"] == "en"
    assert sum(1 for code in locales.values() if code == "fr") == len(NEWS)


@pytest.mark.django_db
def test_fallback_uses_the_source_when_the_translation_is_not_live(graphql, fr):
    french = NewsPage.objects.filter(locale=fr).first()
    french.unpublish()
    items = graphql(
        '{ news(locale: "fr", fallback: true, limit: 100) { items { translationKey locale { languageCode } } } }'
    )
    keys = {item["translationKey"]: item["locale"]["languageCode"] for item in items["data"]["news"]["items"]}
    assert keys[str(french.translation_key)] == "en"
    assert len(keys) == len(NEWS)


@pytest.mark.django_db
def test_navigation_per_language(graphql):
    menu = graphql('{ navigation(locale: "fr") { title urlPath children { title } } }')["data"]["navigation"]
    assert [item["title"] for item in menu] == [
        "À propos de nous",
        "Historique",
        "Actualités",
        "Bonnes pratiques",
        "Événements",
    ]
    assert menu[2]["urlPath"] == "/actualites/"


@pytest.mark.django_db
def test_site_settings_and_terminology(graphql):
    result = graphql(
        "{ siteSettings { siteName contact { contactName phone } locales { languageCode } } "
        'terminologyNotes(locale: "fr") { term definition } }'
    )
    settings = result["data"]["siteSettings"]
    assert settings["contact"] == {"contactName": "Tobias Mayr", "phone": "+33 (0)3 88 41 32 28"}
    assert [locale["languageCode"] for locale in settings["locales"]] == ["en", "fr"]
    (note,) = result["data"]["terminologyNotes"]
    assert note["term"] == "Roms et Gens du voyage"
    assert "Sinti/Manouches" in note["definition"]


@pytest.mark.django_db
def test_the_rss_link_is_the_news_feed_of_the_language_until_one_is_set(graphql):
    from wagtail.models import Site

    from home.models import SocialMediaSettings

    query = '{ en: siteSettings(locale: "en") { socialMedia { rssUrl } } fr: siteSettings(locale: "fr") { socialMedia { rssUrl } } }'
    result = graphql(query)["data"]
    assert result["en"]["socialMedia"]["rssUrl"] == "http://testserver/en/feeds/news.rss"
    assert result["fr"]["socialMedia"]["rssUrl"] == "http://testserver/fr/feeds/news.rss"
    social = SocialMediaSettings.for_site(Site.objects.get(is_default_site=True))
    social.rss_url = "https://www.coe.int/en/web/roma-alliance/rss"
    social.save()
    assert graphql(query)["data"]["fr"]["socialMedia"]["rssUrl"] == "https://www.coe.int/en/web/roma-alliance/rss"


@pytest.mark.django_db
def test_search_finds_live_pages_of_one_language(graphql):
    result = graphql(
        '{ search(query: "Pharrajimos", locale: "en", types: [RemembrancePage]) { totalCount items { title locale { languageCode } } } }'
    )
    items = result["data"]["search"]["items"]
    assert result["data"]["search"]["totalCount"] == len(items) >= 1
    assert {item["locale"]["languageCode"] for item in items} == {"en"}
    assert "Council of Europe marks International Remembrance Day of the Pharrajimos" in {
        item["title"] for item in items
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "message"), [("   ", "query must not be empty."), ("x" * 201, "query must be at most 200 characters.")]
)
def test_search_rejects_empty_and_long_queries(graphql, query, message):
    result = graphql("query ($q: String!) { search(query: $q) { totalCount } }", {"q": query})
    assert result["errors"][0]["message"] == message


@pytest.mark.django_db
def test_home_pages_are_one_per_language(graphql):
    result = graphql('{ pages(locale: "fr", types: [HomePage]) { items { urlPath url } } }')
    assert result["data"]["pages"]["items"] == [{"urlPath": "/", "url": "/fr/"}]
    assert Page.objects.filter(depth=2).count() == 2
