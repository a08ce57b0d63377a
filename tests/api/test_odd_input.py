"""Malformed and hostile input of every kind is a JSON 400 or a GraphQL error, on PostgreSQL as on
SQLite (this module runs in both suites): JSON nested thousands deep, a multipart body without a
boundary, and, in every argument of every root field, NUL characters, unpaired surrogates and
integers at and beyond what the database stores (issue 25)."""

import json

import pytest
from django.test import Client
from graphql import GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, get_named_type

from cms.schema import schema

pytestmark = pytest.mark.django_db

DEEP = 100_000


def assert_json_error(response, status=400):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/"), response["Content-Type"]
    body = response.json()
    assert body["errors"][0]["message"]
    return body


@pytest.mark.parametrize("part", ["body", "variables", "extensions"])
def test_json_nested_too_deeply_is_a_json_400(client, part):
    nested = "[" * DEEP + "]" * DEEP
    query = '"{ news(limit: 1) { totalCount } }"'
    body = {
        "body": nested,
        "variables": f'{{"query": {query}, "variables": {{"x": {nested}}}}}',
        "extensions": f'{{"query": {query}, "extensions": {{"x": {nested}}}}}',
    }[part]
    response = client.post("/graphql/", body, content_type="application/json")
    assert_json_error(response)


def test_a_get_nested_too_deeply_is_a_json_400(client):
    response = client.get(
        "/graphql/", {"query": "{ news { totalCount } }", "variables": "[" * 1300}, HTTP_ACCEPT="application/json"
    )
    assert_json_error(response)


def test_multipart_without_a_boundary_is_a_json_400(client):
    response = client.post("/graphql/", b"query=x", content_type="multipart/form-data", HTTP_ACCEPT="application/json")
    assert_json_error(response)


@pytest.mark.parametrize("value", ["news\x00", "\ud800", "a\udfffb"])
def test_unstorable_text_anywhere_in_the_envelope_is_a_json_400(client, value):
    for envelope in (
        {"query": "query($q: String!) { search(query: $q) { totalCount } }", "variables": {"q": value}},
        {"query": "{ news { totalCount } }", "variables": {value: 1}},
        {"query": "{ news { totalCount } }", "operationName": value},
        {"query": "{ news { totalCount } }", "extensions": {"x": value}},
        {"query": "{ news { totalCount } } #" + value},
    ):
        response = Client().post("/graphql/", json.dumps(envelope), content_type="application/json")
        body = assert_json_error(response)
        assert "NUL character or an unpaired surrogate" in body["errors"][0]["message"]


# Every argument of every root field, with hostile values ----------------------------------------

HOSTILE_STRINGS = ["\x00", "tag\x00", "\ud800", "\U0001f600 ok"]
HOSTILE_INTS = [2_147_483_647, -2_147_483_648, 99_999, -1, 0]
SAFE = {"String": "en", "ID": "1", "Int": 1, "Float": 1.0, "Boolean": False}


def type_string(graphql_type):
    if isinstance(graphql_type, GraphQLNonNull):
        return f"{type_string(graphql_type.of_type)}!"
    if isinstance(graphql_type, GraphQLList):
        return f"[{type_string(graphql_type.of_type)}]"
    return graphql_type.name


def safe_value(graphql_type):
    named = get_named_type(graphql_type)
    if isinstance(named, GraphQLEnumType):
        value = next(iter(named.values))
    elif isinstance(named, GraphQLInputObjectType):
        return {}
    else:
        value = SAFE.get(named.name, "x")
    inner = graphql_type.of_type if isinstance(graphql_type, GraphQLNonNull) else graphql_type
    return [value] if isinstance(inner, GraphQLList) else value


def hostile_cases():
    query_type = schema.graphql_schema.query_type
    for field_name, field in sorted(query_type.fields.items()):
        if field_name.startswith("_"):
            continue
        selection = ""
        if hasattr(named_type := get_named_type(field.type), "fields"):
            # Lists are counted and read: the count and the slice are separate queries.
            asked = [name for name in ("totalCount", "items { __typename }") if name.split()[0] in named_type.fields]
            selection = " { " + " ".join(["__typename", *asked]) + " }"
        for argument_name, argument in field.args.items():
            named = get_named_type(argument.type).name
            values = HOSTILE_STRINGS if named in ("String", "ID") else HOSTILE_INTS if named == "Int" else []
            for value in values:
                inner = argument.type.of_type if isinstance(argument.type, GraphQLNonNull) else argument.type
                variables = {
                    name: ([value] if isinstance(inner, GraphQLList) else value)
                    if name == argument_name
                    else safe_value(other.type)
                    for name, other in field.args.items()
                    if name == argument_name or isinstance(other.type, GraphQLNonNull)
                }
                declared = ", ".join(f"${name}: {type_string(field.args[name].type)}" for name in variables)
                passed = ", ".join(f"{name}: ${name}" for name in variables)
                yield (
                    f"{field_name}({argument_name}={value!r})",
                    f"query({declared}) {{ {field_name}({passed}){selection} }}",
                    variables,
                )


CASES = list(hostile_cases())


def test_the_hostile_cases_cover_the_schema():
    fields = {case[0].split("(")[0] for case in CASES}
    assert {"search", "news", "documents", "members", "page", "remembrances", "goodPractices"} <= fields
    assert len(CASES) > 150


def test_hostile_arguments_are_errors_not_crashes(settings):
    # An unexpected exception would read "Internal server error.".
    settings.API = {**settings.API, "MASK_ERRORS": True}
    client = Client()
    failures = []
    for name, query, variables in CASES:
        response = client.post(
            "/graphql/", json.dumps({"query": query, "variables": variables}), content_type="application/json"
        )
        body = response.json() if response["Content-Type"].startswith("application/json") else None
        if response.status_code not in (200, 400) or body is None:
            failures.append((name, response.status_code, response.content[:200]))
            continue
        for error in body.get("errors", []):
            if error["message"].startswith(("Internal server error", "Traceback")):
                failures.append((name, error["message"]))
            elif not error.get("extensions", {}).get("code"):
                failures.append((name, "an error without a code", error))
    assert not failures, failures[:10]
