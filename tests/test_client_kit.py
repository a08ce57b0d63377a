"""The typed client kit (examples/client-kit): its generated code matches schema.graphql and its
documents, its manifest is a safelist the API accepts, and its documents cover the schema."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from graphql import OperationDefinitionNode, build_schema, parse

from api.models import SafelistedQuery
from api.persisted_queries import query_hash

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
KIT = EXAMPLES / "client-kit"
MANIFEST = KIT / "generated" / "persisted-documents.json"

# Root fields the examples do not show, each with the reason. Empty: every public field is shown.
NOT_SHOWN = {}


def node_tools():
    """Skip (or, in CI, fail) when `npm ci` has not installed the kit's tools."""
    if (EXAMPLES / "node_modules" / ".bin" / "graphql-codegen").exists() and shutil.which("node"):
        return
    reason = "the client kit's tools are not installed: run `npm ci` in examples/ (needs Node.js 20)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def kit_documents():
    """Every document of the kit, parsed, with the fragments of fragments.graphql."""
    return [parse(path.read_text()) for path in sorted((KIT / "documents").glob("*.graphql"))]


@pytest.mark.xdist_group("node")
def test_the_generated_kit_matches_the_schema_and_documents(tmp_path):
    """What `npm run codegen` writes today is what is committed: change schema.graphql or a
    document without regenerating, and this fails (like the schema's own drift test)."""
    node_tools()
    result = subprocess.run(
        ["npm", "run", "--silent", "codegen"],
        cwd=KIT,
        env={**os.environ, "CODEGEN_OUT": f"{tmp_path}/"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    generated = sorted(path.name for path in tmp_path.iterdir())
    assert generated == sorted(path.name for path in (KIT / "generated").iterdir())
    for name in generated:
        assert (tmp_path / name).read_text() == (KIT / "generated" / name).read_text(), (
            f"examples/client-kit/generated/{name} is out of date: run `make client-kit`"
        )


@pytest.mark.xdist_group("node")
def test_the_kit_type_checks():
    node_tools()
    result = subprocess.run(
        ["npm", "run", "--silent", "typecheck"], cwd=KIT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.xdist_group("node")
def test_the_partner_site_type_checks_against_the_kit():
    """`astro check`: the reference frontend's pages and scripts use the kit's types as they are."""
    node_tools()
    result = subprocess.run(
        ["npm", "run", "--silent", "check"], cwd=EXAMPLES / "partner-site", capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


@pytest.mark.django_db
def test_the_manifest_is_a_safelist_the_api_accepts():
    manifest = json.loads(MANIFEST.read_text())
    assert all(query_hash(document) == key.removeprefix("sha256:") for key, document in manifest.items())
    call_command("register_queries", str(MANIFEST), verbosity=0)
    operations = {
        node.name.value
        for document in kit_documents()
        for node in document.definitions
        if isinstance(node, OperationDefinitionNode)
    }
    assert set(SafelistedQuery.objects.values_list("name", flat=True)) == operations


def test_the_examples_cover_every_root_field_of_the_schema():
    """Every public root field (queries and the mutation) is used by a document of the kit,
    which the reference frontend uses, or is listed in NOT_SHOWN with its reason."""
    schema = build_schema((ROOT / "schema.graphql").read_text())
    root_fields = {f"Query.{name}" for name in schema.query_type.fields}
    root_fields |= {f"Mutation.{name}" for name in schema.mutation_type.fields}
    used = set()
    for document in kit_documents():
        for node in document.definitions:
            if isinstance(node, OperationDefinitionNode):
                root = "Query" if node.operation.value == "query" else "Mutation"
                used |= {f"{root}.{field.name.value}" for field in node.selection_set.selections}
    missing = root_fields - used - set(NOT_SHOWN)
    assert not missing, f"root fields no example shows (show them, or say why in NOT_SHOWN): {sorted(missing)}"
    assert not set(NOT_SHOWN) & used, "a field in NOT_SHOWN is shown after all"


def test_the_partner_site_sends_every_document_of_the_kit():
    """The kit holds no document the reference frontend does not use (so "used by a document"
    above means "shown by the site")."""
    sources = "\n".join(
        path.read_text() for path in (EXAMPLES / "partner-site" / "src").rglob("*") if path.suffix in (".astro", ".ts")
    )
    operations = {
        node.name.value
        for document in kit_documents()
        for node in document.definitions
        if isinstance(node, OperationDefinitionNode)
    }
    unused = sorted(name for name in operations if f"{name}Document" not in sources)
    assert not unused, f"documents the partner site never sends: {unused}"
