"""GraphQL over HTTP: the graphql-http audit suite (tools/http-audit, pinned from the npm
registry) against a live server, with development settings and with production settings
(gunicorn). Every MUST and SHOULD audit passes, except the ones production answers
differently on purpose, each named with its reason."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import free_port, serve, server_env, unavailable, wait_for

BASE_DIR = Path(__file__).resolve().parent.parent
AUDIT_DIR = BASE_DIR / "tools" / "http-audit"

# Production turns introspection off (docs/api.md). These two audits send the introspection
# query `query Type($name: String!) { __type(name: $name) { name } }` and expect data; production
# answers it with a validation error, as it must. (The other audits that use `__type` only check
# the status code, which an application/json answer keeps at 200.)
PRODUCTION_EXCUSED = {
    "2EA1": "sends an introspection query (__type with variables), which production refuses",
    "28B9": "sends an introspection query (__type with variables), which production refuses",
}


@pytest.fixture(autouse=True)
def audit_suite():
    if shutil.which("node") is None or not (AUDIT_DIR / "node_modules" / "graphql-http").exists():
        unavailable("needs node and the audit suite: `make audit-tools` (npm install in tools/http-audit)")


pytestmark = [
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the HTTP audit does not depend on the database: it runs once, in `make test`",
    ),
]


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    """A migrated SQLite database of this run's own."""
    path = tmp_path_factory.mktemp("http-audit") / "audit.sqlite3"
    env = server_env("cms.settings.dev", path)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=BASE_DIR, env=env, check=True)
    return path


def run_audit(url, excused=None):
    arguments = [f"{key}={reason}" for key, reason in (excused or {}).items()]
    result = subprocess.run(
        ["node", "audit.mjs", url, *arguments], cwd=AUDIT_DIR, capture_output=True, text=True, timeout=120
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def post_json(url, body):
    import json
    import urllib.request

    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json", "Accept": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_graphql_over_http_audit_with_development_settings(database):
    port = free_port()
    env = server_env("cms.settings.dev", database)
    server = serve([sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading"], env)
    try:
        wait_for(f"http://127.0.0.1:{port}/health/", server)
        output = run_audit(f"http://127.0.0.1:{port}/graphql/")
        assert " 0 failed" in output.splitlines()[-1]
    finally:
        server.terminate()
        server.wait(10)


def test_graphql_over_http_audit_with_production_settings(database):
    """Also checks, by real requests to that server, what production hides: schema hints,
    introspection and the details of unexpected errors."""
    port = free_port()
    env = server_env(
        "cms.settings.production",
        database,
        DJANGO_SECRET_KEY="audit-" + "k" * 50,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="False",
        CMS_ALLOW_LOCAL_CACHE="true",
        WEB_CONCURRENCY="1",
        PORT=str(port),
    )
    server = serve([sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "cms.wsgi:application"], env)
    try:
        wait_for(f"http://127.0.0.1:{port}/health/", server)
        output = run_audit(f"http://127.0.0.1:{port}/graphql/", PRODUCTION_EXCUSED)
        assert " 0 failed" in output.splitlines()[-1]
        # The same production server: no schema hints, no introspection, errors as JSON.
        typo = post_json(f"http://127.0.0.1:{port}/graphql/", {"query": "{ newz { totalCount } }"})
        assert typo["errors"][0]["message"] == "Cannot query field 'newz' on type 'Query'."
        schema = post_json(f"http://127.0.0.1:{port}/graphql/", {"query": "{ __schema { types { name } } }"})
        assert "introspection" in schema["errors"][0]["message"].lower() and "data" not in schema
        # An unexpected failure (a table gone from under the server) is masked, not explained.
        with sqlite3.connect(database) as connection:
            connection.execute("DROP TABLE home_terminologynote")
        broken = post_json(
            f"http://127.0.0.1:{port}/graphql/", {"query": '{ terminologyNotes(locale: "en") { term } }'}
        )
        assert broken["errors"][0]["message"] == "Internal server error."
        assert "no such table" not in json.dumps(broken) and "home_" not in json.dumps(broken)
    finally:
        server.terminate()
        server.wait(10)
