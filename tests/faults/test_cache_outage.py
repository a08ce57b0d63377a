"""The shared cache (Redis) down or unreachable: the API answers from the database, publishing
works, an invalidation made meanwhile is not lost, /health/ says degraded, and the outage is
logged once, not per request. Each test runs its own redis-server, behind its own proxy."""

import json
import logging
import os
import socket
import time

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from api.models import PendingInvalidation
from cms.settings.base import cache_config
from news.models import NewsPage

pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the cache outage tests run their own redis-server: they run once, in `make test`",
)

NEWS = "query ($locale: String) { news(locale: $locale, limit: 100) { items { title } } }"


def news_titles(client, locale="en"):
    """(titles, SQL query count) of the news list, as a partner site's GET gets it."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(
            "/graphql/",
            {"query": NEWS, "variables": json.dumps({"locale": locale})},
            HTTP_ACCEPT="application/json",
        )
    assert response.status_code == 200, response.content
    body = response.json()
    assert "errors" not in body
    return {item["title"] for item in body["data"]["news"]["items"]}, len(queries.captured_queries)


def publish_new_title(page, title, capture):
    page.title = title
    with capture(execute=True):
        page.save_revision().publish()


def outage_warnings(caplog):
    return [record for record in caplog.records if "unreachable" in record.getMessage()]


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_with_redis_stopped_answers_come_from_the_database_and_publishing_works(
    client, en, redis_server, redis_behind_proxy, django_capture_on_commit_callbacks, caplog
):
    titles, _ = news_titles(client)
    assert news_titles(client) == (titles, 0)  # cached in Redis

    redis_server.stop()
    caplog.set_level(logging.WARNING, logger="api.shared_cache")
    for _ in range(20):
        assert news_titles(client)[0] == titles
    page = NewsPage.objects.live().filter(locale=en).first()
    publish_new_title(page, "Published while the cache was down", django_capture_on_commit_callbacks)

    again, count = news_titles(client)
    assert "Published while the cache was down" in again
    assert count > 0  # from the database
    assert PendingInvalidation.objects.exists()
    health = client.get("/health/")
    assert health.status_code == 200
    assert health.json()["status"] == "degraded"
    assert health.json()["cache"].startswith("unreachable: ")
    assert len(outage_warnings(caplog)) == 1, [record.getMessage() for record in caplog.records]


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_an_answer_cached_before_a_partition_never_comes_back_after_a_publish(
    client, en, redis_behind_proxy, django_capture_on_commit_callbacks
):
    page = NewsPage.objects.live().filter(locale=en).first()
    before, _ = news_titles(client)
    assert page.title in before and news_titles(client)[1] == 0

    # Redis keeps its data (the old answer, the old generations) but nobody reaches it.
    redis_behind_proxy.cut()
    publish_new_title(page, "Changed during the partition", django_capture_on_commit_callbacks)
    assert PendingInvalidation.objects.count() >= 1
    assert "Changed during the partition" in news_titles(client)[0]

    redis_behind_proxy.restore()
    time.sleep(0.3)  # CACHE_RETRY_SECONDS: the next request tries Redis again
    after, _ = news_titles(client)
    assert "Changed during the partition" in after
    assert page.title in after and page.title == "Changed during the partition"
    assert not PendingInvalidation.objects.exists()
    assert news_titles(client) == (after, 0)  # cached again, the current answer
    assert client.get("/health/").json()["status"] == "ok"


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_a_page_unpublished_during_a_partition_never_comes_back_in_the_sitemap_or_feeds(
    client, en, redis_behind_proxy, django_capture_on_commit_callbacks
):
    """The sitemap and the feeds keep their documents in the same cache as the API: after the
    partition heals they make the invalidations kept meanwhile before reading it, as the API does."""
    page = NewsPage.objects.live().filter(locale=en).first()
    slug = f"/{page.slug}/"
    channels = ["/sitemap.xml", "/en/feeds/news.rss", "/en/feeds/news.atom"]
    for path in channels:
        assert slug in client.get(path).content.decode(), path  # cached now

    redis_behind_proxy.cut()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert PendingInvalidation.objects.exists()
    for path in channels:
        assert slug not in client.get(path).content.decode(), path

    redis_behind_proxy.restore()
    time.sleep(0.3)  # CACHE_RETRY_SECONDS: the next request tries Redis again
    for _ in range(3):
        for path in channels:
            assert slug not in client.get(path).content.decode(), path
    assert not PendingInvalidation.objects.exists()


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_an_idle_process_applies_invalidations_kept_by_another_within_the_recheck_interval(
    client, en, redis_behind_proxy, django_capture_on_commit_callbacks
):
    from api.dependencies import change_tags

    page = NewsPage.objects.live().filter(locale=en).first()
    news_titles(client)
    # Another process published during an outage this one never saw: its invalidation waits
    # in the database while Redis still holds the old answer.
    PendingInvalidation.objects.create(generations=sorted(change_tags(page, ["en", "fr"])), keys=[])
    with override_settings(API={**settings.API, "INVALIDATION_RECHECK_SECONDS": 0}):
        NewsPage.objects.filter(pk=page.pk).update(title="Changed elsewhere")
        assert "Changed elsewhere" in news_titles(client)[0]
    assert not PendingInvalidation.objects.exists()


@pytest.mark.django_db
def test_rate_limits_hold_per_process_while_redis_is_unreachable(client, en, redis_behind_proxy):
    redis_behind_proxy.cut()
    with override_settings(API={**settings.API, "RATE_LIMIT_ANONYMOUS": 3}):
        statuses = [
            client.get("/graphql/", {"query": "{ __typename }"}, HTTP_ACCEPT="application/json").status_code
            for _ in range(5)
        ]
    assert statuses == [200, 200, 200, 429, 429]


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_a_blackholed_redis_is_not_tried_at_every_request(client, en, monkeypatch):
    # A server that accepts connections and never answers: each attempt costs the timeout.
    blackhole = socket.socket()
    blackhole.bind(("127.0.0.1", 0))
    blackhole.listen(64)
    config = cache_config(f"redis://127.0.0.1:{blackhole.getsockname()[1]}/0", socket_timeout=0.2)
    with override_settings(CACHES={"default": config}, CACHE_RETRY_SECONDS=60):
        state = caches["default"].outage
        attempts = []
        original = state.failed
        monkeypatch.setattr(state, "failed", lambda error: (attempts.append(error), original(error)))
        for _ in range(10):
            assert news_titles(client)[0]
        assert client.get("/health/").json()["status"] == "degraded"
        caches["default"].close()
    blackhole.close()
    assert len(attempts) == 1


@pytest.mark.usefixtures("launch")
@pytest.mark.django_db
def test_a_redis_restarted_empty_is_a_miss_even_for_answers_this_process_remembers(
    client, en, redis_server, redis_behind_proxy
):
    page = NewsPage.objects.live().filter(locale=en).first()
    news_titles(client)
    assert news_titles(client)[1] == 0  # cached (in Redis and in this process's memory)

    redis_server.stop()
    redis_server.start()  # empty: every generation is gone
    # A change the cache did not hear of (made while nobody could tell it).
    NewsPage.objects.filter(pk=page.pk).update(title="Changed while Redis restarted")
    time.sleep(0.3)  # CACHE_RETRY_SECONDS
    titles, count = news_titles(client)
    assert "Changed while Redis restarted" in titles and count > 0
