"""Project wiring: migrations, exported schema, settings, health, translations."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation
from graphql import print_schema

from cms.schema import schema
from practices.models import Theme

BASE_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_schema_graphql_is_up_to_date():
    checked_in = (BASE_DIR / "schema.graphql").read_text()
    assert checked_in.strip() == print_schema(schema.graphql_schema).strip(), (
        "schema.graphql drifted from the code: review the API change and run `make schema`."
    )


def run_settings(module, code="print(settings.DATABASES['default']['ENGINE'])", **environ):
    """Load a settings module in a fresh interpreter with only ``environ`` set, run ``code``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "API_", "CACHE_URL", "CMS_"))
    }
    env.update(environ, DJANGO_SETTINGS_MODULE=module)
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; {code}"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_settings(
        "cms.settings.production", DJANGO_ALLOWED_HOSTS="example.org", DATABASE_URL="postgres://u@localhost/db"
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set in production." in result.stderr


def test_production_takes_postgresql_from_database_url():
    result = run_settings(
        "cms.settings.production",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="example.org",
        DATABASE_URL="postgres://alliance@db.internal:5432/alliance",
        CACHE_URL="rediscache://cache.internal:6379/1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_production_refuses_to_start_without_a_shared_cache():
    base = {
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "postgres://u@db/alliance",
    }
    refused = run_settings("cms.settings.production", **base)
    assert refused.returncode != 0 and "CACHE_URL must name a shared cache" in refused.stderr
    code = "print(settings.CACHES['default']['BACKEND'])"
    allowed = run_settings("cms.settings.production", code=code, CMS_ALLOW_LOCAL_CACHE="true", **base)
    assert allowed.returncode == 0 and allowed.stdout.strip().endswith("LocMemCache"), allowed.stderr


def test_default_settings_use_sqlite():
    result = run_settings("cms.settings.dev")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.sqlite3"


@pytest.mark.django_db
def test_health_endpoint(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_health_endpoint_reports_a_broken_cache(client, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/health/")
    # The API answers from the database meanwhile: the instance stays in the pool.
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "unreachable: ConnectionError"}


@pytest.mark.django_db
def test_health_endpoint_is_unavailable_without_the_database(client, monkeypatch):
    from api import views

    def broken():
        raise OSError("connection refused")

    monkeypatch.setattr(views, "probe_database", broken)
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["database"] == "error: OSError"


def test_french_catalogue_translates_the_theme_vocabulary():
    with translation.override("fr"):
        assert str(Theme.Code.HOUSING.label) == "Logement"
        assert str(Theme.Code.ANTI_GYPSYISM.label) == "Antitsiganisme"


@pytest.mark.django_db
def test_migrate_creates_a_locale_per_configured_language(settings):
    from wagtail.models import Locale

    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES = [("en", "English"), ("fr", "Français"), ("de", "Deutsch")]
    call_command("migrate", verbosity=0)
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"en", "fr", "de"}


def test_french_catalogue_is_complete():
    import polib

    catalogue = polib.pofile(str(BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    assert catalogue.percent_translated() == 100
    assert not [entry.msgid for entry in catalogue if "fuzzy" in entry.flags]


def test_french_catalogue_covers_every_string_of_the_code(tmp_path):
    """makemessages finds no string that the checked-in catalogue lacks."""
    import shutil

    import polib

    work = tmp_path / "project"
    shutil.copytree(
        BASE_DIR, work, ignore=shutil.ignore_patterns(".venv", "media", "static", ".git", "*.sqlite3", "__pycache__")
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--ignore=bench", "--ignore=tests", "-v0"],
        cwd=work,
        capture_output=True,
        text=True,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        },
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(work / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    missing = [
        entry.msgid
        for entry in fresh
        if "fuzzy" in entry.flags
        or (not entry.msgstr if not entry.msgid_plural else not all(entry.msgstr_plural.values()))
    ]
    assert not missing, f"untranslated strings, run makemessages and translate: {missing}"


def test_a_missing_tool_skips_here_and_fails_in_ci(monkeypatch):
    """`.ci/run` sets CI=true: a suite that cannot run there (no chromium, node, redis-server,
    PostgreSQL, Redis, a shallow clone) fails the run instead of skipping (issue 26)."""
    from tests.servers import unavailable

    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception):
        unavailable("no chromium")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true and no chromium"):
        unavailable("no chromium")
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text()
    assert makefile.count('if [ "$(CI)" = true ]; then echo "CI=true: failing instead"; exit 1; fi') == 3
    assert "export CI=true" in (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()


def test_every_environment_variable_the_settings_read_is_documented():
    """docs/deployment.md lists every variable the settings (but the test settings) and
    gunicorn.conf.py read (issue 26): an operator never meets an undocumented switch."""
    import re

    base = Path(__file__).resolve().parent.parent
    sources = [*sorted((base / "cms" / "settings").glob("*.py")), base / "gunicorn.conf.py"]
    read = re.compile(r"""(?:env(?:\.\w+)?\(\s*|os\.environ(?:\.get)?[\[(]|getenv\()["']([A-Z][A-Z0-9_]+)["']""")
    names = {name for source in sources if source.name != "test.py" for name in read.findall(source.read_text())}
    assert len(names) > 60, names
    guide = (base / "docs" / "deployment.md").read_text()
    missing = sorted(name for name in names if not re.search(rf"\b{name}\b", guide))
    assert not missing, f"read by the settings, not in docs/deployment.md: {missing}"
