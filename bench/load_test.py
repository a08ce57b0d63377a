"""Load test: gunicorn + PostgreSQL + Redis on a 10,000-page x 3-language dataset.

    python bench/load_test.py                          # build the dataset if needed, then test
    python bench/load_test.py --seconds 10 --clients 8

It creates (once) the database ``alliance_load`` on the PostgreSQL server of DATABASE_URL
(default postgres://postgres@127.0.0.1:5432/postgres), fills it with the demo site plus, in
English, French and German, 9,000 news items and 1,000 good practices each (bulk inserts:
minutes, not hours), starts gunicorn on 127.0.0.1 with production settings and Redis
(REDIS_URL, default redis://127.0.0.1:6379/5), and sends the main API queries from
--clients threads for --seconds each, uncached (POST) then cached (GET). Traffic stays on the
loopback interface and every loop is bounded in time. It prints requests per second,
p50/p95 latency and the error count of each scenario.
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from datetime import date, timedelta
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
NEWS_PER_LOCALE = 9000
PRACTICES_PER_LOCALE = 1000
LANGUAGES = ["en", "fr", "de"]

SCENARIOS = [
    (
        "news list, 20, fr",
        '{ news(locale: "fr", limit: 20, offset: 40) { totalCount items { title urlPath date tags mainImage { rendition(filter: "fill-600x338") { url } } translations { url } } } }',
    ),
    ("news list, 20, de", '{ news(locale: "de", limit: 20) { totalCount items { title urlPath date intro } } }'),
    (
        "practices by theme",
        '{ goodPractices(locale: "en", themes: [EDUCATION], limit: 20) { totalCount items { title country { name } themes { label } status } } }',
    ),
    (
        "page by url path",
        '{ page(urlPath: "/news/load-news-4242/", locale: "en") { title ... on NewsPage { date intro body { __typename } } translations { url } ancestors { title } } }',
    ),
    (
        "navigation + settings",
        '{ navigation(locale: "fr") { title urlPath children { title } } siteSettings { siteName } }',
    ),
]


def django_env(database_url, redis_url):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "TEST_CACHE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY="load-test-" + "k" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="False",
        DATABASE_URL=database_url,
        CACHE_URL=redis_url.replace("redis://", "rediscache://"),
        DJANGO_MEDIA_ROOT=str(BASE_DIR / "media" / "load-test"),
        CMS_EXTRA_LANGUAGES="de:Deutsch",
        DEMO_ADMIN_PASSWORD="load-test",
        API_CACHE_TIMEOUT="600",
    )
    return env


def build_dataset():
    """Runs inside Django (called with --build): bulk-insert the generated pages."""
    import django

    sys.path.insert(0, str(BASE_DIR))
    django.setup()
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.images.models import Image
    from wagtail.models import Locale, Page

    from news.models import NewsIndexPage, NewsPage
    from practices.models import GoodPracticeIndexPage, GoodPracticePage, Theme

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    if NewsPage.objects.count() > NEWS_PER_LOCALE:
        print("dataset already built")
        return
    german = Locale.objects.get_or_create(language_code="de")[0]
    english_home = Page.objects.get(locale__language_code="en", depth=2)
    if not Page.objects.filter(locale=german, depth=2).exists():
        for page in (
            english_home,
            NewsIndexPage.objects.get(locale__language_code="en"),
            GoodPracticeIndexPage.objects.get(locale__language_code="en"),
        ):
            page.specific.copy_for_translation(german, copy_parents=True).save_revision().publish()
    image_ids = list(Image.objects.values_list("pk", flat=True))
    theme_ids = list(Theme.objects.values_list("pk", flat=True))
    now = timezone.now()
    news_type = ContentType.objects.get_for_model(NewsPage)
    practice_type = ContentType.objects.get_for_model(GoodPracticePage)
    keys = [uuid.uuid4() for _ in range(NEWS_PER_LOCALE + PRACTICES_PER_LOCALE)]

    def children(parent, count, content_type, slug_prefix, title_prefix, key_offset):
        start = parent.numchild
        rows = []
        for number in range(count):
            slug = f"{slug_prefix}-{number}"
            rows.append(
                Page(
                    path=Page._get_path(parent.path, parent.depth + 1, start + number + 1),
                    depth=parent.depth + 1,
                    numchild=0,
                    content_type=content_type,
                    title=f"{title_prefix} {number}",
                    draft_title=f"{title_prefix} {number}",
                    slug=slug,
                    url_path=f"{parent.url_path}{slug}/",
                    locale_id=parent.locale_id,
                    translation_key=keys[key_offset + number],
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    latest_revision_created_at=now,
                    show_in_menus=False,
                    seo_title="",
                    search_description="",
                )
            )
        created = Page.objects.bulk_create(rows, batch_size=2000)
        Page.objects.filter(pk=parent.pk).update(numchild=start + count)
        return created

    with transaction.atomic(), connection.cursor() as cursor:
        for language in LANGUAGES:
            locale = Locale.objects.get(language_code=language)
            news_index = NewsIndexPage.objects.get(locale=locale)
            news = children(news_index, NEWS_PER_LOCALE, news_type, "load-news", f"Alliance news ({language})", 0)
            cursor.executemany(
                "INSERT INTO news_newspage (page_ptr_id, intro, date, body, related_pages, main_image_id) VALUES (%s, %s, %s, %s, %s, %s)",
                [
                    (
                        page.pk,
                        "Cities and regions for Roma inclusion.",
                        date(2013, 3, 20) + timedelta(days=n % 4000),
                        json.dumps(
                            [
                                {
                                    "type": "paragraph",
                                    "value": "<p>Generated for the load test.</p>",
                                    "id": str(uuid.uuid4()),
                                }
                            ]
                        ),
                        "[]",
                        image_ids[n % len(image_ids)],
                    )
                    for n, page in enumerate(news)
                ],
            )
            practice_index = GoodPracticeIndexPage.objects.get(locale=locale)
            practices = children(
                practice_index,
                PRACTICES_PER_LOCALE,
                practice_type,
                "load-practice",
                f"Practice ({language})",
                NEWS_PER_LOCALE,
            )
            cursor.executemany(
                "INSERT INTO practices_goodpracticepage (page_ptr_id, intro, country, city_or_region, level, status, period_start, period_end, body, partners, results, dosta_prize_year, main_image_id) "
                "VALUES (%s, '', %s, 'Somewhere', 'local', %s, 2015, NULL, '[]', '[]', '', NULL, %s)",
                [
                    (
                        page.pk,
                        ["RO", "BG", "HU", "SK"][n % 4],
                        ["promising", "demonstrated", "replicated"][n % 3],
                        image_ids[0],
                    )
                    for n, page in enumerate(practices)
                ],
            )
            cursor.executemany(
                "INSERT INTO practices_goodpracticepage_themes (goodpracticepage_id, theme_id) VALUES (%s, %s)",
                [(page.pk, theme_ids[n % len(theme_ids)]) for n, page in enumerate(practices)],
            )
    print(f"dataset: {Page.objects.count()} pages in {Locale.objects.count()} languages")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def hammer(port, query, cached, clients, seconds):
    """Send the query from ``clients`` threads for ``seconds``; latencies and errors."""
    latencies, errors = [], []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    body = json.dumps({"query": query})
    path = "/graphql/?" + urlencode({"query": query})

    def client():
        connection = HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Accept": "application/json", "X-Forwarded-Proto": "https"}
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                if cached:
                    connection.request("GET", path, headers=headers)
                else:
                    connection.request(
                        "POST", "/graphql/", body=body, headers={**headers, "Content-Type": "application/json"}
                    )
                response = connection.getresponse()
                content = response.read()
                ok = response.status == 200 and b'"errors"' not in content
            except OSError as error:
                ok, content = False, str(error).encode()
                connection.close()
                connection = HTTPConnection("127.0.0.1", port, timeout=30)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors.append(content[:200])

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=15.0, help="duration of each scenario (default 15)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads (default 8)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    parser.add_argument("--build", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.build:
        build_dataset()
        return 0

    server_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres").rsplit("/", 1)[0]
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/5")
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", "alliance_load"], capture_output=True)
    env = django_env(f"{server_url}/alliance_load", redis_url)
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--build"], cwd=BASE_DIR, env=env, check=True)
    print(f"dataset ready in {time.perf_counter() - started:.0f}s")

    import redis

    redis.Redis.from_url(redis_url).flushdb()
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "gunicorn.conf.py",
            "--workers",
            str(options.workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        print(
            f"gunicorn: {options.workers} workers; {options.clients} client threads; {options.seconds:.0f}s per row; loopback only"
        )
        print(f"{'scenario':<24} {'mode':<9} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
        total_errors = 0
        for name, query in SCENARIOS:
            for cached in (False, True):
                hammer(port, query, cached, 2, 1.0)  # warm-up (renditions, cache)
                latencies, errors, elapsed = hammer(port, query, cached, options.clients, options.seconds)
                total_errors += len(errors)
                quantiles = statistics.quantiles(latencies, n=100)
                print(
                    f"{name:<24} {'cached' if cached else 'uncached':<9} {len(latencies):>9} {len(latencies) / elapsed:>8.0f} "
                    f"{quantiles[49] * 1000:>8.1f} {quantiles[94] * 1000:>8.1f} {len(errors):>7}"
                )
                if errors:
                    print(f"  first error: {errors[0]!r}")
        print(f"total errors: {total_errors}")
        return 1 if total_errors else 0
    finally:
        server.terminate()
        server.wait(timeout=15)


if __name__ == "__main__":
    sys.exit(main())
