"""page(...): by id, by url path + locale, by translation key + locale; clear errors."""

import pytest

from home.models import StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.conftest import LAUNCH_TITLES
from tests.factories import NewsPageFactory, StandardPageFactory, translate


@pytest.fixture
def about_and_history(launch, home_en):
    """About us and History in English and French; the launch news links to History."""
    about = StandardPageFactory(parent=home_en, title="About us", slug="about-us")
    translate(about, texts={"About us": "À propos de nous", "about-us": "a-propos"})
    history = StandardPageFactory(parent=home_en, title="History", slug="history")
    translate(history, texts={"History": "Historique", "history": "historique"})
    launch.related_pages = [{"type": "page", "value": history.pk}]
    launch.save_revision().publish()
    translate(launch, texts={LAUNCH_TITLES["en"]: LAUNCH_TITLES["fr"], "alliance-launched": "lancement-alliance"})
    return about, history


PAGE_FIELDS = (
    "{ __typename id title urlPath url locale { languageCode } translations { title locale { languageCode } url } }"
)


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_by_id(graphql, launch):
    page = graphql(f'{{ page(id: "{launch.pk}") {PAGE_FIELDS} }}')["data"]["page"]
    assert page["__typename"] == "NewsPage"
    assert page["title"] == launch.title
    assert page["translations"] == [
        {
            "title": "L'Alliance est lancée lors de la 24e session du Congrès",
            "locale": {"languageCode": "fr"},
            "url": "/fr/actualites/lancement-alliance/",
        }
    ]


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_by_id_in_another_locale_returns_the_translation(graphql, launch):
    page = graphql(f'{{ page(id: "{launch.pk}", locale: "fr") {PAGE_FIELDS} }}')["data"]["page"]
    assert page["locale"]["languageCode"] == "fr"
    assert page["url"] == "/fr/actualites/lancement-alliance/"


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url_path", "locale", "title"),
    [
        ("/news/alliance-launched/", "en", "The Alliance is launched at the 24th Session of the Congress"),
        ("/actualites/lancement-alliance/", "fr", "L'Alliance est lancée lors de la 24e session du Congrès"),
        ("/actualites/lancement-alliance", "fr", "L'Alliance est lancée lors de la 24e session du Congrès"),
        ("/", "fr", "Alliance européenne des villes et des régions pour l'inclusion des Roms"),
    ],
)
def test_by_url_path_and_locale(graphql, url_path, locale, title):
    result = graphql(
        "query ($path: String, $locale: String) { page(urlPath: $path, locale: $locale) { title } }",
        {"path": url_path, "locale": locale},
    )
    assert result["data"]["page"]["title"] == title


@pytest.mark.usefixtures("about_and_history")
@pytest.mark.django_db
def test_same_slug_in_two_languages_is_told_apart_by_locale(graphql, en, fr):
    """Slugs repeat across locales: the locale decides which page a path means."""
    french_about = StandardPage.objects.get(locale=fr, slug="a-propos")
    french_about.slug = "about-us"
    french_about.save()
    query = 'query ($locale: String) { page(urlPath: "/about-us/", locale: $locale) { title locale { languageCode } } }'
    assert graphql(query, {"locale": "en"})["data"]["page"] == {"title": "About us", "locale": {"languageCode": "en"}}
    assert graphql(query, {"locale": "fr"})["data"]["page"] == {
        "title": "À propos de nous",
        "locale": {"languageCode": "fr"},
    }


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_by_translation_key_and_locale(graphql, launch):
    result = graphql(
        'query ($key: UUID) { page(translationKey: $key, locale: "fr") { title locale { languageCode } } }',
        {"key": str(launch.translation_key)},
    )
    assert result["data"]["page"]["locale"]["languageCode"] == "fr"


@pytest.mark.django_db
def test_fallback_on_a_single_page(graphql, en):
    english_only = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=en), title="English only", slug="english-only"
    )
    query = (
        'query ($key: UUID, $fallback: Boolean) { page(translationKey: $key, locale: "fr", fallback: $fallback) '
        "{ title locale { languageCode } } }"
    )
    missing = graphql(query, {"key": str(english_only.translation_key), "fallback": False})
    assert missing["errors"][0]["message"] == "Page not found."
    found = graphql(query, {"key": str(english_only.translation_key), "fallback": True})["data"]["page"]
    assert found == {"title": "English only", "locale": {"languageCode": "en"}}
    by_path = graphql('{ page(urlPath: "/news/english-only/", locale: "fr", fallback: true) { title } }')
    assert by_path["data"]["page"]["title"] == "English only"


@pytest.mark.usefixtures("about_and_history")
@pytest.mark.django_db
def test_tree_fields(graphql, launch):
    result = graphql(
        f'{{ page(id: "{launch.pk}") {{ parent {{ title }} ancestors {{ title }} '
        "... on NewsPage { relatedPages { title } } } }"
    )
    page = result["data"]["page"]
    assert page["parent"] == {"title": "News"}
    assert [item["title"] for item in page["ancestors"]] == [
        "European Alliance of Cities and Regions for Roma Inclusion",
        "News",
    ]
    assert page["relatedPages"] == [{"title": "History"}]
    home = graphql(
        '{ page(urlPath: "/", locale: "en") { parent { title } ancestors { title } children(limit: 2) { title } } }'
    )
    assert home["data"]["page"] == {
        "parent": None,
        "ancestors": [],
        "children": [{"title": "News"}, {"title": "Good practices"}],
    }


@pytest.mark.usefixtures("about_and_history")
@pytest.mark.django_db
def test_related_pages_follow_the_language_of_the_page(graphql, fr):
    french = NewsPage.objects.get(locale=fr, slug="lancement-alliance")
    related = graphql(
        f'{{ page(id: "{french.pk}") {{ ... on NewsPage {{ relatedPages {{ title locale {{ languageCode }} }} }} }} }}'
    )
    assert related["data"]["page"]["relatedPages"] == [{"title": "Historique", "locale": {"languageCode": "fr"}}]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ("", "Give exactly one of id, urlPath, translationKey or previewToken."),
        ('id: "1", urlPath: "/"', "Give exactly one of id, urlPath, translationKey or previewToken."),
        ('id: "999999"', "Page not found."),
        ('id: "abc"', "Page not found."),
        ('urlPath: "/no/such/page/", locale: "en"', "Page not found."),
        ('urlPath: "news/", locale: "en"', "urlPath must start with '/'."),
        ('urlPath: "/", locale: "xx"', "Unknown locale 'xx'. Available locales: en, fr."),
        ('translationKey: "00000000-0000-0000-0000-000000000000", locale: "en"', "Page not found."),
    ],
)
def test_bad_lookups_are_graphql_errors(graphql, arguments, message):
    result = graphql(f"{{ page{f'({arguments})' if arguments else ''} {{ title }} }}")
    assert result["data"] == {"page": None}
    assert result["errors"][0]["message"] == message


@pytest.mark.django_db
def test_root_page_is_not_served(graphql):
    assert graphql('{ page(id: "1") { title } }')["errors"][0]["message"] == "Page not found."
