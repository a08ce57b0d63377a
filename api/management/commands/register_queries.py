"""``manage.py register_queries <folder>``: the safelist of persisted queries."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from graphene_django.settings import graphene_settings
from graphql import GraphQLError, parse, specified_rules, validate

from api.models import SafelistedQuery
from api.persisted_queries import query_hash
from api.validation import api_validation_rules


class Command(BaseCommand):
    """Register every ``*.graphql`` file of a folder (and its subfolders) as a safelisted query,
    by the SHA-256 of its text: clients send that hash as an automatic persisted query. Each file
    must hold one valid operation. With ``--replace``, queries no longer in the folder are removed.
    All or nothing: one invalid file registers none."""

    help = "Register the .graphql files of a folder as the API's safelisted queries (API_SAFELIST)."

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--replace", action="store_true", help="Remove registered queries not in the folder.")

    def handle(self, folder, replace=False, **options):
        # The project's schema (GRAPHENE["SCHEMA"]): this app does not import the wiring.
        schema = graphene_settings.SCHEMA

        files = sorted(Path(folder).rglob("*.graphql"))
        if not files:
            raise CommandError(f"No .graphql files in {folder}.")
        queries = {}
        for path in files:
            text = path.read_text(encoding="utf-8")
            try:
                document = parse(text)
            except GraphQLError as error:
                raise CommandError(f"{path}: {error.message}") from None
            errors = validate(schema.graphql_schema, document, specified_rules) or validate(
                schema.graphql_schema, document, api_validation_rules()
            )
            if errors:
                raise CommandError(f"{path}: {errors[0].message}")
            queries[query_hash(text)] = (str(path.relative_to(folder)), text)
        with transaction.atomic():
            for sha256, (name, text) in queries.items():
                SafelistedQuery.objects.update_or_create(sha256=sha256, defaults={"name": name, "query": text})
            removed = SafelistedQuery.objects.exclude(sha256__in=queries).delete()[0] if replace else 0
        for sha256, (name, _text) in sorted(queries.items(), key=lambda item: item[1][0]):
            self.stdout.write(f"{sha256}  {name}")
        self.stdout.write(f"Registered {len(queries)} queries" + (f", removed {removed}." if replace else "."))
