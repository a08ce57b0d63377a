"""Every GraphQL example of README.md and docs/*.md answers without errors against the demo
content (and, where the doc shows the answer in a ```json block right after it, with that
answer's shape): a newcomer copying one never meets an error."""

import json
import re
import uuid
from pathlib import Path

import pytest

from api.models import PreviewSnapshot
from api.preview import make_preview_token
from news.models import NewsPage

BASE_DIR = Path(__file__).resolve().parent.parent
FENCED = re.compile(r"```(\w*)\n(.*?)```", re.S)


def preview_token():
    return make_preview_token(PreviewSnapshot.take(NewsPage.objects.get(slug="alliance-launched")))


# Values for the examples' required variables, by operation name.
VARIABLES = {
    "Detail": lambda: {"path": "/news/alliance-launched/", "locale": "en"},
    "Preview": lambda: {"token": preview_token()},
    "WhatChanged": lambda: {"id": NewsPage.objects.get(slug="alliance-launched", locale__language_code="en").pk},
    "Apply": lambda: {
        "input": {
            "authorityName": "Ville de Montreuil",
            "kind": "city",
            "country": "FR",
            "contactName": "Camille Martin",
            "email": "camille.martin@example.org",
            "motivation": "Montreuil runs a mediation programme with Roma families.",
            "consent": True,
            "language": "fr",
            "idempotencyKey": uuid.uuid4().hex,
        }
    },
}


def examples():
    found = []
    for path in [BASE_DIR / "README.md", *sorted((BASE_DIR / "docs").glob("*.md"))]:
        blocks = FENCED.findall(path.read_text(encoding="utf-8"))
        for index, (language, text) in enumerate(blocks):
            if language != "graphql":
                continue
            following = blocks[index + 1] if index + 1 < len(blocks) else ("", "")
            answer = json.loads(following[1]) if following[0] == "json" and '"data"' in following[1] else None
            found.append(pytest.param(text, answer, id=f"{path.name}:{text.strip().splitlines()[0][:50]}"))
    return found


def shape(value):
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__


def assert_shape(expected, actual, where="data"):
    """Every key the doc shows is in the answer, with a value of the same kind."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, item in expected.items():
            assert key in actual, f"{where}.{key}"
            assert_shape(item, actual[key], f"{where}.{key}")
    elif isinstance(expected, list) and expected:
        assert isinstance(actual, list) and actual, where
        assert_shape(expected[0], actual[0], f"{where}[0]")


def test_the_docs_have_examples():
    assert len(examples()) >= 10


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
@pytest.mark.parametrize("query, answer", examples())
def test_every_documented_query_answers(graphql, query, answer):
    operation = re.match(r"\s*(?:query|mutation)\s+(\w+)", query)
    variables = VARIABLES[operation.group(1)]() if operation and operation.group(1) in VARIABLES else None
    result = graphql(query, variables)
    assert "errors" not in result, result["errors"]
    assert result["data"]
    if answer is not None:
        assert_shape(shape(answer["data"]), result["data"])
