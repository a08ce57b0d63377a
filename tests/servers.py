"""Real servers for the tests that talk to the site over HTTP (the GraphQL-over-HTTP audit,
the browser journey, the two-process cache test): a free port, an environment of the test's
own (its database, no settings leaking from the caller), start and wait."""

import atexit
import os
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench.serving import free_port as free_port  # the one way to find a free port, shared with bench/

BASE_DIR = Path(__file__).resolve().parent.parent


def in_ci():
    """CI=true (as .ci/run is run): every suite must run there, none may skip for a missing tool."""
    return os.environ.get("CI", "").lower() == "true"


def unavailable(reason):
    """A test cannot run here because a server or tool is missing: skip it with ``reason``, or
    fail under CI=true, where a green run must mean that it ran."""
    import pytest

    if in_ci():
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


def shared_services_reason():
    """Why tests that start servers on PostgreSQL and Redis cannot run here (None when they can):
    they run in `make test-postgres`."""
    from django.conf import settings
    from django.db import connection

    if not os.environ.get("DATABASE_URL", "").startswith("postgres") or connection.vendor != "postgresql":
        return "needs PostgreSQL and Redis: runs in `make test-postgres`"
    if "redis" not in settings.CACHES["default"]["BACKEND"].lower():
        return "needs Redis as the cache: runs in `make test-postgres` when Redis answers"
    return None


def run_scoped_name(kind):
    """A name of this run and test process (a database, a Redis key prefix): other runs share
    the servers."""
    from django.conf import settings

    return f"alliance_{kind}_{settings.TEST_RUN_ID}_{os.environ.get('PYTEST_XDIST_WORKER', 'gw0')}"


def production_server_env(name, redis_url, **extra):
    """The environment of a production server that a test starts (gunicorn): the production
    settings, the PostgreSQL database ``name`` on the test's server, Redis keys under
    ``<name>-cache`` (forget_keys removes them), and ``extra``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "TEST_CACHE", "API_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY=f"{name}-" + "k" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="False",
        DATABASE_URL=os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{name}",
        CACHE_URL=redis_url.replace("redis://", "rediscache://") + f"?key_prefix={name}-cache",
        **extra,
    )
    return env


def server_env(settings_module, database_path, **extra):
    """The caller's environment without its Django, database, cache and API settings, with
    ``settings_module`` and an SQLite database at ``database_path``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL", "API_", "CMS_"))
    }
    env.update(DJANGO_SETTINGS_MODULE=settings_module, DATABASE_URL=f"sqlite:///{database_path}", **extra)
    return env


def serve(command, env):
    """Start a server; its output goes to a temporary file (``.log``), never to a pipe nobody
    reads, which a busy server would fill and then stop, waiting."""
    with tempfile.NamedTemporaryFile(prefix="alliance-test-server-", suffix=".log", delete=False) as log:
        process = subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
    process.log = Path(log.name)
    return process


def wait_for(url, process, seconds=60):
    """Wait until ``url`` answers (any HTTP status), or fail if ``process`` stops."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = getattr(process, "log", None)
            output = log.read_text(errors="replace")[-4000:] if log is not None and log.exists() else ""
            raise RuntimeError(f"the server stopped: {output}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer in {seconds} s")


def pristine_database():
    """The name of this worker's pristine copy of the test database (migrated, site tree
    loaded, nothing changed since), made at the start of a PostgreSQL run (tests/conftest.py):
    tests that flush or change the test database never reach it."""
    from django.conf import settings

    return f"alliance_pristine_{settings.TEST_RUN_ID}_{os.environ.get('PYTEST_XDIST_WORKER', 'gw0')}"


def postgres_admin_url():
    return os.environ["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"


@contextmanager
def copy_of_the_test_database(name, demo_env=None):
    """A PostgreSQL database ``name``: a copy of the pristine test database (migrated, the site
    tree), made in a second instead of migrating again; with ``demo_env`` (the environment of
    the servers that will use it) the demo content is loaded into it. Dropped at the end. For
    servers started by a test (gunicorn), which cannot see the test's transactions."""
    import sys

    import psycopg

    with psycopg.connect(postgres_admin_url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pristine_database()}"')
    try:
        if demo_env is not None:
            subprocess.run(
                [sys.executable, "manage.py", "load_demo_content"],
                cwd=BASE_DIR,
                env=demo_env,
                check=True,
                capture_output=True,
            )
        yield
    finally:
        with psycopg.connect(postgres_admin_url(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def demo_database_template():
    """Where this test process keeps the demo database as `make demo` makes it (migrated, demo
    loaded), built by its first demo site and copied for the next ones instead of built again
    (half a minute each); removed when the process ends."""
    path = Path(tempfile.gettempdir()) / f"alliance-test-demo-{os.getpid()}.sqlite3"
    if path not in _templates:
        _templates.append(path)
        atexit.register(lambda: path.unlink(missing_ok=True))
    return path


_templates = []


@contextmanager
def demo_site(folder):
    """The demo site as `make demo` starts it (migrated, demo content loaded, runserver), on an
    SQLite database in ``folder`` and a free port. Gives ``.url`` (no trailing slash) and
    ``.env`` (to run management commands on its database)."""
    import sys
    from types import SimpleNamespace

    database = Path(folder) / "demo.sqlite3"
    env = server_env("cms.settings.dev", database)
    template = demo_database_template()
    if template.exists():
        shutil.copyfile(template, database)
    else:
        for command in (["migrate", "--noinput", "-v0"], ["load_demo_content"]):
            subprocess.run(
                [sys.executable, "manage.py", *command], cwd=BASE_DIR, env=env, check=True, capture_output=True
            )
        shutil.copyfile(database, template)
    port = free_port()
    server = serve([sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"], env)
    try:
        wait_for(f"http://127.0.0.1:{port}/health/", server)
        yield SimpleNamespace(url=f"http://127.0.0.1:{port}", env=env)
    finally:
        server.terminate()
        server.wait(10)
