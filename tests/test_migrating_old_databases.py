"""A database built by the code before the architecture move (models moved from ``home`` to
``api`` and ``editorial``) migrates to today's code without losing anything.

The old code is taken from git (the last commit before the move), builds a database with the
demo content, a webhook subscription with its deliveries, a preview snapshot and a permission
granted on a moved model; today's code migrates that database. Every table keeps its rows, the
moved content types keep their permissions, and the API answers as it did.
"""

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.servers import unavailable

BASE_DIR = Path(__file__).resolve().parent.parent
BEFORE_THE_MOVE = "6d8d3c90d000d51cecbb85fbed3f33c6f921d476"

# Run by the old code once its demo content is loaded: the records that moved between apps.
MAKE_OLD_RECORDS = """
from django.contrib.auth.models import Group, Permission
from home.models import PreviewSnapshot, WebhookSubscription
from news.models import NewsPage

WebhookSubscription.objects.create(name="Portal", url="https://portal.example.org/hook")
page = NewsPage.objects.live().filter(locale__language_code="fr").first()
page.save_revision().publish()
PreviewSnapshot.take(page)
Group.objects.get(name="Administrators").permissions.add(
    *Permission.objects.filter(content_type__app_label="home", codename__endswith="webhooksubscription")
)
"""

# Run by both codes: row counts and an API answer.
DESCRIBE = """
import json
from django.db import connection
from django.test import Client

tables = [
    "wagtailcore_page", "wagtailcore_revision", "wagtailcore_locale", "wagtailcore_workflowstate",
    "wagtail_localize_translationsource", "wagtail_localize_translation", "wagtail_localize_stringtranslation",
    "home_member", "home_terminologynote", "home_taglabel", "home_imagealttext", "home_previewsnapshot",
    "home_translatedrevision", "home_webhooksubscription", "home_webhookdelivery", "wagtailimages_image",
    "wagtaildocs_document", "auth_group", "auth_permission", "auth_group_permissions", "django_content_type",
]
# Models added since the old commit bring content types and permissions of their own: not counted.
new_models = (
    "app_label IN ('events', 'membership', 'axes', 'otp_totp', 'otp_static', 'django_otp') OR (app_label = 'api' AND model IN ('documentdetails', 'pendinginvalidation'))"
    " OR (app_label = 'home' AND model = 'contactpoint') OR (app_label = 'editorial' AND model IN ('commemoration', 'glossaryterm', 'deeplglossary'))"
    " OR (app_label = 'editorial' AND model IN ('release', 'releaseitem', 'webhookattempt'))"
)
new_rows = {
    "django_content_type": f" WHERE {new_models}",
    "auth_permission": f" WHERE content_type_id IN (SELECT id FROM django_content_type WHERE {new_models})",
}
# The tables of the moved models were renamed after their new app since (issue 26): counted under
# their old names, from whichever table the database has.
renamed = {
    "home_imagealttext": "api_imagealttext", "home_previewsnapshot": "api_previewsnapshot",
    "home_translatedrevision": "editorial_translatedrevision",
    "home_webhooksubscription": "editorial_webhooksubscription", "home_webhookdelivery": "editorial_webhookdelivery",
}
existing = set(connection.introspection.table_names())
with connection.cursor() as cursor:
    counts = {}
    for table in tables:
        cursor.execute(f"SELECT COUNT(*) FROM {table if table in existing else renamed[table]}")
        counts[table] = cursor.fetchone()[0]
        if table in new_rows:
            cursor.execute(f"SELECT COUNT(*) FROM {table}{new_rows[table]}")
            counts[table] -= cursor.fetchone()[0]
    cursor.execute(
        "SELECT ct.app_label, ct.model, p.codename FROM auth_group_permissions gp"
        " JOIN auth_permission p ON p.id = gp.permission_id JOIN django_content_type ct ON ct.id = p.content_type_id"
        " JOIN auth_group g ON g.id = gp.group_id WHERE g.name = 'Administrators' AND ct.model IN"
        " ('webhooksubscription', 'webhookdelivery', 'translatedrevision', 'previewsnapshot', 'imagealttext')"
    )
    moved_permissions = sorted(cursor.fetchall())
query = '''{
  news(locale: "fr", limit: 100) { totalCount items { id title urlPath translationStatus { locale { languageCode } status } } }
  pages(locale: "en", limit: 100) { totalCount items { id title } }
  page(urlPath: "/", locale: "fr") { ... on HomePage { heroImage { altText } } }
}'''
answer = Client().post("/graphql/", {"query": query}, content_type="application/json").json()
print(json.dumps({"counts": counts, "moved_permissions": moved_permissions, "answer": answer,
                  "old_tables": sorted(existing & set(renamed)), "new_tables": sorted(existing & set(renamed.values()))}))
"""


def run(code_dir, env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=code_dir, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"{' '.join(args)} in {code_dir}:\n{result.stderr[-3000:]}"
    return result.stdout


def old_code(tmp_path):
    """The tree of the commit before the move, or a skip saying why it is not available."""
    if shutil.which("git") is None:
        unavailable("git is not installed: the code before the move cannot be checked out")
    found = subprocess.run(
        ["git", "cat-file", "-e", f"{BEFORE_THE_MOVE}^{{commit}}"], cwd=BASE_DIR, capture_output=True
    )
    if found.returncode != 0:
        unavailable(f"commit {BEFORE_THE_MOVE[:12]} is not in this clone (shallow?): cannot build the old database")
    tree = tmp_path / "before-the-move"
    tree.mkdir()
    archive = subprocess.run(["git", "archive", BEFORE_THE_MOVE], cwd=BASE_DIR, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree


@pytest.fixture
def database_url(tmp_path):
    """An empty database of this run's own: an SQLite file, or on the PostgreSQL suite a
    PostgreSQL database named from a per-run id and dropped afterwards (only that one)."""
    server = os.environ.get("DATABASE_URL", "")
    if not server.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'before-the-move.sqlite3'}"
        return
    import psycopg

    name = f"alliance_migrate_{uuid.uuid4().hex[:12]}"
    admin_url = server.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_database_built_before_the_move_keeps_everything(tmp_path, database_url):
    tree = old_code(tmp_path)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        DATABASE_URL=database_url,
        TEST_CACHE_URL="locmemcache://before-the-move",
    )
    run(tree, env, "migrate", "--no-input", "-v0")
    run(tree, env, "load_demo_content")
    run(tree, env, "shell", "-c", MAKE_OLD_RECORDS)
    before = json.loads(run(tree, env, "shell", "-c", DESCRIBE).splitlines()[-1])
    assert before["counts"]["home_webhookdelivery"] > 0 and before["counts"]["home_translatedrevision"] > 0
    assert before["counts"]["home_imagealttext"] > 0 and before["counts"]["home_previewsnapshot"] == 1
    assert "errors" not in before["answer"], before["answer"]

    run(BASE_DIR, env, "migrate", "--no-input", "-v0")
    run(BASE_DIR, env, "makemigrations", "--check", "--dry-run")
    after = json.loads(run(BASE_DIR, env, "shell", "-c", DESCRIBE).splitlines()[-1])

    assert after["counts"] == before["counts"]
    # Every moved model's table now carries its app's name; none of the old names is left.
    assert len(before["old_tables"]) == 5 and before["new_tables"] == []
    assert after["old_tables"] == [] and len(after["new_tables"]) == 5
    assert after["answer"] == before["answer"]
    # The content types moved with the models: permissions granted on an old model (webhook
    # subscriptions by hand above, alt texts by setup_editorial) are now on the new one.
    new_app = {"imagealttext": "api", "previewsnapshot": "api"}
    assert {app for app, _model, _codename in before["moved_permissions"]} == {"home"}
    assert {model for _app, model, _codename in before["moved_permissions"]} >= {"imagealttext", "webhooksubscription"}
    assert sorted(tuple(row) for row in after["moved_permissions"]) == sorted(
        (new_app.get(model, "editorial"), model, codename) for _app, model, codename in before["moved_permissions"]
    )
    # And today's code reads the moved records through its own models.
    moved = json.loads(
        run(
            BASE_DIR,
            env,
            "shell",
            "-c",
            "import json; from api.models import ImageAltText, PreviewSnapshot;"
            " from editorial.models import TranslatedRevision, WebhookDelivery, WebhookSubscription;"
            " print(json.dumps([m.objects.count() for m in"
            " (ImageAltText, PreviewSnapshot, TranslatedRevision, WebhookSubscription, WebhookDelivery)]))",
        ).splitlines()[-1]
    )
    assert moved == [
        before["counts"][table]
        for table in (
            "home_imagealttext",
            "home_previewsnapshot",
            "home_translatedrevision",
            "home_webhooksubscription",
            "home_webhookdelivery",
        )
    ]
