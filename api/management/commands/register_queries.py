"""``manage.py register_queries <folder or manifest>``: the safelist of persisted queries."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from graphene_django.settings import graphene_settings
from graphql import GraphQLError, OperationDefinitionNode, parse, specified_rules, validate

from api.models import SafelistedQuery
from api.persisted_queries import query_hash
from api.validation import api_validation_rules


class Command(BaseCommand):
    """Register safelisted queries, by the SHA-256 of their text: clients send that hash as an
    automatic persisted query. The source is either a folder, whose ``*.graphql`` files (in
    subfolders too) each hold one operation, or a persisted-document manifest, a JSON object of
    hash → document as graphql-codegen's client preset writes it (``persisted-documents.json``
    of examples/client-kit; a hash may carry the ``sha256:`` prefix), where each hash must be the
    SHA-256 of its document. With
    ``--replace``, queries no longer in the source are removed. All or nothing: one invalid
    document registers none."""

    help = (
        "Register the .graphql files of a folder, or the documents of a persisted-document manifest "
        "(JSON: hash -> document), as the API's safelisted queries (API_SAFELIST)."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="A folder of .graphql files, or a persisted-documents.json manifest.")
        parser.add_argument("--replace", action="store_true", help="Remove registered queries not in the source.")

    def handle(self, source, replace=False, **options):
        # The project's schema (GRAPHENE["SCHEMA"]): this app does not import the wiring.
        schema = graphene_settings.SCHEMA
        documents = manifest_documents(source) if Path(source).is_file() else folder_documents(source)
        queries = {}
        for name, text in documents:
            try:
                document = parse(text)
            except GraphQLError as error:
                raise CommandError(f"{name}: {error.message}") from None
            errors = validate(schema.graphql_schema, document, specified_rules) or validate(
                schema.graphql_schema, document, api_validation_rules()
            )
            if errors:
                raise CommandError(f"{name}: {errors[0].message}")
            queries[query_hash(text)] = (name, text)
        with transaction.atomic():
            for sha256, (name, text) in queries.items():
                SafelistedQuery.objects.update_or_create(sha256=sha256, defaults={"name": name, "query": text})
            removed = SafelistedQuery.objects.exclude(sha256__in=queries).delete()[0] if replace else 0
        for sha256, (name, _text) in sorted(queries.items(), key=lambda item: item[1][0]):
            self.stdout.write(f"{sha256}  {name}")
        self.stdout.write(f"Registered {len(queries)} queries" + (f", removed {removed}." if replace else "."))


def folder_documents(folder):
    """(name, text) of each ``.graphql`` file under ``folder``, named by its relative path."""
    files = sorted(Path(folder).rglob("*.graphql"))
    if not files:
        raise CommandError(f"No .graphql files in {folder}.")
    return [(str(path.relative_to(folder)), path.read_text(encoding="utf-8")) for path in files]


def manifest_documents(path):
    """(name, text) of each document of a manifest (JSON: SHA-256 → document), named by its
    operation. A hash that is not its document's SHA-256 would make clients miss: refused."""
    try:
        manifest = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise CommandError(f"{path}: not a JSON manifest ({error}).") from None
    if not isinstance(manifest, dict) or not manifest:
        raise CommandError(f"{path}: a manifest is a non-empty JSON object of hash -> document.")
    documents = []
    for identifier, text in sorted(manifest.items()):
        # "sha256:<hex>" is the GraphQL persisted-documents form (graphql-codegen's client preset).
        sha256 = identifier.removeprefix("sha256:").lower()
        if not isinstance(text, str):
            raise CommandError(f"{path}: the document of {identifier} is not a string.")
        if query_hash(text) != sha256:
            raise CommandError(f"{path}: {identifier} is not the SHA-256 of its document.")
        try:
            operation = next(
                (node.name.value if node.name else "(anonymous)")
                for node in parse(text).definitions
                if isinstance(node, OperationDefinitionNode)
            )
        except (GraphQLError, StopIteration):
            operation = sha256[:12]  # reported by the validation that follows
        documents.append((operation, text))
    return documents
