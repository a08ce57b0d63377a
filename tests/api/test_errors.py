"""Bad input gets a clear GraphQL error, as JSON, never a 500 page."""

import json

import pytest

LIST_FIELDS = ["pages", "news", "remembrances", "goodPractices", "strategyDocuments", "members"]


@pytest.mark.django_db
@pytest.mark.parametrize("field", LIST_FIELDS)
def test_unknown_locale_on_every_list(graphql, field):
    result = graphql(f'{{ {field}(locale: "xx") {{ totalCount }} }}')
    assert result["data"] is None
    assert result["errors"][0]["message"] == "Unknown locale 'xx'. Available locales: en, fr."
    assert result["errors"][0]["path"] == [field]


@pytest.mark.django_db
@pytest.mark.parametrize("field", LIST_FIELDS)
def test_negative_offset_on_every_list(graphql, field):
    result = graphql(f"{{ {field}(offset: -1) {{ totalCount }} }}")
    assert result["errors"][0]["message"] == "offset must be 0 or more, got -1."


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "{ nope }",
        "{ pages { ",
        '{ news(limit: "ten") { totalCount } }',
        '{ page(translationKey: "not-a-uuid", locale: "en") { title } }',
        "{ goodPractices(themes: [GARDENING]) { totalCount } }",
        "{ news { items { title unknownField } } }",
        "{ search(query: 42) { totalCount } }",
    ],
)
def test_invalid_documents_are_400_json(graphql, query):
    result = graphql(query, expected_status=400)
    assert result["errors"][0]["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ("not json", "application/json", 400),
        ('{"variables": {}}', "application/json", 400),
        # Django's test client sends no Content-Type with an empty body: unsupported media type.
        ("", "application/json", 415),
    ],
)
def test_malformed_requests_are_400_json(client, body, content_type, status):
    response = client.post("/graphql/", data=body, content_type=content_type)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert json.loads(response.content)["errors"]


@pytest.mark.usefixtures("live_news_source")
@pytest.mark.django_db
def test_get_requests_answer_queries(client):
    response = client.get("/graphql/", {"query": "{ news(limit: 1) { totalCount } }"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["data"]["news"]["totalCount"] == 1


@pytest.mark.django_db
def test_no_write_exists_but_membership_applications(graphql):
    """Issue 15 added the one mutation; every other write is unknown to the schema."""
    result = graphql('mutation { deletePage(id: "1") { ok } }', expected_status=400)
    assert result["errors"][0]["message"] == "Cannot query field 'deletePage' on type 'Mutation'."
    assert "data" not in result


@pytest.mark.django_db
def test_navigation_depth_is_bounded(graphql):
    assert (
        graphql("{ navigation(depth: 9) { title } }")["errors"][0]["message"] == "depth must be between 1 and 4, got 9."
    )


@pytest.mark.django_db
def test_children_limit_is_bounded(graphql):
    result = graphql('{ page(urlPath: "/", locale: "en") { children(limit: 500) { title } } }')
    assert result["errors"][0]["message"] == "limit must be between 1 and 100, got 500."
