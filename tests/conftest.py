"""Shared fixtures.

The test database is migrated once per run and holds the site tree of a fresh install
(``loaders.site_tree``: home pages and section indexes in English and French, the editorial
groups and workflows); tests make what else they need with ``tests.factories`` and roll it
back. Tests about the demo itself use the ``demo_content`` fixture: a worker loads the demo
once, after every test of its share that does not use it (see pytest_collection_modifyitems).
"""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import translation
from wagtail.models import Locale, Page

from editorial import organisation as editorial
from home.models import HomePage


def pytest_configure(config):
    """Compile the gettext catalogues when they are missing or older than their sources, so a
    bare `pytest` sees the same translations as `make test`."""
    import polib

    for po_path in (Path(__file__).resolve().parent.parent / "locale").glob("*/LC_MESSAGES/django.po"):
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The tests that use the demo content run last (a stable sort; pytest-xdist hands each
    worker its share in this order), so the rest of the suite sees only the site tree."""
    items.sort(key=lambda item: "demo_content" in getattr(item, "fixturenames", ()))


def pytest_sessionfinish(session, exitstatus):
    """Remove this process's temporary media folder (cms.settings.test makes one per process)."""
    import shutil

    from django.conf import settings

    if "alliance-cms-test-media-" in str(getattr(settings, "MEDIA_ROOT", "")):
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # The run's cache keys (a shared Redis: this run's prefix only) start empty, and are
    # deleted at the end.
    cache.clear()
    with django_db_blocker.unblock():
        from loaders.site_tree import SiteTreeLoader

        SiteTreeLoader().load()
        pristine = connection.vendor == "postgresql"
        if pristine:
            keep_a_pristine_copy()
    yield
    cache.clear()
    if pristine:
        drop_the_pristine_copy()


def keep_a_pristine_copy():
    """Copy the test database as it is now (migrated, demo loaded) for the servers that tests
    start on a database of their own (tests.servers.copy_of_the_test_database)."""
    import psycopg

    from tests.servers import postgres_admin_url, pristine_database

    template = connection.settings_dict["NAME"]
    connection.close()  # a template database may have no other session
    with psycopg.connect(postgres_admin_url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{pristine_database()}" TEMPLATE "{template}"')


def drop_the_pristine_copy():
    import psycopg

    from tests.servers import postgres_admin_url, pristine_database

    with psycopg.connect(postgres_admin_url(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{pristine_database()}" WITH (FORCE)')


_demo_loaded = False


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The demo site (``manage.py load_demo_content``) in this worker's test database, for the
    tests about the demo and the examples of the docs; loaded at its first use, kept to the end."""
    global _demo_loaded
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
    _demo_loaded = True


@pytest.fixture(autouse=True)
def site_tree_only(request):
    """A test that does not ask for the demo content must not see it: fail (rather than pass on
    demo pages by chance) if the worker ran it after loading the demo."""
    if _demo_loaded and "demo_content" not in request.fixturenames:
        pytest.fail("This test ran after the demo content was loaded; it must not depend on it.")


@pytest.fixture(autouse=True)
def consistent_cache():
    """Tests roll their database changes back, but not the cache: start each from a cache that
    agrees with the database (as the invalidation signals keep it in production)."""
    cache.clear()
    yield


@pytest.fixture(autouse=True)
def language_of_a_new_thread():
    """Django's LocaleMiddleware activates the request's language on the thread and leaves it
    there; in production the next request activates its own, in a test worker the next test
    would inherit it. Start each test in the default language, as a fresh worker does."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """The demo site as `make demo` starts it (migrated, demo content loaded, runserver), on a
    database in a temporary folder of the run and a free port: for clients that only speak
    HTTP (a browser, the reference frontend). ``.url`` (no trailing slash) and ``.env`` (to run
    management commands on its database)."""
    from tests.servers import demo_site

    with demo_site(tmp_path_factory.mktemp("demo-server")) as site:
        yield site


@pytest.fixture
def step(django_capture_on_commit_callbacks):
    """Run one user action and its commit callbacks, as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def live_news_source(en, users, step):
    """A live English news page, published by a moderator, without a translation yet."""
    from news.models import NewsIndexPage
    from tests.factories import NewsPageFactory

    with step():
        page = NewsPageFactory(
            parent=NewsIndexPage.objects.get(locale=en),
            title="Mayors sign the declaration against anti-Gypsyism",
            slug="mayors-declaration",
            intro="Elected representatives of 30 member States have signed it.",
            live=False,
        )
        page.save_revision(user=users["moderator"]).publish(user=users["moderator"])
    return Page.objects.get(pk=page.pk).specific


LAUNCH_TITLES = {
    "en": "The Alliance is launched at the 24th Session of the Congress",
    "fr": "L'Alliance est lancée lors de la 24e session du Congrès",
}


@pytest.fixture
def launch(en, fr):
    """A live English news page with its live French translation made with wagtail-localize
    (/news/alliance-launched/, /actualites/lancement-alliance/): the Alliance's launch."""
    import datetime

    from news.models import NewsIndexPage, NewsPage
    from tests.factories import NewsPageFactory, translate

    english = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=en),
        title=LAUNCH_TITLES["en"],
        slug="alliance-launched",
        date=datetime.date(2013, 10, 30),
        intro="The Congress launched the Alliance at its 24th Session in Strasbourg.",
        live=False,
    )
    english.save_revision().publish()
    translate(english, texts={LAUNCH_TITLES["en"]: LAUNCH_TITLES["fr"], "alliance-launched": "lancement-alliance"})
    return NewsPage.objects.get(pk=english.pk)


@pytest.fixture
def en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def fr(db):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def home_en(en):
    return HomePage.objects.get(locale=en)


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def graphql(client):
    """POST a query to /graphql/ as a GraphQL-over-HTTP client does (accepting
    application/graphql-response+json, so request errors are 400) and return the decoded body."""

    def run(query, variables=None, expected_status=200):
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            HTTP_ACCEPT="application/graphql-response+json, application/json;q=0.9",
        )
        assert response.status_code == expected_status, response.content
        assert response["Content-Type"].startswith("application/graphql-response+json")
        return json.loads(response.content)

    return run


# Real users of each editorial group, each with their own logged-in admin client.


def make_user(username, group_name=None, **extra):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pass", **extra)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def users(db):
    return {
        "editor": make_user("jeanne", editorial.EDITORS),
        "moderator": make_user("mila", editorial.MODERATORS),
        "communication": make_user("chris", editorial.COMMUNICATION),
        "translator_fr": make_user("fanny", editorial.translators_group_name("fr")),
        "administrator": make_user("ada", editorial.ADMINISTRATORS),
        "membership": make_user("marta", editorial.MEMBERSHIP_STAFF),
        "superuser": make_user("root", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def clients(users):
    clients = {}
    for role, user in users.items():
        client = Client()
        client.force_login(user)
        clients[role] = client
    return clients
