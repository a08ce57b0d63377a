"""A worker killed (SIGKILL) in the middle of a publish or an import: the database holds the old
state or the new one, never half of it, and a rerun completes. Each case runs in a process of
its own on a copy of the demo database, and kills itself at the worst moment."""

import json
import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from tests.servers import BASE_DIR

pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the killed processes work on copies of the SQLite demo database: they run once, in `make test`",
)

SEEDS = BASE_DIR / "tests" / "data" / "legacy_site"  # a copy of the seed texts (tests/test_legacy_import.py)


@pytest.fixture
def demo_copy(demo_server, tmp_path):
    """The environment of a process working on a copy of the demo database."""
    source = demo_server.env["DATABASE_URL"].removeprefix("sqlite:///")
    target = tmp_path / "copy.sqlite3"
    with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
        original.backup(copy)
    return {**demo_server.env, "DATABASE_URL": f"sqlite:///{target}"}


def shell(env, code):
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )


def state(env):
    """What readers see of the launch news, its search entry, the webhook queue, imported pages."""
    code = """
import json
from news.models import NewsPage
from wagtail.models import Page, Revision
from editorial.models import WebhookDelivery
page = NewsPage.objects.get(slug="alliance-launched", locale__language_code="en")
print(json.dumps({
    "title": page.title,
    "live_title": page.live_revision.as_object().title if page.live_revision else None,
    "found_by_search": [p.title for p in NewsPage.objects.live().search("Killed")],
    "events": WebhookDelivery.objects.filter(action="published").count(),
    "pages": Page.objects.count(),
    "revisions": Revision.objects.count(),
}))
"""
    result = shell(env, code)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


PUBLISH = """
import os, signal
from datetime import timedelta
from django.core.management import call_command
from django.utils import timezone
from wagtail.signals import page_published
from editorial.models import WebhookSubscription
from news.models import NewsPage
WebhookSubscription.objects.get_or_create(name="Portal", url="http://127.0.0.1:9/hooks")
page = NewsPage.objects.get(slug="alliance-launched", locale__language_code="en")
if not page.get_latest_revision().approved_go_live_at:
    page.title = "Killed while publishing"
    page.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))  # approved, due
if {kill}:
    page_published.connect(lambda **kwargs: os.kill(os.getpid(), signal.SIGKILL), weak=False)
call_command("publish_scheduled")
print("published")
"""


def test_a_publish_killed_half_way_leaves_the_page_as_it_was_and_a_rerun_publishes(demo_copy):
    before = state(demo_copy)
    killed = shell(demo_copy, PUBLISH.format(kill=True))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    after_kill = state(demo_copy)
    # The scheduled revision is still waiting; nothing of it went live.
    assert after_kill["live_title"] == before["live_title"] != "Killed while publishing"
    assert after_kill["title"] == before["title"]
    assert after_kill["found_by_search"] == []
    assert after_kill["events"] == before["events"]

    rerun = shell(demo_copy, PUBLISH.format(kill=False))
    assert rerun.returncode == 0, rerun.stderr
    done = state(demo_copy)
    assert done["live_title"] == done["title"] == "Killed while publishing"
    assert done["found_by_search"] == ["Killed while publishing"]
    assert done["events"] == before["events"] + 1


IMPORT = """
import os, signal
from django.core.management import call_command
from django.db.models.signals import post_save
from wagtail.models import Page, Revision
written = []
def kill_at_the_third_write(sender, instance, **kwargs):
    if isinstance(instance, (Page, Revision)):
        written.append(instance.pk)
        if len(written) == 3:
            os.kill(os.getpid(), signal.SIGKILL)
if {kill}:
    post_save.connect(kill_at_the_third_write, weak=False)
call_command("import_legacy_site", "{seeds}", verbosity=0)
print("imported")
"""


def test_an_import_killed_half_way_leaves_nothing_and_a_rerun_completes(demo_copy):
    before = state(demo_copy)
    killed = shell(demo_copy, IMPORT.format(kill=True, seeds=SEEDS))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    after_kill = state(demo_copy)
    assert (after_kill["pages"], after_kill["revisions"]) == (before["pages"], before["revisions"])

    rerun = shell(demo_copy, IMPORT.format(kill=False, seeds=SEEDS))
    assert rerun.returncode == 0, rerun.stderr
    imported = state(demo_copy)
    assert imported["pages"] > before["pages"] and imported["revisions"] > before["revisions"]
    again = shell(demo_copy, IMPORT.format(kill=False, seeds=SEEDS))
    assert again.returncode == 0
    assert state(demo_copy)["revisions"] == imported["revisions"]  # idempotent: nothing new
