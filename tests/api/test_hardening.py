"""API hardening, round two: one test per defect found by the adversarial pass (issue 11)."""

import hashlib
import json
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction

from cms.schema import schema
from news.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory
from tests.media import make_document

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def get(client, query, variables=None, **extra):
    params = {"query": query}
    if variables is not None:
        params["variables"] = json.dumps(variables)
    return client.get("/graphql/", params, HTTP_ACCEPT="application/json", **extra)


# 1. Private document titles ------------------------------------------------------------------


@pytest.mark.parametrize("restriction_type", ["login", "password"])
def test_a_private_documents_title_never_leaks_through_a_link_without_text(graphql, en, restriction_type):
    private = Collection.get_first_root_node().add_child(name="Taskforce only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=restriction_type, password="secret")
    document = make_document("Confidential budget 2027", private)
    page = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=en),
        title="Page linking a private document",
        body=[{"type": "document", "value": {"document": document.pk, "title": ""}, "id": "d"}],
    )
    block = "body { ... on DocumentLinkBlock { title document { title } } }"
    answers = [
        graphql(f'{{ page(id: "{page.pk}") {{ ... on NewsPage {{ {block} }} }} }}'),
        graphql(f"{{ pages(limit: 100) {{ items {{ ... on NewsPage {{ {block} }} }} }} }}"),
        graphql(f"{{ news(limit: 100) {{ items {{ {block} }} }} }}"),
    ]
    assert "Confidential budget" not in json.dumps(answers)
    assert answers[0]["data"]["page"]["body"] == [{"title": None, "document": None}]


# 2. Stale cached answers ----------------------------------------------------------------------


def test_a_cached_page_by_id_follows_publish_and_unpublish(client, live_news_source, users_for_cache, step):
    page = live_news_source
    query = f'{{ page(id: "{page.pk}") {{ title }} }}'
    first = get(client, query)
    assert first.json()["data"]["page"]["title"] == page.title
    with step():
        page.title = "The Alliance is launched (updated)"
        page.save_revision(user=users_for_cache).publish(user=users_for_cache)
    again = get(client, query, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and again.json()["data"]["page"]["title"] == "The Alliance is launched (updated)"
    with step():
        page.unpublish(user=users_for_cache)
    gone = get(client, query)
    assert gone.json()["data"]["page"] is None


def test_a_persisted_page_by_id_follows_unpublish(client, live_news_source, users_for_cache, step):
    page = live_news_source
    query = f'{{ page(id: "{page.pk}") {{ title }} }}'
    extensions = json.dumps(
        {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(query.encode()).hexdigest()}}
    )
    assert (
        client.get("/graphql/", {"query": query, "extensions": extensions}).json()["data"]["page"]["title"]
        == page.title
    )
    assert client.get("/graphql/", {"extensions": extensions}).json()["data"]["page"]["title"] == page.title
    with step():
        page.unpublish(user=users_for_cache)
    assert client.get("/graphql/", {"extensions": extensions}).json()["data"]["page"] is None


@pytest.fixture
def users_for_cache(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("cache-admin", "c@example.org", "x")


# 3. Expiry while cached -------------------------------------------------------------------------


def test_a_page_that_expires_while_cached_is_not_served(client, en):
    page = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), title="Short-lived notice", slug="short-lived")
    NewsPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() + timedelta(seconds=2))
    query = f'{{ page(id: "{page.pk}") {{ title }} }}'
    first = get(client, query)
    assert first.json()["data"]["page"]["title"] == "Short-lived notice"
    assert int(first["Cache-Control"].split("max-age=")[1]) <= 2
    time.sleep(2.5)
    assert get(client, query).json()["data"]["page"] is None


# 4. Malformed requests: GraphQL errors, never a 500 ---------------------------------------------

MALFORMED_POSTS = [
    {"query": "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"},
    {"query": "{ ...Missing }"},
    {"query": 123},
    {"query": ["{ news { totalCount } }"]},
    {"query": {"text": "{ news { totalCount } }"}},
    {"query": "{ news { totalCount } }", "variables": ["a"]},
    {"query": "{ news { totalCount } }", "variables": "[1]"},
    {"query": "{ news { totalCount } }", "extensions": {"persistedQuery": "abc"}},
    {"query": "{ news { totalCount } }", "extensions": {"persistedQuery": [1]}},
    {"query": "{ news { totalCount } }", "extensions": "not json"},
    {"query": 42, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}},
    {"query": "{ news { totalCount } }", "operationName": 5},
    [{"query": "{ news { totalCount } }"}],
    "just a string",
]


@pytest.mark.parametrize("body", MALFORMED_POSTS, ids=range(len(MALFORMED_POSTS)))
def test_malformed_posts_get_graphql_errors(client, body):
    response = client.post("/graphql/", json.dumps(body), content_type="application/json")
    assert response.status_code in (200, 400), response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    "params",
    [
        {"query": "{ news { totalCount } }", "variables": "[1, 2]"},
        {"query": "{ news { totalCount } }", "variables": "{bad"},
        {"query": "{ news { totalCount } }", "extensions": '{"persistedQuery": "x"}'},
        {"query": "{ ...A } fragment A on Query { ...A }"},
    ],
)
def test_malformed_gets_get_graphql_errors(client, params):
    response = client.get("/graphql/", params, HTTP_ACCEPT="application/json")
    assert response.status_code in (200, 400)
    assert response.json()["errors"]
    assert "no-store" in response["Cache-Control"]


def test_fragments_count_for_depth_and_aliases(graphql, settings):
    settings.API = {**settings.API, "MAX_ALIASES": 2}
    fragment = "fragment F on Query { a: news(limit: 1) { totalCount } b: news(limit: 1) { totalCount } c: news(limit: 1) { totalCount } }"
    assert "more than 2 aliases" in graphql("{ ...F } " + fragment, expected_status=400)["errors"][0]["message"]
    settings.API = {**settings.API, "MAX_DEPTH": 3}
    deep = "fragment D on Page { children(limit: 1) { children(limit: 1) { children(limit: 1) { title } } } }"
    result = graphql('{ page(urlPath: "/", locale: "en") { ...D } } ' + deep, expected_status=400)
    assert "exceeds maximum operation depth of 3" in result["errors"][0]["message"]


def test_duplicated_directives_are_a_validation_error(graphql):
    result = graphql("{ news @include(if: true) @include(if: true) { totalCount } }", expected_status=400)
    assert "can only be used once" in result["errors"][0]["message"]


# 5. Suggestions ----------------------------------------------------------------------------------


def test_no_suggestions_where_turned_off(graphql, settings):
    assert "Did you mean" in graphql("{ newz { totalCount } }", expected_status=400)["errors"][0]["message"]
    settings.API = {**settings.API, "SUGGESTIONS": False}
    for query in [
        "{ newz { totalCount } }",
        "{ news(sort: DATE_DES) { totalCount } }",
        "{ news(limt: 1) { totalCount } }",
    ]:
        message = graphql(query, expected_status=400)["errors"][0]["message"]
        assert "Did you mean" not in message and message


# 6. Persisted queries --------------------------------------------------------------------------------


def apq(client, query, send_text=True):
    sha = hashlib.sha256(query.encode()).hexdigest()
    body = {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha}}}
    if send_text:
        body["query"] = query
    return client.post("/graphql/", json.dumps(body), content_type="application/json")


def test_persisted_queries_store_only_valid_small_queries_for_a_while(client, settings):
    invalid = "{ newz { totalCount } }"
    apq(client, invalid)
    assert apq(client, invalid, send_text=False).json()["errors"][0]["message"] == "PersistedQueryNotFound"

    huge = '{ news(tag: "' + "x" * (17 * 1024) + '") { totalCount } }'
    assert apq(client, huge).json()["data"]["news"]["totalCount"] == 0  # answered, not stored
    assert apq(client, huge, send_text=False).json()["errors"][0]["message"] == "PersistedQueryNotFound"

    small = "{ news(limit: 1) { totalCount } }"
    apq(client, small)
    assert "data" in apq(client, small, send_text=False).json()
    settings.API = {**settings.API, "PERSISTED_QUERY_TTL": 1}
    other = "{ news(limit: 2) { totalCount } }"
    apq(client, other)
    time.sleep(1.5)
    assert apq(client, other, send_text=False).json()["errors"][0]["message"] == "PersistedQueryNotFound"


def test_a_persisted_query_miss_is_not_cacheable(client):
    sha = "1" * 64
    response = client.get(
        "/graphql/", {"extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha}})}
    )
    assert response.json()["errors"][0]["message"] == "PersistedQueryNotFound"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.usefixtures("launch")
def test_safelist_mode_answers_registered_queries_only(client, settings, tmp_path):
    from api.models import SafelistedQuery

    query = "query LatestNews { news(limit: 3) { items { title } } }\n"
    (tmp_path / "latest-news.graphql").write_text(query)
    call_command("register_queries", str(tmp_path), verbosity=0)
    sha = hashlib.sha256(query.encode()).hexdigest()
    assert SafelistedQuery.objects.get(sha256=sha).name == "latest-news.graphql"

    settings.API = {**settings.API, "SAFELIST": True}
    registered = apq(client, query, send_text=False).json()
    assert len(registered["data"]["news"]["items"]) == 1
    ad_hoc = client.post("/graphql/", json.dumps({"query": "{ news { totalCount } }"}), content_type="application/json")
    assert ad_hoc.json()["errors"][0]["extensions"]["code"] == "QUERY_NOT_IN_SAFELIST"
    unknown = apq(client, "{ news { totalCount } }").json()
    assert unknown["errors"][0]["extensions"]["code"] == "QUERY_NOT_IN_SAFELIST"


@pytest.mark.usefixtures("launch")
def test_safelist_mode_answers_the_documents_of_a_codegen_manifest(client, settings, tmp_path):
    """graphql-codegen's persisted-documents.json (hash -> document) is a safelist as it is."""
    from api.models import SafelistedQuery

    query = "query LatestNews { news(limit: 3) { items { title } } }"
    manifest = tmp_path / "persisted-documents.json"
    manifest.write_text(json.dumps({"sha256:" + hashlib.sha256(query.encode()).hexdigest(): query}))
    call_command("register_queries", str(manifest), verbosity=0)
    assert SafelistedQuery.objects.get().name == "LatestNews"

    settings.API = {**settings.API, "SAFELIST": True}
    assert len(apq(client, query, send_text=False).json()["data"]["news"]["items"]) == 1


@pytest.mark.parametrize(
    "manifest, message",
    [
        ({"0" * 64: "{ news { totalCount } }"}, "is not the SHA-256 of its document"),
        ([], "non-empty JSON object"),
        ({hashlib.sha256(b"{ newz }").hexdigest(): "{ newz }"}, "Cannot query field 'newz'"),
    ],
)
def test_register_queries_refuses_a_wrong_manifest_and_registers_nothing(tmp_path, manifest, message):
    from django.core.management.base import CommandError

    from api.models import SafelistedQuery

    good = "{ news { totalCount } }"
    path = tmp_path / "persisted-documents.json"
    path.write_text(json.dumps({hashlib.sha256(good.encode()).hexdigest(): good, **manifest} if manifest else manifest))
    with pytest.raises(CommandError, match=message):
        call_command("register_queries", str(path), verbosity=0)
    assert not SafelistedQuery.objects.exists()


def test_register_queries_refuses_invalid_files_and_registers_nothing(tmp_path):
    from django.core.management.base import CommandError

    from api.models import SafelistedQuery

    (tmp_path / "good.graphql").write_text("{ news { totalCount } }")
    (tmp_path / "bad.graphql").write_text("{ newz { totalCount } }")
    with pytest.raises(CommandError, match="bad.graphql"):
        call_command("register_queries", str(tmp_path), verbosity=0)
    assert not SafelistedQuery.objects.exists()


# 7. Cost limit -----------------------------------------------------------------------------------------


def nested(levels, limit):
    inner = "title"
    for _ in range(levels):
        inner = f"children(limit: {limit}) {{ parent {{ {inner} }} }}"
    return f'{{ page(urlPath: "/", locale: "en") {{ {inner} }} }}'


def test_cost_just_under_and_over_the_limit(graphql, settings):
    from api.cost import query_cost

    assert settings.API["MAX_COST"] == 5000
    document_over = nested(2, 100)
    from graphql import parse

    assert query_cost(schema.graphql_schema, parse(document_over)) > 5000
    over = graphql(document_over, expected_status=400)
    error = over["errors"][0]
    assert error["extensions"]["code"] == "QUERY_TOO_COSTLY" and error["extensions"]["maxCost"] == 5000
    assert f"may return {error['extensions']['cost']} objects, more than the limit of 5000" in error["message"]

    settings.API = {**settings.API, "MAX_COST": query_cost(schema.graphql_schema, parse(document_over))}
    assert "errors" not in graphql(document_over)
    settings.API = {**settings.API, "MAX_COST": settings.API["MAX_COST"] - 1}
    assert graphql(document_over, expected_status=400)["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"


def test_cost_follows_variables_and_collection_limits(graphql, settings):
    from graphql import parse

    from api.cost import query_cost

    query = "query($n: Int) { news(limit: $n) { items { title translations { title } } } }"
    assert query_cost(schema.graphql_schema, parse(query), variables={"n": 100}) == 1 + 100 + 100 * 10
    assert query_cost(schema.graphql_schema, parse(query), variables={"n": 5}) == 1 + 5 + 5 * 10
    settings.API = {**settings.API, "MAX_COST": 500}
    assert "errors" not in graphql(query, {"n": 5})
    assert graphql(query, {"n": 100}, expected_status=400)["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"


def test_a_variables_default_is_costed_as_what_it_is(graphql, settings):
    """`$n: Int = 100` costs 100 items, not the argument's default of 20 (issue 25)."""
    from graphql import parse

    from api.cost import query_cost

    query = "query Q($n: Int = 100) { news(limit: $n) { items { title translations { title } } } }"
    assert query_cost(schema.graphql_schema, parse(query)) == 1 + 100 + 100 * 10
    assert query_cost(schema.graphql_schema, parse(query), variables={"n": 5}) == 1 + 5 + 5 * 10
    settings.API = {**settings.API, "MAX_COST": 500}
    assert graphql(query, expected_status=400)["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"


def test_every_list_is_costed(graphql, settings):
    """The members map (a GeoJSON scalar of up to 1000 features) and the translation report's
    items count like the lists they are (issue 25)."""
    from graphql import parse

    from api.cost import query_cost

    aliases = " ".join(f"m{n}: membersGeoJson" for n in range(6))
    assert query_cost(schema.graphql_schema, parse(f"{{ {aliases} }}")) == 6000
    assert graphql(f"{{ {aliases} }}", expected_status=400)["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert "errors" not in graphql("{ membersGeoJson }")
    report = '{ translationReport(locale: "fr", limit: 100) { items { source { title } translation { title } } } }'
    assert query_cost(schema.graphql_schema, parse(report)) == 1 + 100 + 100 + 100
    settings.API = {**settings.API, "MAX_COST": 300}
    assert graphql(report, expected_status=400)["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"


# 8. Cache key and host -------------------------------------------------------------------------------------


@pytest.mark.usefixtures("launch")
def test_cached_answers_are_per_host(en, settings):
    """Answers hold URLs built for the request's host: one host's answer is never another's."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.ALLOWED_HOSTS = ["a.example.org", "b.example.org"]
    page = NewsPage.objects.get(locale=en, slug="alliance-launched")
    query = f'{{ page(id: "{page.pk}") {{ url }} }}'
    Client().get("/graphql/", {"query": query}, HTTP_HOST="a.example.org")
    with CaptureQueriesContext(connection) as same_host:
        Client().get("/graphql/", {"query": query}, HTTP_HOST="a.example.org")
    with CaptureQueriesContext(connection) as other_host:
        Client().get("/graphql/", {"query": query}, HTTP_HOST="b.example.org")
    assert len(same_host.captured_queries) == 0
    assert len(other_host.captured_queries) > 0


# 9. Translation progress is not public --------------------------------------------------------------------


def test_anonymous_callers_get_no_translation_progress(graphql):
    report = graphql(
        '{ translationReport(locale: "fr") { counts { inProgress awaitingReview } items { stringsTotal lastSyncedAt } } }'
    )
    counts = report["data"]["translationReport"]["counts"]
    assert counts == {"inProgress": 0, "awaitingReview": 0}
    assert all(
        item["stringsTotal"] is None and item["lastSyncedAt"] is None
        for item in report["data"]["translationReport"]["items"]
    )


# 10. GraphQL over HTTP ---------------------------------------------------------------------------------------


def test_http_semantics(client):
    mutation = client.get("/graphql/", {"query": "mutation { x }"}, HTTP_ACCEPT="application/json")
    assert mutation.status_code == 405 and mutation["Allow"] == "POST" and mutation.json()["errors"]
    plain = client.post("/graphql/", "{ news { totalCount } }", content_type="text/plain")
    assert plain.status_code == 415 and plain.json()["errors"]


def test_public_cached_answers_carry_no_cookie(client):
    response = get(client, "{ news(limit: 1) { items { title translationStatus { status } } } }")
    assert response.status_code == 200 and response["Cache-Control"].startswith("public")
    assert "csrftoken" not in response.cookies and "sessionid" not in response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_media_types_and_request_error_statuses(client):
    invalid = json.dumps({"query": "{ newz { totalCount } }"})
    modern = client.post(
        "/graphql/", invalid, content_type="application/json", HTTP_ACCEPT="application/graphql-response+json"
    )
    assert modern.status_code == 400 and modern["Content-Type"].startswith("application/graphql-response+json")
    assert "data" not in json.loads(modern.content) and json.loads(modern.content)["errors"]
    legacy = client.post("/graphql/", invalid, content_type="application/json", HTTP_ACCEPT="application/json")
    assert legacy.status_code == 200 and legacy["Content-Type"].startswith("application/json")
    assert "data" not in legacy.json() and legacy.json()["errors"]
    assert client.post("/graphql/", invalid, content_type="application/json").status_code == 200  # no Accept: JSON
    refused = client.post("/graphql/", invalid, content_type="application/json", HTTP_ACCEPT="image/png")
    assert refused.status_code == 406 and refused.json()["errors"][0]["extensions"]["code"] == "NOT_ACCEPTABLE"
    cached = get(client, "{ news(limit: 1) { totalCount } }")
    assert "Accept" in cached["Vary"]


@pytest.mark.parametrize("sha", ["\x10", "abc", "g" * 64, "0" * 63, 123])
def test_a_persisted_query_hash_must_be_64_hex_digits(client, sha):
    body = {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha}}}
    response = client.post("/graphql/", json.dumps(body), content_type="application/json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_SUPPORTED"
