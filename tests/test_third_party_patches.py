"""Every place the project leans on third-party internals (listed in docs/decisions.md, "Third-party
code we lean on") is pinned here to the source it was written against: an upgrade that changes
that code fails this test, naming the patch to re-check, instead of breaking it silently
(issue 26, item 5). After re-checking, record the new fingerprint."""

import hashlib
import inspect
from importlib import import_module
from pathlib import Path

import pytest


def source_of(dotted):
    module_name, _, attribute_path = dotted.partition(":")
    obj = import_module(module_name)
    for name in attribute_path.split("."):
        obj = getattr(obj, name)
    return inspect.getsource(obj).encode()


def package_file(dotted):
    package, _, relative = dotted.partition(":")
    return (Path(import_module(package).__file__).parent / relative).read_bytes()


# (what is leaned on, its fingerprint, where the project leans on it)
LEANED_ON = [
    (
        "wagtail_localize.models:TranslationSource.create_or_update_translation",
        "4c68c20a8ba2648b",
        "editorial/localize.py: drafts until approved (wagtail-localize #463, #634, #655)",
    ),
    (
        "wagtail_localize.views.submit_translations:SubmitPageTranslationView",
        "2703140b655dba0a",
        "editorial/views.py: the translator's languages only, registered at the same URL",
    ),
    (
        "wagtail_localize.views.submit_translations:SubmitSnippetTranslationView",
        "53032c31b9a21312",
        "editorial/views.py: the translator's languages only, registered at the same URL",
    ),
    (
        "wagtail_localize.views.update_translations:UpdateTranslationsView",
        "845d4ef842085a92",
        "editorial/views.py: sync held back for untranslated strings",
    ),
    (
        "modelsearch.backends.database.postgres.postgres:PostgresIndex.add_items",
        "62bf7488351e3864",
        "search/backends.py: each object indexed with its language's text search configuration",
    ),
    (
        "modelsearch.backends.database.postgres.postgres:PostgresSearchQueryCompiler.get_config",
        "c8a34af2c15f0193",
        "search/backends.py: each query with its language's configuration",
    ),
    (
        "modelsearch.backends.database.postgres.postgres:PostgresSearchBackend.__init__",
        "df87d2824f88d8e3",
        "search/backends.py: `config` turned into a property read per object",
    ),
    (
        "csp.middleware:CSPMiddleware.get_policy_parts",
        "835e17fa636ab681",
        "cms/middleware.py: 'unsafe-inline' scripts for the Wagtail admin only",
    ),
    (
        "django.core.cache.backends.redis:RedisCache.__init__",
        "40131bec6169f7fa",
        "api/cache.py redis_of: Django's RedisCache `_cache` (its client and serializer)",
    ),
    (
        "django.core.cache.backends.redis:RedisCacheClient.__init__",
        "84b786df9ad9dd73",
        "api/cache.py redis_of: RedisCacheClient `_serializer`",
    ),
    (
        "wagtail.management.commands.publish_scheduled:Command.handle",
        "bed49330f8630db9",
        "editorial/management/commands/publish_scheduled.py: one transaction, untranslated revisions unscheduled",
    ),
    (
        "graphene_django.views:GraphQLView.get_graphql_params",
        "fed1e67dbcaad39b",
        "api/views.py: the envelope checked for type and for unstorable text",
    ),
    (
        "graphene_django.views:GraphQLView.get_response",
        "a43a1b2efcb1165a",
        "api/views.py: the response cache and persisted queries",
    ),
    (
        "graphene_django.views:GraphQLView.execute_graphql_request",
        "a365a3b5245aa69c",
        "api/views.py: limits, cost, mutations as JSON only",
    ),
    (
        "graphene_django.views:GraphQLView.format_error",
        "7d9161103c9f3f7d",
        "api/views.py: masked errors, no suggestions",
    ),
    (
        "graphene_django.views:GraphQLView.dispatch",
        "6b867e74dcef4c1a",
        "api/views.py: media types, size, keys and rate limits before graphene's dispatch",
    ),
]

TEMPLATES = [
    (
        "wagtail_localize:templates/wagtail_localize/admin/edit_translation.html",
        "52b849c00b09876c",
        "editorial/templates/wagtail_localize/admin/edit_translation.html: our action bar",
    ),
    (
        "wagtail:admin/templates/wagtailadmin/workflows/includes/workflow_used_by_cell.html",
        "4975acc7379e9e08",
        "editorial/templates/wagtailadmin/workflows/includes/workflow_used_by_cell.html: pages entering by page type",
    ),
]


@pytest.mark.parametrize("dotted, fingerprint, where", LEANED_ON, ids=[item[0] for item in LEANED_ON])
def test_the_code_we_lean_on_is_the_code_we_wrote_against(dotted, fingerprint, where):
    found = hashlib.sha256(source_of(dotted)).hexdigest()[:16]
    assert found == fingerprint, f"{dotted} changed ({found}): re-check {where}, then record the new fingerprint"


@pytest.mark.parametrize("dotted, fingerprint, where", TEMPLATES, ids=[item[0] for item in TEMPLATES])
def test_the_templates_we_override_are_the_ones_we_copied(dotted, fingerprint, where):
    found = hashlib.sha256(package_file(dotted)).hexdigest()[:16]
    assert found == fingerprint, f"{dotted} changed ({found}): re-check {where}, then record the new fingerprint"
