"""CORS for partner sites (issue 25): the API answers browsers on the origins of
CORS_ALLOWED_ORIGINS only (none by default), preflights included, for GET and POST queries and
the membership mutation as JSON; cached answers carry the same headers."""

import json

import pytest

pytestmark = pytest.mark.django_db

PARTNER = "https://www.strasbourg.eu"
QUERY = "{ news(limit: 1) { totalCount } }"


@pytest.fixture
def partner_allowed(settings):
    settings.CORS_ALLOWED_ORIGINS = [PARTNER]


def test_no_origin_is_allowed_by_default(client, settings):
    assert settings.CORS_ALLOWED_ORIGINS == []
    response = client.get("/graphql/", {"query": QUERY}, HTTP_ORIGIN=PARTNER, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and "Access-Control-Allow-Origin" not in response


def test_a_preflight_from_an_allowed_origin_is_answered(client, partner_allowed):
    response = client.options(
        "/graphql/",
        HTTP_ORIGIN=PARTNER,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == PARTNER
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "content-type" in response["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in response
    other = client.options("/graphql/", HTTP_ORIGIN="https://evil.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert "Access-Control-Allow-Origin" not in other


@pytest.mark.usefixtures("live_news_source")
def test_queries_by_get_and_post_carry_the_headers_cached_or_not(client, partner_allowed):
    for _ in range(2):  # computed, then the cached answer
        response = client.get("/graphql/", {"query": QUERY}, HTTP_ORIGIN=PARTNER, HTTP_ACCEPT="application/json")
        assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == PARTNER
        assert "ETag" in response["Access-Control-Expose-Headers"]
    posted = client.post(
        "/graphql/", json.dumps({"query": QUERY}), content_type="application/json", HTTP_ORIGIN=PARTNER
    )
    assert posted.json()["data"]["news"]["totalCount"] > 0 and posted["Access-Control-Allow-Origin"] == PARTNER


def test_only_graphql_answers_other_origins(client, partner_allowed):
    response = client.get("/admin/login/", HTTP_ORIGIN=PARTNER)
    assert "Access-Control-Allow-Origin" not in response
