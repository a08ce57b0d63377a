"""Varnish in front of gunicorn, purged by cache tag (issue 27): a publish purges the answers
that contain the page and only those; an unpublish is never served stale.

Varnish runs with the VCL of docs/deployment.md as written (the backend port aside), gunicorn
with the production settings on PostgreSQL and Redis and ``FRONTEND_CACHE_PURGE_URL`` pointing
at Varnish; editors' changes are made by another process, as in production. Runs in the
PostgreSQL + Redis suite (`make test-postgres`); skipped elsewhere with the reason.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
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
    serve,
    shared_services_reason,
    unavailable,
    wait_for,
)

BASE_DIR = Path(__file__).resolve().parent.parent

reason = shared_services_reason()
# django_db: the test databases (and their pristine copy, which the servers' database is made
# from) are set up for the tests that ask for them; these tests read none of them themselves.
pytestmark = [pytest.mark.skipif(reason is not None, reason=reason or ""), pytest.mark.django_db]

NEWS = '{ news(locale: "en", limit: 10) { items { title } } }'
PRACTICES = '{ goodPractices(locale: "en") { items { title } } }'
DETAIL = "query ($id: ID) { page(id: $id) { title } }"

SETUP = """
import json
from wagtail.models import Locale
from news.models import NewsIndexPage
from practices.models import GoodPracticeIndexPage
from tests.factories import GoodPracticePageFactory, NewsPageFactory
en = Locale.objects.get(language_code="en")
made = {}
for name, factory, index, title in [
    ("launch", NewsPageFactory, NewsIndexPage, "The Alliance is launched"),
    ("dosta", NewsPageFactory, NewsIndexPage, "Dosta! prize awarded"),
    ("mediators", GoodPracticePageFactory, GoodPracticeIndexPage, "School mediators"),
]:
    page = factory(parent=index.objects.get(locale=en), title=title, live=False)
    page.save_revision().publish()
    made[name] = page.pk
print(json.dumps(made))
"""


def vcl_of_the_deployment_guide(backend_port):
    guide = (BASE_DIR / "docs" / "deployment.md").read_text()
    vcl = re.search(r"```vcl\n(.*?)```", guide, re.S).group(1)
    assert '.port = "8000";' in vcl
    return vcl.replace('.port = "8000";', f'.port = "{backend_port}";')


@pytest.fixture(scope="module")
def stack(tmp_path_factory, django_db_setup):
    varnishd = shutil.which("varnishd") or ("/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None)
    if varnishd is None:
        unavailable("needs Varnish: apt-get install varnish")
    folder = tmp_path_factory.mktemp("varnish")
    name = run_scoped_name("varnish")
    redis_url = os.environ.get("TEST_CACHE_URL", "redis://127.0.0.1:6379/1")
    app_port, cache_port = free_port(), free_port()
    env = production_server_env(
        name,
        redis_url,
        DJANGO_MEDIA_ROOT=str(folder / "media"),
        FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{cache_port}",
        API_SHARED_MAX_AGE="3600",
    )
    vcl = folder / "default.vcl"
    vcl.write_text(vcl_of_the_deployment_guide(app_port))
    with copy_of_the_test_database(name):
        made = json.loads(manage_shell(env, SETUP).strip().splitlines()[-1])
        app = start_gunicorn(app_port, 2, env)
        varnish = serve(
            [varnishd, "-F", "-j", "none", "-n", str(folder / "work"), "-a", f"127.0.0.1:{cache_port}"]
            + ["-f", str(vcl), "-s", "malloc,64m"],
            env,
        )
        try:
            wait_for(f"http://127.0.0.1:{cache_port}/health/", varnish)
            yield {"port": cache_port, "env": env, "pages": made}
        finally:
            for process in (varnish, app):
                process.terminate()
                process.wait(timeout=30)
            forget_keys(redis_url, f"{name}-cache")


def manage_shell(env, script):
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def through_varnish(stack, query, variables=None, headers=None):
    """(X-Cache: HIT or MISS, the answer) of a frontend's GET through Varnish."""
    parameters = {"query": query, **({"variables": json.dumps(variables)} if variables else {})}
    url = f"http://127.0.0.1:{stack['port']}/graphql/?" + urlencode(parameters)
    request = urllib.request.Request(
        url, headers={"Accept": "application/json", "X-Forwarded-Proto": "https", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.headers["X-Cache"], json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.headers["X-Cache"], json.loads(error.read())


def answers(stack):
    pages = stack["pages"]
    return {
        "news list": (NEWS, None),
        "launch detail": (DETAIL, {"id": str(pages["launch"])}),
        "dosta detail": (DETAIL, {"id": str(pages["dosta"])}),
        "practices": (PRACTICES, None),
    }


def cached_in_varnish(stack):
    for name, (query, variables) in answers(stack).items():
        through_varnish(stack, query, variables)
        assert through_varnish(stack, query, variables)[0] == "HIT", name


def test_a_publish_purges_the_answers_that_contain_the_page_and_only_those(stack):
    cached_in_varnish(stack)
    manage_shell(
        stack["env"],
        f"from news.models import NewsPage; page = NewsPage.objects.get(pk={stack['pages']['launch']}); "
        "page.title = 'The Alliance is launched in Strasbourg'; page.save_revision().publish()",
    )
    after = {name: through_varnish(stack, *request) for name, request in answers(stack).items()}
    assert {name: status for name, (status, _answer) in after.items()} == {
        "news list": "MISS",
        "launch detail": "MISS",
        "dosta detail": "HIT",
        "practices": "HIT",
    }
    assert after["launch detail"][1]["data"]["page"]["title"] == "The Alliance is launched in Strasbourg"
    assert "The Alliance is launched in Strasbourg" in json.dumps(after["news list"][1])


def test_an_unpublished_page_is_never_served_from_varnish(stack):
    cached_in_varnish(stack)
    manage_shell(
        stack["env"],
        f"from news.models import NewsPage; NewsPage.objects.get(pk={stack['pages']['dosta']}).unpublish()",
    )
    status, news = through_varnish(stack, NEWS)
    assert status == "MISS" and "Dosta! prize awarded" not in json.dumps(news)
    status, detail = through_varnish(stack, DETAIL, {"id": str(stack["pages"]["dosta"])})
    assert detail["data"]["page"] is None and detail["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert through_varnish(stack, DETAIL, {"id": str(stack["pages"]["dosta"])})[0] == "MISS", "errors are not kept"
    assert through_varnish(stack, PRACTICES)[0] == "HIT"


def test_a_release_preview_goes_past_varnish_to_the_app(stack):
    through_varnish(stack, NEWS)
    assert through_varnish(stack, NEWS)[0] == "HIT"
    # The same URL as a cached answer: with a release token, the app answers (here, production's
    # refusal of a preview without an API key), never Varnish with the public answer.
    status, answer = through_varnish(stack, NEWS, headers={"X-Release-Preview": "not-a-token"})
    assert status == "MISS" and answer["errors"][0]["extensions"]["code"] == "FORBIDDEN"
