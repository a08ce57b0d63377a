"""PostgreSQL restarted under load: requests in flight fail cleanly (503 JSON for the API, a
short 503 elsewhere), the next ones succeed on the same workers (CONN_HEALTH_CHECKS).

The first tests inject the failure in-process (every suite); the last one restarts the
database under a real gunicorn, through a proxy of its own in front of PostgreSQL, in the
PostgreSQL suite (`make test-postgres`)."""

import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import OperationalError

from bench.faults import TcpProxy
from bench.serving import start_gunicorn
from tests.servers import BASE_DIR, copy_of_the_test_database, free_port

QUERY = '{ news(locale: "en", limit: 2) { items { title } } }'


@pytest.fixture
def connection_lost(monkeypatch):
    """The connection is dead, as after a database restart (SQLite's never is)."""
    from django.db import connection

    monkeypatch.setattr(connection, "is_usable", lambda: False)


def post(client, query=QUERY):
    return client.post("/graphql/", {"query": query}, content_type="application/json")


@pytest.mark.django_db
def test_a_database_failure_during_a_query_is_a_503_graphql_error_not_a_partial_answer(
    client, monkeypatch, connection_lost
):
    from django.db.backends.utils import CursorWrapper

    execute = CursorWrapper.execute

    def connection_lost_on_news(self, sql, params=None):
        if "news_newspage" in sql:
            raise OperationalError("server closed the connection unexpectedly")
        return execute(self, sql, params)

    monkeypatch.setattr(CursorWrapper, "execute", connection_lost_on_news)
    response = post(client, '{ siteSettings { siteName } news(locale: "en", limit: 2) { items { title } } }')
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response.json() == {
        "errors": [
            {
                "message": "The database is unavailable for a moment; try again shortly.",
                "extensions": {"code": "DATABASE_UNAVAILABLE"},
            }
        ]
    }


@pytest.mark.django_db
def test_a_database_failure_before_the_query_is_a_503_too(client, monkeypatch, connection_lost):
    import api.views

    def lost(request):
        raise OperationalError("connection refused")

    monkeypatch.setattr(api.views, "authenticate", lost)
    response = client.get("/graphql/", {"query": QUERY}, HTTP_ACCEPT="application/json")
    assert response.status_code == 503
    assert response.json()["errors"][0]["extensions"]["code"] == "DATABASE_UNAVAILABLE"


@pytest.mark.django_db
def test_the_admin_says_503_not_500_when_the_database_is_gone(clients, monkeypatch, connection_lost):
    from wagtail.admin.views import home

    def lost(*args, **kwargs):
        raise OperationalError("terminating connection due to administrator command")

    monkeypatch.setattr(home.HomeView, "get", lost)
    response = clients["editor"].get("/admin/")
    assert response.status_code == 503
    assert "database does not answer" in response.content.decode()


postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")


@pytest.fixture
def gunicorn_through_a_proxy():
    """gunicorn (production settings, 2 workers, persistent connections) on a database of this
    run, reached through a proxy the test cuts and restores: a database restart."""
    name = f"alliance_faults_{settings.TEST_RUN_ID}_{os.environ.get('PYTEST_XDIST_WORKER', 'gw0')}"
    server_url = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    proxy = TcpProxy(urlsplit(server_url).port or 5432).start()
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "TEST_CACHE", "CACHE_URL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY="faults-" + "k" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="False",
        CMS_ALLOW_LOCAL_CACHE="true",
        API_RATE_LIMIT_ANONYMOUS="0",  # the clients below are one address sending as fast as they can
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{proxy.port}/{name}",
        DJANGO_MEDIA_ROOT=str(BASE_DIR / "media" / "faults-test"),
        DEMO_ADMIN_PASSWORD="faults-demo-password",
    )
    port = free_port()
    with copy_of_the_test_database(name, demo_env=env):
        server = start_gunicorn(port, 2, env)
        try:
            yield port, proxy, server
        finally:
            server.terminate()
            server.wait(timeout=15)
            proxy.cut()


def call(port, path="/graphql/", body=None):
    """(status, JSON body or None) of a request; never raises for an HTTP status."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=data,
        headers={"Content-Type": "application/json", "Accept": "application/json", "X-Forwarded-Proto": "https"},
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        payload = error.read()
        try:
            return error.code, json.loads(payload)
        except ValueError:
            return error.code, None


def worker_pids(master):
    result = subprocess.run(["pgrep", "-P", str(master.pid)], capture_output=True, text=True)
    return sorted(result.stdout.split())


@pytest.mark.skipif(not postgres, reason="restarts PostgreSQL under gunicorn: runs in `make test-postgres`")
def test_a_database_restart_under_load_gives_503s_then_answers_again_on_the_same_workers(gunicorn_through_a_proxy):
    port, proxy, server = gunicorn_through_a_proxy
    for _ in range(4):  # every worker holds a persistent connection
        assert call(port, body={"query": QUERY})[0] == 200
    workers = worker_pids(server)

    statuses, bodies, stop = [], [], threading.Event()

    def client():
        while not stop.is_set():
            status, body = call(port, body={"query": QUERY})
            statuses.append(status)
            if status != 200:
                bodies.append(body)

    threads = [threading.Thread(target=client) for _ in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    proxy.cut()  # the database goes away: connections dropped, new ones refused
    time.sleep(2.0)
    health = call(port, "/health/")
    proxy.restore()
    time.sleep(2.0)
    stop.set()
    for thread in threads:
        thread.join()

    assert health[0] == 503 and health[1]["status"] == "unavailable"
    assert set(statuses) <= {200, 503}, statuses  # no 500, no hung request
    assert 503 in statuses
    assert all(body["errors"][0]["extensions"]["code"] == "DATABASE_UNAVAILABLE" for body in bodies)
    # After the restart: answers again, from the same workers (nothing restarted them).
    status, body = call(port, body={"query": QUERY})
    assert status == 200 and body["data"]["news"]["items"]
    assert worker_pids(server) == workers
