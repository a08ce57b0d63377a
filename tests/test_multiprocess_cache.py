"""Two gunicorn app servers share PostgreSQL and Redis: a publish made by a third process
invalidates the cached API responses of both at once.

Runs in the PostgreSQL + Redis suite (`make test-postgres`); skipped elsewhere with the reason.
"""

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bench.serving import forget_keys, start_gunicorn
from tests.servers import (
    copy_of_the_test_database,
    free_port,
    production_server_env,
    run_scoped_name,
    shared_services_reason,
)

BASE_DIR = Path(__file__).resolve().parent.parent
QUERY = '{ news(locale: "en", limit: 1, sort: DATE_ASC) { items { title } } }'


reason = shared_services_reason()
# django_db: the test databases (and their pristine copy, which the servers' database is made
# from) are set up for the tests that ask for them; these tests read none of them themselves.
pytestmark = [pytest.mark.skipif(reason is not None, reason=reason or ""), pytest.mark.django_db]


@pytest.fixture
def stack(django_db_setup):
    # This run's own database and cache keys (other runs may share the servers).
    name = run_scoped_name("multiprocess")
    redis_url = os.environ.get("TEST_CACHE_URL", "redis://127.0.0.1:6379/1")
    env = production_server_env(
        name,
        redis_url,
        DJANGO_MEDIA_ROOT=str(BASE_DIR / "media" / "multiprocess-test"),
        DEMO_ADMIN_PASSWORD="multiprocess",
    )
    ports = [free_port(), free_port()]
    with copy_of_the_test_database(name, demo_env=env):
        servers = [start_gunicorn(port, 1, env) for port in ports]
        try:
            yield {"ports": ports, "env": env}
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=10)
            forget_keys(redis_url, f"{name}-cache")


def get(port):
    url = f"http://127.0.0.1:{port}/graphql/?" + urlencode({"query": QUERY})
    request = urllib.request.Request(url, headers={"Accept": "application/json", "X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["data"]["news"]["items"][0]["title"], response.headers["ETag"]


def test_a_publish_invalidates_both_servers(stack):
    first, second = stack["ports"]
    title, etag_first = get(first)
    assert title == "The Alliance is launched at the 24th Session of the Congress"
    assert get(first) == (title, etag_first)  # now served from Redis
    assert get(second) == (title, etag_first)  # the other server reads the same cache entry

    script = (
        "from news.models import NewsPage; "
        "page = NewsPage.objects.get(locale__language_code='en', slug='alliance-launched'); "
        "page.title = 'Launched in Strasbourg on 20 March 2013'; page.save_revision().publish()"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=BASE_DIR,
        env=stack["env"],
        check=True,
        capture_output=True,
    )

    for port in (first, second):
        new_title, etag = get(port)
        assert new_title == "Launched in Strasbourg on 20 March 2013"
        assert etag != etag_first
