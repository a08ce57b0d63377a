"""Fuzzing: 1,000 generated queries (hypothesis-graphql, from the exported schema) never get a
server error, and every answer is GraphQL JSON."""

import json
from pathlib import Path
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import strategies as gql

SCHEMA = (Path(__file__).resolve().parent.parent.parent / "schema.graphql").read_text()
FUZZ_CASES = 1000
seen = {"cases": 0, "statuses": {}}


@pytest.mark.django_db
def test_generated_queries_never_cause_a_server_error():
    client = Client()

    @settings(max_examples=FUZZ_CASES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(query=gql.queries(SCHEMA))
    def run(query):
        response = client.post("/graphql/", json.dumps({"query": query}), content_type="application/json")
        seen["cases"] += 1
        seen["statuses"][response.status_code] = seen["statuses"].get(response.status_code, 0) + 1
        assert response.status_code in (200, 400), (response.status_code, query, response.content[:500])
        body = response.json()
        assert "data" in body or "errors" in body
        for error in body.get("errors", []):
            # A failed SQL statement would poison the rest of the transaction: none may happen.
            assert "transaction" not in error["message"].lower(), (query, error)
            assert not error["message"].startswith(("Traceback", "Internal")), (query, error)
            assert error["extensions"]["code"], (query, error)  # every error says what kind it is

    run()
    print(f"fuzz: {seen['cases']} cases, responses by status {dict(sorted(seen['statuses'].items()))}")
    assert seen["cases"] >= FUZZ_CASES
    assert 500 not in seen["statuses"]


ENVELOPE_CASES = 300
# Hostile text too: NUL (PostgreSQL refuses it), unpaired surrogates (no UTF-8 form), JSON-looking
# nesting deeper than Python's parser goes (issue 25).
hostile_text = st.sampled_from(["\x00", "a\x00b", "\ud800", "\udfff", "[" * 1300, "{}" * 2000])
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | hostile_text
    | st.integers(min_value=2**31, max_value=2**70),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)
queries = st.sampled_from(["{ news(limit: 1) { totalCount } }", "{ ...F }", "mutation { x }", "", "{"]) | json_values
extensions = (
    json_values
    | st.builds(lambda value: {"persistedQuery": value}, json_values)
    | st.builds(lambda sha: {"persistedQuery": {"version": 1, "sha256Hash": sha}}, st.text(max_size=64))
)


@pytest.mark.django_db
def test_mutated_request_envelopes_never_cause_a_server_error():
    """The envelope, not only the document: query, variables, extensions and operationName of
    any JSON type, by POST (JSON body) and by GET (parameters, JSON-encoded or raw)."""
    client = Client()
    statuses = {}

    @settings(max_examples=ENVELOPE_CASES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(
        query=queries,
        variables=json_values,
        extension=extensions,
        operation_name=json_values,
        method=st.sampled_from(["post", "get", "get-raw"]),
    )
    def run(query, variables, extension, operation_name, method):
        envelope = {"query": query, "variables": variables, "extensions": extension, "operationName": operation_name}
        if method == "post":
            response = client.post("/graphql/", json.dumps(envelope), content_type="application/json")
        else:
            encode = json.dumps if method == "get" else str
            params = {
                key: value if isinstance(value, str) else encode(value)
                for key, value in envelope.items()
                if value is not None
            }
            # Percent-encoded as a browser would send the bytes (an unpaired surrogate included).
            query_string = "&".join(
                f"{key}={quote(value.encode('utf-8', 'surrogatepass'))}" for key, value in params.items()
            )
            response = client.get(f"/graphql/?{query_string}", HTTP_ACCEPT="application/json")
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        assert response.status_code in (200, 400, 405), (response.status_code, envelope, response.content[:300])
        body = response.json()
        assert "data" in body or body["errors"][0]["message"]

    run()
    print(f"envelope fuzz: {sum(statuses.values())} cases, responses by status {dict(sorted(statuses.items()))}")
    assert 500 not in statuses
