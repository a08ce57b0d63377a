"""Fuzzing: 1,000 generated queries (hypothesis-graphql, from the exported schema) never get a
server error, and every answer is GraphQL JSON."""

import json
from pathlib import Path

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
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

    run()
    print(f"fuzz: {seen['cases']} cases, responses by status {dict(sorted(seen['statuses'].items()))}")
    assert seen["cases"] >= FUZZ_CASES
    assert 500 not in seen["statuses"]
