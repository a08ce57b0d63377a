"""Protection of the public API: every limit just under and just over, and the switches
that production turns off."""

import json

import pytest
from django.test import RequestFactory
from graphql import specified_rules

from api.validation import api_validation_rules
from api.views import AllianceGraphQLView


def nested_children(levels):
    """A query with fields ``levels`` + 1 below the root field: graphene counts the root
    field (page) as depth 0, then each children level, then the title leaf."""
    inner = "title"
    for _ in range(levels):
        inner = f"children(limit: 1) {{ {inner} }}"
    return f'{{ page(urlPath: "/", locale: "en") {{ {inner} }} }}'


@pytest.mark.django_db
def test_depth_just_under_and_over_the_limit(graphql, settings):
    assert settings.API["MAX_DEPTH"] == 10
    under = graphql(nested_children(9))  # title is 10 levels below page
    assert "errors" not in under
    over = graphql(nested_children(10), expected_status=400)
    assert over["errors"][0]["message"] == "'anonymous' exceeds maximum operation depth of 10."


@pytest.mark.django_db
def test_depth_limit_is_a_setting(graphql, settings):
    settings.API = {**settings.API, "MAX_DEPTH": 4}
    assert "errors" not in graphql(nested_children(3))
    assert graphql(nested_children(4), expected_status=400)["errors"][0]["message"].endswith("depth of 4.")


def aliases(count):
    return "{ " + " ".join(f"a{number}: news(limit: 1) {{ totalCount }}" for number in range(count)) + " }"


@pytest.mark.django_db
def test_aliases_just_under_and_over_the_limit(graphql, settings):
    assert settings.API["MAX_ALIASES"] == 15
    assert "errors" not in graphql(aliases(15))
    over = graphql(aliases(16), expected_status=400)
    assert over["errors"][0]["message"] == "The query uses more than 15 aliases."


def tokens(count):
    """A document of ``count`` tokens (12 around a list of count - 12 theme values)."""
    return "{ goodPractices(themes: [" + " ".join(["HOUSING"] * (count - 12)) + "]) { totalCount } }"


@pytest.mark.django_db
def test_tokens_just_under_and_over_the_limit(graphql, settings):
    assert settings.API["MAX_TOKENS"] == 2000
    assert "errors" not in graphql(tokens(2000))
    over = graphql(tokens(2001), expected_status=400)
    assert over["errors"][0]["message"] == "Syntax Error: Document contains more than 2000 tokens. Parsing aborted."


@pytest.mark.django_db
def test_comments_count_as_tokens(graphql):
    flood = "# padding\n" * 2001 + "{ news { totalCount } }"
    result = graphql(flood, expected_status=400)
    assert result["errors"][0]["message"].startswith("Syntax Error: Document contains more than 2000 tokens.")


def body_of_size(size):
    body = {"query": "{ news(limit: 1) { totalCount } }", "variables": {"padding": ""}}
    padding = size - len(json.dumps(body))
    body["variables"]["padding"] = "x" * padding
    encoded = json.dumps(body)
    assert len(encoded) == size
    return encoded


@pytest.mark.django_db
def test_body_size_just_under_and_over_the_limit(client, settings):
    assert settings.API["MAX_BODY_SIZE"] == 256 * 1024
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    under = client.post("/graphql/", body_of_size(256 * 1024), content_type="application/json")
    assert under.status_code == 200 and "errors" not in under.json()
    over = client.post("/graphql/", body_of_size(256 * 1024 + 1), content_type="application/json")
    assert over.status_code == 413
    assert over.json()["errors"][0] == {
        "message": "The request body is larger than 262144 bytes.",
        "extensions": {"code": "REQUEST_TOO_LARGE"},
    }


@pytest.mark.django_db
def test_batching_is_off(client):
    response = client.post(
        "/graphql/", json.dumps([{"query": "{ news { totalCount } }"}] * 2), content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "The received data is not a valid JSON query."


INTROSPECTION = "{ __schema { queryType { name } } }"


@pytest.mark.django_db
def test_introspection_on_and_off(graphql, settings):
    settings.API = {**settings.API, "INTROSPECTION": True}
    assert graphql(INTROSPECTION)["data"]["__schema"]["queryType"]["name"] == "Query"
    settings.API = {**settings.API, "INTROSPECTION": False}
    result = graphql(INTROSPECTION, expected_status=400)
    assert result["errors"][0]["message"].startswith("GraphQL introspection has been disabled")


def test_production_turns_off_introspection_graphiql_and_error_details():
    from tests.test_project import run_settings

    result = run_settings(
        "cms.settings.production",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="example.org",
        DATABASE_URL="postgres://alliance@db/alliance",
        CACHE_URL="rediscache://cache.internal:6379/1",
        code="print(settings.API['INTROSPECTION'], settings.GRAPHIQL_ENABLED, settings.API['MASK_ERRORS'], settings.API['SUGGESTIONS'])",
    )
    assert result.stdout.split() == ["False", "False", "True", "False"], result.stderr
    dev = run_settings("cms.settings.dev", code="print(settings.API['INTROSPECTION'], settings.GRAPHIQL_ENABLED)")
    assert dev.stdout.split() == ["True", "True"], dev.stderr


@pytest.mark.django_db
@pytest.mark.parametrize(("enabled", "html"), [(True, True), (False, False)])
def test_graphiql_only_where_enabled(enabled, html):
    request = RequestFactory().get("/graphql/", HTTP_ACCEPT="text/html")
    response = AllianceGraphQLView.as_view(graphiql=enabled)(request)
    assert ("text/html" in response["Content-Type"]) is html


@pytest.mark.django_db
@pytest.mark.parametrize("masked", [True, False])
def test_error_details_are_masked_in_production(graphql, settings, monkeypatch, masked):
    import home.schema  # siteSettings reads the default site there

    def broken():
        raise RuntimeError("database password is hunter2")

    monkeypatch.setattr(home.schema, "default_site", broken)
    settings.API = {**settings.API, "MASK_ERRORS": masked}
    result = graphql("{ siteSettings { siteName } }")
    message = result["errors"][0]["message"]
    if masked:
        assert message == "Internal server error." and "hunter2" not in json.dumps(result)
    else:
        assert message == "database password is hunter2"
    # Errors the API raises on purpose are never masked.
    assert graphql('{ news(locale: "xx") { totalCount } }')["errors"][0]["message"].startswith("Unknown locale")


def test_standard_validation_rules_run_before_the_apis_own(graphql):
    """The depth and alias limits only ever see documents the standard rules accept."""
    unknown = graphql("{ ...Missing }", expected_status=400)
    assert unknown["errors"][0]["message"] == "Unknown fragment 'Missing'."
    cycle = graphql("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", expected_status=400)
    assert "Cannot spread fragment 'A' within itself" in cycle["errors"][0]["message"]
    assert not any(rule in api_validation_rules() for rule in specified_rules)
