"""The leak matrix, extended: every list with each filter and sort, the cached GET path,
grandchildren of restricted pages, newer unpublished and scheduled revisions, text that exists
only in a draft, an English draft with a live French translation, the document download view."""

import json
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from wagtail.models import Collection

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from practices.models import GoodPracticeIndexPage, Theme
from tests.api.test_visibility_matrix import RESTRICTIONS, hide, restrict
from tests.factories import (
    GoodPracticePageFactory,
    NewsPageFactory,
    RemembrancePageFactory,
    StandardPageFactory,
    StrategyDocumentPageFactory,
)

MARK = "Quetzalcoatl"
KINDS = ["draft", "unpublished", "expired", "login", "password", "groups"]

LIST_PROBES = [
    "remembrances(limit: 100)",
    "remembrances(limit: 100, year: 2013)",
    "remembrances(limit: 100, sort: DATE_ASC)",
    'remembrances(limit: 100, dateFrom: "2013-01-01", dateTo: "2013-12-31")',
    "goodPractices(limit: 100)",
    "goodPractices(limit: 100, themes: [HOUSING])",
    'goodPractices(limit: 100, country: "RO")',
    "goodPractices(limit: 100, status: PROMISING)",
    "goodPractices(limit: 100, level: REGIONAL)",
    "goodPractices(limit: 100, dostaPrize: true)",
    "goodPractices(limit: 100, dostaPrizeYear: 2015)",
    "goodPractices(limit: 100, sort: TITLE_DESC)",
    "goodPractices(limit: 100, sort: PERIOD_START_ASC)",
    "goodPractices(limit: 100, sort: DOSTA_PRIZE_YEAR_DESC)",
    "strategyDocuments(limit: 100)",
    "news(limit: 100, sort: TITLE_ASC)",
    'news(limit: 100, dateFrom: "2020-01-01")',
    "pages(limit: 100, types: [RemembrancePage, GoodPracticePage, StrategyDocumentPage])",
]


@pytest.fixture(params=KINDS)
def hidden_of_every_type(request, en):
    kind = request.param
    live = kind != "draft"
    pages = [
        RemembrancePageFactory(
            parent=NewsIndexPage.objects.get(locale=en),
            title=f"{MARK} remembrance",
            slug="hidden-remembrance",
            year=2013,
            live=live,
        ),
        GoodPracticePageFactory(
            parent=GoodPracticeIndexPage.objects.get(locale=en),
            title=f"{MARK} practice",
            slug="hidden-practice",
            country="RO",
            status="promising",
            level="regional",
            dosta_prize_year=2015,
            live=live,
        ),
        StrategyDocumentPageFactory(
            parent=HomePage.objects.get(locale=en), title=f"{MARK} strategy", slug="hidden-strategy", live=live
        ),
        NewsPageFactory(
            parent=NewsIndexPage.objects.get(locale=en),
            title=f"{MARK} news",
            slug="hidden-news",
            date=date(2024, 5, 1),
            live=live,
        ),
    ]
    pages[1].themes.add(Theme.objects.get(code="housing"))
    for page in pages:
        hide(page, kind)
    return SimpleNamespace(kind=kind, pages=pages)


def items_of(field):
    return "{ result: " + field + " { totalCount items { title } } }"


@pytest.mark.django_db
@pytest.mark.parametrize("field", LIST_PROBES)
def test_every_list_filter_and_sort_hides_them(graphql, hidden_of_every_type, field):
    result = graphql(items_of(field))
    assert "errors" not in result, result
    assert MARK not in json.dumps(result), f"{hidden_of_every_type.kind} leaked through {field}"


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["unpublished", "login", "password", "groups"])
def test_hiding_a_page_invalidates_cached_gets(en, step, kind):
    cache.clear()
    page = RemembrancePageFactory(
        parent=NewsIndexPage.objects.get(locale=en), title=f"{MARK} remembrance", slug="cached-remembrance"
    )
    queries = [items_of(field) for field in LIST_PROBES[:5]] + [f'{{ page(id: "{page.pk}") {{ title }} }}']
    client = Client()
    before = [client.get("/graphql/", {"query": query}).content.decode() for query in queries]
    assert MARK in before[0] and MARK in before[-1]
    with step():
        hide(page, kind)
    for query in queries:
        assert MARK not in client.get("/graphql/", {"query": query}).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("restriction", list(RESTRICTIONS.values()))
def test_grandchildren_of_restricted_pages_are_hidden(graphql, home_en, restriction):
    area = StandardPageFactory(parent=home_en, title="Taskforce area", slug="taskforce-area")
    section = StandardPageFactory(parent=area, title="Working groups", slug="working-groups")
    grandchild = StandardPageFactory(parent=section, title=f"{MARK} minutes", slug="minutes", intro=MARK)
    restrict(area, restriction)
    probes = [
        f'{{ page(id: "{grandchild.pk}") {{ title }} }}',
        '{ page(urlPath: "/taskforce-area/working-groups/minutes/", locale: "en") { title } }',
        "{ pages(limit: 100) { items { title } } }",
        f'{{ search(query: "{MARK}") {{ items {{ title }} }} }}',
        '{ navigation(locale: "en", depth: 4) { title children { title children { title } } } }',
        f'{{ page(id: "{section.pk}") {{ children {{ title }} }} }}',
    ]
    for query in probes:
        assert MARK not in json.dumps(graphql(query)), query


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_newer_unpublished_and_scheduled_revisions_and_draft_only_text_stay_private(graphql, client, en, users):
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    approved_title = page.title
    page.title = f"{MARK} pending draft"
    page.intro = f"{MARK} text only in the draft"
    page.save_revision(user=users["moderator"])
    scheduled = NewsPage.objects.get(pk=page.pk)
    scheduled.title = f"{MARK} scheduled"
    scheduled.go_live_at = timezone.now() + timedelta(days=3)
    scheduled.save_revision(user=users["moderator"], approved_go_live_at=scheduled.go_live_at)
    probes = [
        f'{{ page(id: "{page.pk}") {{ title intro }} }}',
        "{ news(limit: 100) { items { title intro } } }",
        f'{{ search(query: "{MARK}") {{ totalCount items {{ title }} }} }}',
        '{ search(query: "draft") { items { title } } }',
    ]
    for query in probes:
        assert MARK not in json.dumps(graphql(query)), query
    assert graphql(probes[0])["data"]["page"]["title"] == approved_title
    assert MARK not in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_an_english_draft_with_a_live_french_translation(graphql, en, fr):
    english = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=en), title=f"{MARK} English draft", slug="english-draft", live=False
    )
    french = english.copy_for_translation(fr)
    french.title = "Actualité publiée en français"
    french.save_revision().publish()
    fr_answer = graphql(
        f'{{ page(translationKey: "{english.translation_key}", locale: "fr") {{ title translations {{ title }} }} }}'
    )
    assert fr_answer["data"]["page"] == {"title": "Actualité publiée en français", "translations": []}
    for query in [
        f'{{ page(translationKey: "{english.translation_key}", locale: "en") {{ title }} }}',
        '{ news(locale: "en", limit: 100) { items { title } } }',
        '{ news(locale: "fr", fallback: true, limit: 100) { items { title translations { title } } } }',
    ]:
        assert MARK not in json.dumps(graphql(query)), query


@pytest.mark.django_db
@pytest.mark.parametrize("restriction", ["login", "password", "groups"])
def test_the_document_download_view_keeps_private_documents_private(client, restriction):
    from tests.media import make_document

    private = Collection.get_first_root_node().add_child(name="Private documents")
    restrict(private, restriction)
    document = make_document(f"{MARK} document", private)
    response = client.get(document.url)
    assert response.status_code in (302, 403) or b"password" in response.content.lower()
    assert b"Minutes of the working group" not in b"".join(getattr(response, "streaming_content", [response.content]))
    public = make_document("Public document", Collection.get_first_root_node())
    served = client.get(public.url)
    assert served.status_code == 200
    assert b"Minutes of the working group" in b"".join(served.streaming_content)
