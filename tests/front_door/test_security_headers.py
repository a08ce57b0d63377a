"""Security headers: a Content-Security-Policy everywhere (scripts from this server only, but in
the Wagtail admin), no MIME sniffing, a same-origin referrer policy, and no Referer at all where
a preview token is in play."""

import re

import pytest
from django.test import RequestFactory

from news.models import NewsPage


def policy(response):
    return dict((directive.split(" ", 1) + [""])[:2] for directive in response["Content-Security-Policy"].split("; "))


@pytest.mark.django_db
def test_graphql_answers_carry_the_strict_policy_and_the_other_headers(client):
    response = client.get("/graphql/", {"query": "{ __typename }"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"
    assert directives["base-uri"] == "'self'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_graphiql_needs_no_inline_script(client):
    """GraphiQL's page (served where GRAPHIQL_ENABLED) works under the API's policy, which
    allows no inline script: the browser test runs it; here, its HTML has none."""
    from api.views import AllianceGraphQLView

    response = AllianceGraphQLView.as_view(graphiql=True)(RequestFactory().get("/graphql/", HTTP_ACCEPT="text/html"))
    html = response.content.decode()
    assert "graphiql" in html
    inline_scripts = [
        tag for tag in re.findall(r"<script\b[^>]*>", html) if "src=" not in tag and "application/json" not in tag
    ]
    assert inline_scripts == []
    assert not re.search(r"\son[a-z]+=", html), "no inline event handlers"


@pytest.mark.django_db
def test_only_the_admin_may_run_inline_scripts(clients):
    response = clients["editor"].get("/admin/")
    assert response.status_code == 200
    assert policy(response)["script-src"] == "'self' 'unsafe-inline'"


@pytest.mark.usefixtures("live_news_source")
@pytest.mark.django_db
def test_a_preview_sends_no_referer_anywhere(en, settings, graphql, client):
    from api.models import PreviewSnapshot
    from api.preview import make_preview_token

    settings.HEADLESS_PREVIEW_URL = "https://portal.example.org/preview"
    page = NewsPage.objects.filter(locale=en).first()
    redirect = page.serve_preview(RequestFactory().get("/admin/pages/preview/"), page.default_preview_mode)
    assert redirect.status_code == 302 and "token=" in redirect.url
    assert redirect["Referrer-Policy"] == "no-referrer"

    token = make_preview_token(PreviewSnapshot.take(page))
    answer = client.get(
        "/graphql/",
        {"query": "query ($t: String) { page(previewToken: $t) { title } }", "variables": f'{{"t": "{token}"}}'},
        HTTP_ACCEPT="application/json",
    )
    assert answer.json()["data"]["page"]["title"] == page.title
    assert answer["Referrer-Policy"] == "no-referrer"


@pytest.mark.django_db
def test_a_cached_answer_has_every_header_of_a_computed_one(client):
    query = {"query": '{ news(locale: "en", limit: 2) { items { title } } }'}
    computed = client.get("/graphql/", query, HTTP_ACCEPT="application/json")
    cached = client.get("/graphql/", query, HTTP_ACCEPT="application/json")
    assert computed.status_code == cached.status_code == 200
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"):
        assert cached[header] == computed[header], header


def test_static_files_served_in_production_carry_the_policy(settings, monkeypatch):
    """WhiteNoise answers static files before most middleware: it comes after those that add
    the headers (the production middleware order, served from the finders here)."""
    import importlib
    import sys

    from django.test import Client, override_settings

    for name, value in {
        "DJANGO_SECRET_KEY": "k3y-" + "x7Q!p2Lz9@" * 6,
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "CMS_ALLOW_LOCAL_CACHE": "true",
        "DATABASE_URL": "sqlite:///unused.sqlite3",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delitem(sys.modules, "cms.settings.production", raising=False)
    production = importlib.import_module("cms.settings.production")

    with override_settings(MIDDLEWARE=production.MIDDLEWARE, WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=True):
        response = Client().get("/static/graphiql/graphiql.min.css")
        assert response.status_code == 200
        assert "default-src" in response["Content-Security-Policy"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"]


@pytest.mark.django_db
def test_health_is_json_even_when_the_database_fails_under_it(client, monkeypatch):
    """The database goes away in the middle of the check (a blackhole, a failover): the 503
    is still the JSON monitors read."""
    from django.db import OperationalError

    def lost_connection():
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("api.views.apply_pending_invalidations", lost_connection)
    monkeypatch.setattr("api.views.database_is_down", lambda error: True)
    monkeypatch.setattr("cms.middleware.database_is_down", lambda error: True)
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
