"""A change recomputes only the answers that contain what it changed (issue 27): a page, its
translations, a list of its type and language, a menu; and purges the same tags from the HTTP
cache in front."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api.cache import _local_entries
from home.models import HomePage
from news.models import NewsIndexPage
from practices.models import GoodPracticeIndexPage
from tests.factories import GoodPracticePageFactory, NewsPageFactory, StandardPageFactory, translate

pytestmark = pytest.mark.usefixtures("empty_cache")

NEWS = "query ($locale: String) { news(locale: $locale, limit: 10) { totalCount items { title } } }"
NEWS_WITH_TRANSLATIONS = (
    "query ($locale: String) { news(locale: $locale, limit: 10) { items { title translations { title } } } }"
)
DETAIL = "query ($id: ID) { page(id: $id) { title translations { title locale { languageCode } } } }"
PRACTICES = "query ($locale: String) { goodPractices(locale: $locale) { totalCount items { title } } }"
NAVIGATION = "query ($locale: String) { navigation(locale: $locale) { title } }"
CHILDREN = 'query { page(urlPath: "/news/", locale: "en") { title children { title } } }'


def ask(client, query, variables=None):
    """(SQL queries the answer cost, the answer's data, its response): 0 queries is a cached answer."""
    params = {"query": query, "variables": json.dumps(variables or {})}
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/graphql/", params, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and "errors" not in response.json(), response.content[:300]
    return len(queries.captured_queries), response.json()["data"], response


@pytest.fixture
def site(en, fr, launch):
    """The launch news in both languages, another English news item, a practice in each language."""
    other = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title="Dosta! prize awarded")
    practice = GoodPracticePageFactory(parent=GoodPracticeIndexPage.objects.get(locale=en), title="School mediators")
    translate(practice, texts={"School mediators": "Médiateurs scolaires"})
    return {"launch": launch, "french": launch.get_translation(fr), "other": other}


ANSWERS = {
    "news en": (NEWS, {"locale": "en"}),
    "news fr": (NEWS, {"locale": "fr"}),
    "news en with translations": (NEWS_WITH_TRANSLATIONS, {"locale": "en"}),
    "practices en": (PRACTICES, {"locale": "en"}),
    "practices fr": (PRACTICES, {"locale": "fr"}),
    "navigation en": (NAVIGATION, {"locale": "en"}),
    "navigation fr": (NAVIGATION, {"locale": "fr"}),
}


def text(data):
    return json.dumps(data, ensure_ascii=False)


def published(factory, **fields):
    """A page made and published as an editor does (publish signals, commit callbacks)."""
    page = factory(live=False, **fields)
    page.save_revision().publish()
    return page


def recomputed_after(client, change, answers, step):
    """The names of ``answers`` (name: (query, variables)) that ``change()`` made recomputed."""
    for query, variables in answers.values():
        ask(client, query, variables)
        assert ask(client, query, variables)[0] == 0, "cached"
    with step():
        change()
    return {name for name, (query, variables) in answers.items() if ask(client, query, variables)[0] > 0}


@pytest.mark.django_db
def test_publishing_a_page_in_one_language_leaves_unrelated_answers_cached(client, site, step):
    french = site["french"]
    answers = {**ANSWERS, "launch detail": (DETAIL, {"id": str(site["launch"].pk)})}
    answers["other detail"] = (DETAIL, {"id": str(site["other"].pk)})

    def publish_french():
        french.title = "L'Alliance est lancée à Strasbourg"
        french.save_revision().publish()

    recomputed = recomputed_after(client, publish_french, answers, step)
    # The French list holds it; the English list and the English page show it as a translation.
    assert recomputed == {"news fr", "news en with translations", "launch detail"}
    assert "L'Alliance est lancée à Strasbourg" in text(ask(client, *answers["launch detail"])[1])


@pytest.mark.django_db
def test_a_new_page_recomputes_the_lists_of_its_type_and_language_only(client, site, en, step):
    def publish_new():
        published(NewsPageFactory, parent=NewsIndexPage.objects.get(locale=en), title="Budapest meeting")

    recomputed = recomputed_after(client, publish_new, ANSWERS, step)
    assert recomputed == {"news en", "news en with translations"}
    assert "Budapest meeting" in text(ask(client, *ANSWERS["news en"])[1])


@pytest.mark.django_db
def test_a_new_translation_recomputes_the_answers_showing_its_source(client, site, en, step):
    source = site["other"]
    detail = (DETAIL, {"id": str(source.pk)})
    answers = {**ANSWERS, "other detail": detail}
    recomputed = recomputed_after(client, lambda: translate(source), answers, step)
    assert recomputed == {"news fr", "news en with translations", "other detail"}
    assert [item["locale"]["languageCode"] for item in ask(client, *detail)[1]["page"]["translations"]] == ["fr"]


@pytest.mark.django_db
def test_menus_follow_the_pages_shown_in_them(client, site, en, step):
    home = HomePage.objects.get(locale=en)

    def add_menu_page():
        published(StandardPageFactory, parent=home, title="Dosta! campaign", show_in_menus=True)

    assert recomputed_after(client, add_menu_page, ANSWERS, step) == {"navigation en"}
    assert "Dosta! campaign" in text(ask(client, *ANSWERS["navigation en"])[1])

    page = home.get_children().get(title="Dosta! campaign").specific

    def take_it_out():
        page.show_in_menus = False
        page.save_revision().publish()

    assert recomputed_after(client, take_it_out, ANSWERS, step) == {"navigation en"}
    assert "Dosta! campaign" not in text(ask(client, *ANSWERS["navigation en"])[1])


@pytest.mark.django_db
def test_a_new_child_recomputes_its_parent_children(client, site, en, step):
    answers = {"children": (CHILDREN, {})}
    index = NewsIndexPage.objects.get(locale=en)
    assert recomputed_after(
        client, lambda: published(NewsPageFactory, parent=index, title="Košice launch"), answers, step
    )
    assert "Košice launch" in text(ask(client, CHILDREN)[1])


@pytest.mark.django_db
def test_an_answer_built_while_its_content_changed_is_not_kept_by_any_cache(client, site):
    """A publish that commits while an answer is being built from the content before it: the
    answer is served, marked no-store (a CDN must not keep it), and not cached."""
    from api import cache as response_cache
    from api.dependencies import change_tags
    from api.views import AllianceGraphQLView

    real_execute = AllianceGraphQLView.execute_graphql_request

    def publish_meanwhile(*args, **kwargs):
        result = real_execute(*args, **kwargs)
        response_cache.touch_now(change_tags(site["launch"], ["en", "fr"]))  # another worker's publish
        return result

    with mock.patch.object(AllianceGraphQLView, "execute_graphql_request", publish_meanwhile):
        count, _data, response = ask(client, NEWS, {"locale": "en"})
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert "Cache-Tag" not in response
    assert ask(client, NEWS, {"locale": "en"})[0] > 0, "not cached"
    assert ask(client, NEWS, {"locale": "en"})[0] == 0


class RecordingCache(BaseHTTPRequestHandler):
    """An HTTP cache's purge endpoint that records the requests it gets."""

    received = []

    def do_BAN(self):
        self.received.append((self.command, self.path, {name.lower(): value for name, value in self.headers.items()}))
        self.send_response(200)
        self.end_headers()

    do_PURGE = do_BAN

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_endpoint(settings):
    RecordingCache.received = []
    server = HTTPServer(("127.0.0.1", 0), RecordingCache)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "api.frontend_cache.HTTPBanBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield RecordingCache.received
    server.shutdown()


@pytest.mark.django_db
def test_a_publish_bans_the_answers_carrying_the_page_tags(client, site, step, purge_endpoint):
    import re

    french = site["french"]
    french_list = ask(client, NEWS, {"locale": "fr"})[2]
    english_list = ask(client, NEWS, {"locale": "en"})[2]
    purge_endpoint.clear()
    with step():
        french.save_revision().publish()
    bans = [headers["x-ban-surrogate-key"] for method, _path, headers in purge_endpoint if method == "BAN"]
    assert len(bans) == 1
    ban = re.compile(bans[0].replace("[[:space:]]", r"\s"))  # the POSIX class, as Python writes it
    assert ban.search(french_list["Surrogate-Key"]), "the French list holds the page"
    assert not ban.search(english_list["Surrogate-Key"]), "the English list does not"


@pytest.mark.django_db
def test_cloudflare_and_fastly_purge_the_same_tags(client, site, step, settings):
    from api.dependencies import change_tags

    settings.WAGTAILFRONTENDCACHE = {
        "cloudflare": {"BACKEND": "api.frontend_cache.CloudflareTagBackend", "BEARER_TOKEN": "t", "ZONEID": "zone"},
        "fastly": {"BACKEND": "api.frontend_cache.FastlyBackend", "API_TOKEN": "f", "SERVICE_ID": "svc"},
    }
    french = site["french"]
    answer = mock.Mock(status_code=200, json=lambda: {"success": True})
    with mock.patch("api.frontend_cache.requests.post", return_value=answer) as post, step():
        french.save_revision().publish()
    expected = change_tags(french, ["en", "fr"])
    cloudflare = [call for call in post.call_args_list if "tags" in call.kwargs.get("json", {})]
    fastly = [call for call in post.call_args_list if "fastly" in call.args[0]]
    assert {tag for call in cloudflare for tag in call.kwargs["json"]["tags"]} == expected
    assert all(len(call.kwargs["json"]["tags"]) <= 30 for call in cloudflare)
    assert cloudflare[0].args[0] == "https://api.cloudflare.com/client/v4/zones/zone/purge_cache"
    assert fastly[0].args[0] == "https://api.fastly.com/service/svc/purge"
    assert set(fastly[0].kwargs["headers"]["Surrogate-Key"].split(" ")) == expected
    assert fastly[0].kwargs["headers"]["Fastly-Key"] == "f"


@pytest.mark.django_db
def test_a_hit_reads_its_tags_only_after_a_change(client, site, step):
    """A cached answer is current while no change has finished since it was last checked: a
    hit reads two counters with the answer, and its tags only once after each change."""
    from api import cache as response_cache

    ask(client, NEWS, {"locale": "fr"})
    _local_entries.clear()  # the answer from the shared cache, as another worker reads it

    def round_trips():
        # The lookup's read (a pipeline on Redis, get_many elsewhere) and any read of tags.
        with (
            mock.patch.object(response_cache, "read_and_count", wraps=response_cache.read_and_count) as lookups,
            mock.patch.object(response_cache.cache, "get_many", wraps=response_cache.cache.get_many) as reads,
        ):
            assert ask(client, NEWS, {"locale": "fr"})[0] == 0
        on_redis = response_cache.redis_of(response_cache.cache) is not None
        return lookups.call_count + reads.call_count - (0 if on_redis else lookups.call_count)

    assert round_trips() == 1, "no change was ever made: the answer and the counters in one read"
    assert round_trips() == 1
    with step():
        site["other"].save_revision().publish()  # an English page: not in the French list
    assert round_trips() == 2, "once after the change: the answer's tags"
    assert round_trips() == 1
