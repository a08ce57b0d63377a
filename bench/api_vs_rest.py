"""Benchmark: the GraphQL API against Wagtail's REST API v2 serving the same fields.

    python bench/api_vs_rest.py                 # 2,000 news x 2 locales + 500 practices
    python bench/api_vs_rest.py --news 200 --practices 50 --requests 50   # a quick run

Both APIs run in this one process behind the same Django stack (Django's test client calls
the WSGI handler; no network), on a generated dataset. For each scenario it prints the
requests per second of each API, their ratio, and SQL queries per request, uncached (GraphQL
POST; REST as it is) and cached (GraphQL GET through its response cache; REST behind Django's
cache_page). Set BENCH_DATABASE_URL / BENCH_CACHE_URL to run on PostgreSQL / Redis.
"""

import argparse
import json
import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from rest_framework import serializers  # noqa: E402
from wagtail.api import APIField  # noqa: E402
from wagtail.images.api.fields import ImageRenditionField  # noqa: E402
from wagtail.images.models import Image  # noqa: E402

from loaders.demo.loader import DemoLoader  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402
from practices.models import GoodPracticeIndexPage, GoodPracticePage, Theme  # noqa: E402

# The fields the REST peer serves: the same ones the GraphQL queries below ask for.
NewsPage.api_fields = [
    APIField("date"),
    APIField("intro"),
    APIField("tags"),
    APIField("main_image", serializer=ImageRenditionField("fill-600x338")),
]
GoodPracticePage.api_fields = [
    APIField("intro"),
    APIField("country", serializer=serializers.CharField()),
    APIField("city_or_region"),
    APIField("status"),
    APIField("themes", serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")),
    APIField("main_image", serializer=ImageRenditionField("fill-300x300")),
]

GRAPHQL_NEWS = """query ($locale: String) { news(locale: $locale, limit: 20) { items {
  id title slug url date intro tags firstPublishedAt locale { languageCode }
  mainImage { rendition(filter: "fill-600x338") { url width height } } } } }"""
REST_NEWS = (
    "/api/v2{cached}/pages/?type=news.NewsPage&locale={locale}&limit=20&order=-date"
    "&fields=date,intro,tags,main_image,first_published_at,locale"
)
GRAPHQL_PRACTICES = """query ($locale: String) { goodPractices(locale: $locale, limit: 20, themes: [EDUCATION]) { items {
  id title slug url intro cityOrRegion status country { code } themes { code }
  mainImage { rendition(filter: "fill-300x300") { url width height } } } } }"""
REST_PRACTICES = (
    "/api/v2{cached}/pages/?type=practices.GoodPracticePage&locale={locale}&limit=20&order=title"
    "&fields=intro,country,city_or_region,status,themes,main_image"
)
GRAPHQL_DETAIL = """query ($id: ID) { page(id: $id) { id title slug url firstPublishedAt
  ... on NewsPage { date intro tags mainImage { rendition(filter: "fill-600x338") { url width height } } } } }"""
REST_DETAIL = "/api/v2{cached}/pages/{id}/?fields=date,intro,tags,main_image,first_published_at"


def build_dataset(news_per_locale, practices):
    """The demo site, then generated news (English + French translation) and practices."""
    started = time.perf_counter()
    if connection.vendor == "sqlite":  # a throw-away file: no need to wait for the disk
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous=OFF")
    DemoLoader().load()
    loader_images = list(Image.objects.all())
    themes = list(Theme.objects.all())
    with transaction.atomic():
        english_index = NewsIndexPage.objects.get(locale__language_code="en")
        french_index = NewsIndexPage.objects.get(locale__language_code="fr")
        for number in range(news_per_locale):
            day = date(2014, 1, 1) + timedelta(days=number)
            english = NewsPage(
                title=f"Alliance news {number}",
                slug=f"news-{number}",
                intro="Cities and regions for Roma inclusion.",
                date=day,
                main_image=loader_images[number % len(loader_images)],
                locale=english_index.locale,
            )
            english_index.add_child(instance=english)
            english.tags.add("ROMACT" if number % 2 else "Dosta!")
            english.save()
            french = NewsPage(
                title=f"Actualité de l'Alliance {number}",
                slug=f"actualite-{number}",
                intro="Villes et régions pour l'inclusion des Roms.",
                date=day,
                main_image=english.main_image,
                locale=french_index.locale,
                translation_key=english.translation_key,
            )
            french_index.add_child(instance=french)
        practice_index = GoodPracticeIndexPage.objects.get(locale__language_code="en")
        for number in range(practices):
            practice = GoodPracticePage(
                title=f"Practice {number:04d}",
                slug=f"practice-{number}",
                intro="A practice of inclusion.",
                country=["RO", "BG", "HU", "SK", "IT", "ES"][number % 6],
                city_or_region="Somewhere",
                status=["promising", "demonstrated", "replicated"][number % 3],
                period_start=2010 + number % 10,
                main_image=loader_images[number % len(loader_images)],
                locale=practice_index.locale,
            )
            practice_index.add_child(instance=practice)
            practice.themes.set(themes[number % 8 : number % 8 + 2] or themes[:1])
    return time.perf_counter() - started


def graphql_request(client, query, variables, cached):
    if cached:
        return client.get(
            "/graphql/", {"query": query, "variables": json.dumps(variables)}, HTTP_ACCEPT="application/json"
        )
    return client.post(
        "/graphql/", json.dumps({"query": query, "variables": variables}), content_type="application/json"
    )


class QueryCounter:
    """Counts the SQL statements run while installed with connection.execute_wrapper()."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def measure(call, requests):
    """(requests per second, SQL queries of one request) for ``call``."""
    for _ in range(3):  # warm-up: renditions generated, caches filled
        response = call()
        assert response.status_code == 200, response.content[:300]
        assert b'"errors"' not in response.content, response.content[:300]
    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        call()
    started = time.perf_counter()
    for _ in range(requests):
        call()
    elapsed = time.perf_counter() - started
    return requests / elapsed, counter.count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--news", type=int, default=2000, help="news items per locale (default 2000)")
    parser.add_argument("--practices", type=int, default=500, help="good practices (default 500)")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per measurement (default 200)")
    options = parser.parse_args()

    call_command("migrate", verbosity=0)
    built = build_dataset(options.news, options.practices)
    client = Client()
    detail_id = NewsPage.objects.filter(locale__language_code="en").order_by("-date").values_list("pk", flat=True)[5]
    print(
        f"dataset: {options.news} news x 2 locales + {options.practices} good practices "
        f"({NewsPage.objects.count() + GoodPracticePage.objects.count()} pages) built in {built:.1f}s; "
        f"database: {connection.vendor}; {options.requests} timed requests per row"
    )
    scenarios = [
        ("news list, 20, en", GRAPHQL_NEWS, {"locale": "en"}, REST_NEWS.format(cached="{cached}", locale="en")),
        ("news list, 20, fr", GRAPHQL_NEWS, {"locale": "fr"}, REST_NEWS.format(cached="{cached}", locale="fr")),
        (
            "practices, 20, theme",
            GRAPHQL_PRACTICES,
            {"locale": "en"},
            REST_PRACTICES.format(cached="{cached}", locale="en"),
        ),
        ("news detail", GRAPHQL_DETAIL, {"id": str(detail_id)}, REST_DETAIL.format(cached="{cached}", id=detail_id)),
    ]
    header = f"{'scenario':<22} {'mode':<9} {'GraphQL req/s':>14} {'REST req/s':>11} {'ratio':>7} {'GraphQL SQL':>12} {'REST SQL':>9}"
    print(header)
    print("-" * len(header))
    for name, query, variables, rest_url in scenarios:
        for mode in ("uncached", "cached"):
            cached = mode == "cached"
            cache.clear()
            graphql_rate, graphql_sql = measure(
                lambda query=query, variables=variables, cached=cached: graphql_request(
                    client, query, variables, cached
                ),
                options.requests,
            )
            url = rest_url.format(cached="-cached" if cached else "")
            rest_rate, rest_sql = measure(lambda url=url: client.get(url), options.requests)
            print(
                f"{name:<22} {mode:<9} {graphql_rate:>14.0f} {rest_rate:>11.0f} {graphql_rate / rest_rate:>7.2f} "
                f"{graphql_sql:>12} {rest_sql:>9}"
            )
    print("ratio = GraphQL req/s / REST req/s (higher is better for GraphQL); SQL = queries for one request")


if __name__ == "__main__":
    main()
