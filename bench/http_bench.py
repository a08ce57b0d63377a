"""The API benchmark: GraphQL against Wagtail's REST API v2, over HTTP, on one gunicorn.

    python bench/http_bench.py                       # 3 rounds x 5 s per cell, 4 client threads
    python bench/http_bench.py --rounds 5 --seconds 10
    python bench/http_bench.py --small --rounds 1 --seconds 1   # a smoke run on a small dataset

Both APIs and a hello-world view (the ceiling) are served by the same gunicorn, started with
the project's gunicorn.conf.py and production settings (bench/settings.py), on PostgreSQL and
Redis: DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres), the
benchmark's own database on it is ``alliance_bench_v1`` (``alliance_bench_small`` with --small),
built once by bench/dataset.py and kept for the next run (--rebuild drops and rebuilds it).
REDIS_URL (default redis://127.0.0.1:6379/0) is used with a key prefix of this run only.

The REST side is tuned (bench/urls.py): prefetching, the same fields, filters and page size.
Each round measures every cell in turn (interleaved), each cell for --seconds with --clients
threads on the loopback; the table gives medians over rounds with their spread, p50 latency,
payload bytes, and SQL queries per request (counted in-process, after a warm-up).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from hashlib import sha256
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

from serving import django_env, forget_keys, free_port, hammer, send, start_gunicorn, worker_memory_mb

BASE_DIR = Path(__file__).resolve().parent.parent

NEWS_LIST = """query NewsList { news(locale: "fr", limit: 20, offset: 40) { totalCount items {
  id title url date intro tags
  mainImage { srcset rendition(filter: "fill-600x338") { url width height } }
  translations { url locale { languageCode } }
  relatedPages { title url }
} } }"""
REST_NEWS_LIST = (
    "/api/v2/pages/?type=news.NewsPage&locale=fr&limit=20&offset=40"
    "&fields=_,title,html_url,date,intro,tags,main_image,srcset,translations,related"
)
PAGE_DETAIL = """query PageDetail($id: ID) { page(id: $id) {
  id title url
  translations { url locale { languageCode } }
  ... on NewsPage {
    date intro tags
    mainImage { srcset rendition(filter: "fill-600x338") { url width height } }
    body {
      __typename
      ... on HeadingBlock { text level }
      ... on ParagraphBlock { html }
      ... on FigureBlock { caption image { srcset rendition(filter: "width-800") { url } } }
      ... on QuoteBlock { quote attribution }
      ... on DocumentLinkBlock { title document { url fileSize fileType } }
    }
  }
} }"""
REST_PAGE_DETAIL = "/api/v2/pages/{id}/?fields=_,title,html_url,date,intro,tags,main_image,srcset,translations,body"
PRACTICES = """query Practices { goodPractices(locale: "en", themes: [EDUCATION], limit: 20) { totalCount items {
  id title url intro cityOrRegion status level country { code name } themes { code label }
  mainImage { rendition(filter: "fill-300x300") { url width height } }
} } }"""
REST_PRACTICES = (
    "/api/v2/pages/?type=practices.GoodPracticePage&locale=en&theme=education&order=title&limit=20"
    "&fields=_,title,html_url,intro,city_or_region,status,level,country,themes,main_image"
)
NAVIGATION = """query Navigation { navigation(locale: "fr") { title urlPath url children { title urlPath url } }
  siteSettings(locale: "fr") { siteName contact { email phone } socialMedia { xUrl } locales { languageCode } } }"""


def graphql_post(query, variables=None):
    return ("POST", "/graphql/", json.dumps({"query": query, "variables": variables or {}}))


def graphql_persisted_get(query, variables=None):
    """A persisted query by hash (Apollo APQ), answered from the response cache once warm."""
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": sha256(query.encode()).hexdigest()}}
    parameters = {"extensions": json.dumps(extensions), "variables": json.dumps(variables or {})}
    return ("GET", "/graphql/?" + urlencode(parameters), None)


def register_persisted(port, query, variables=None):
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": sha256(query.encode()).hexdigest()}}
    parameters = {"query": query, "extensions": json.dumps(extensions), "variables": json.dumps(variables or {})}
    send(HTTPConnection("127.0.0.1", port, timeout=30), ("GET", "/graphql/?" + urlencode(parameters), None))


def cells(detail_id):
    """(scenario, API, request) in the order each round measures them."""
    detail_variables = {"id": str(detail_id)}
    return [
        ("hello world", "Django", ("GET", "/hello/", None)),
        ("news list, 20 items", "GraphQL POST", graphql_post(NEWS_LIST)),
        ("news list, 20 items", "GraphQL GET cached", graphql_persisted_get(NEWS_LIST)),
        ("news list, 20 items", "REST v2", ("GET", REST_NEWS_LIST, None)),
        ("page detail, 12 blocks", "GraphQL POST", graphql_post(PAGE_DETAIL, detail_variables)),
        ("page detail, 12 blocks", "GraphQL GET cached", graphql_persisted_get(PAGE_DETAIL, detail_variables)),
        ("page detail, 12 blocks", "REST v2", ("GET", REST_PAGE_DETAIL.format(id=detail_id), None)),
        ("good practices by theme", "GraphQL POST", graphql_post(PRACTICES)),
        ("good practices by theme", "GraphQL GET cached", graphql_persisted_get(PRACTICES)),
        ("good practices by theme", "REST v2", ("GET", REST_PRACTICES, None)),
        ("navigation + settings", "GraphQL POST", graphql_post(NAVIGATION)),
        ("navigation + settings", "GraphQL GET cached", graphql_persisted_get(NAVIGATION)),
    ]


def prepare_database(server_url, name, rebuild, small, env):
    admin = ["-h", "127.0.0.1", "-U", "postgres"]
    if rebuild:
        subprocess.run(["dropdb", *admin, "--if-exists", name], check=True)
    subprocess.run(["createdb", *admin, name], capture_output=True)
    build_env = {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.production"}
    if small:
        build_env.update(BENCH_NEWS_PER_LOCALE="60", BENCH_PRACTICES_PER_LOCALE="30")
    started = time.perf_counter()
    subprocess.run([sys.executable, "bench/dataset.py"], cwd=BASE_DIR, env=build_env, check=True)
    print(f"dataset ready in {time.perf_counter() - started:.0f}s")


INSPECT = """
import json, sys
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from news.models import NewsPage
requests = json.loads(sys.argv[1]) if len(sys.argv) > 1 else None
detail = NewsPage.objects.live().filter(locale__language_code="en").order_by("-date", "-pk").values_list("pk", flat=True)[7]
if requests is None:
    print(json.dumps({"detail_id": detail}))
else:
    client, counts = Client(HTTP_HOST="127.0.0.1"), []
    for method, path, body in requests:
        call = (lambda: client.get(path, HTTP_ACCEPT="application/json")) if method == "GET" else (
            lambda: client.post(path, body, content_type="application/json", HTTP_ACCEPT="application/json"))
        call(); call()
        with CaptureQueriesContext(connection) as queries:
            response = call()
        counts.append(len(queries.captured_queries) if response.status_code == 200 else None)
    print(json.dumps(counts))
"""


def inspect(env, requests=None):
    """Run INSPECT in Django (the benchmark's settings): the detail page's id, or SQL counts."""
    arguments = [sys.executable, "-c", "import django\ndjango.setup()\n" + INSPECT]
    if requests is not None:
        arguments.append(json.dumps(requests))
    result = subprocess.run(arguments, cwd=BASE_DIR, env=env, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0, help="per cell and round (default 5)")
    parser.add_argument("--clients", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2: one per core here)")
    parser.add_argument("--small", action="store_true", help="a small dataset (smoke runs)")
    parser.add_argument("--rebuild", action="store_true", help="drop and rebuild the benchmark's database")
    parser.add_argument("--database", help="the database to build and use (default: alliance_bench_v1 / _small)")
    parser.add_argument("--drop-after", action="store_true", help="drop the database at the end (smoke runs)")
    options = parser.parse_args()

    server_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres").rsplit("/", 1)[0]
    name = options.database or ("alliance_bench_small" if options.small else "alliance_bench_v1")
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    key_prefix = f"bench-{uuid.uuid4().hex[:12]}"
    env = django_env("bench.settings", f"{server_url}/{name}", redis_url, key_prefix)
    prepare_database(server_url, name, options.rebuild, options.small, env)
    detail_id = inspect(env)["detail_id"]
    measured = cells(detail_id)
    queries = inspect(env, [request for _scenario, _api, request in measured])

    port = free_port()
    server = start_gunicorn(port, options.workers, env)
    try:
        for query, variables in (
            (NEWS_LIST, None),
            (PAGE_DETAIL, {"id": str(detail_id)}),
            (PRACTICES, None),
            (NAVIGATION, None),
        ):
            register_persisted(port, query, variables)
        for _scenario, _api, request in measured:  # warm-up: renditions, caches, connections
            hammer(port, request, 2, 0.5)
        results = {index: [] for index in range(len(measured))}
        for _round in range(options.rounds):
            for index, (_scenario, _api, request) in enumerate(measured):
                results[index].append(hammer(port, request, options.clients, options.seconds))
        memory = worker_memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
        forget_keys(redis_url, key_prefix)
        if options.drop_after:
            subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name], check=True)
    report(options, measured, results, queries, memory)
    errors = sum(len(run[2]) for runs in results.values() for run in runs)
    return 1 if errors else 0


def report(options, measured, results, queries, memory):
    print(
        f"{options.rounds} interleaved rounds x {options.seconds:g} s per cell, {options.clients} client threads, "
        f"gunicorn {options.workers} workers (gunicorn.conf.py), PostgreSQL + Redis, loopback"
    )
    header = f"{'scenario':<26} {'API':<19} {'req/s':>8} {'spread':>13} {'p50 ms':>7} {'bytes':>7} {'SQL':>4}  ratio"
    print(header)
    print("-" * len(header))
    medians = {}
    hello = None
    for index, (scenario, api, _request) in enumerate(measured):
        runs = results[index]
        rates = [run[0] for run in runs]
        median_rate = statistics.median(rates)
        medians[(scenario, api)] = median_rate
        if api == "Django":
            hello = median_rate
        p50 = statistics.median(statistics.median(run[1]) for run in runs) * 1000
        size = statistics.median(statistics.median(run[3]) for run in runs if run[3])
        errors = sum(len(run[2]) for run in runs)
        ratios = []
        if api == "REST v2":
            graphql = medians.get((scenario, "GraphQL POST"))
            ratios.append(f"GraphQL POST / REST = {graphql / median_rate:.2f}")
        if hello and api != "Django":
            ratios.append(f"/ hello = {median_rate / hello:.2f}")
        sql = queries[index] if queries[index] is not None else "-"
        print(
            f"{scenario:<26} {api:<19} {median_rate:>8.1f} {min(rates):>6.1f}-{max(rates):<6.1f} {p50:>7.1f} "
            f"{size:>7.0f} {sql:>4}  {'; '.join(ratios)}" + (f"  ERRORS {errors}" if errors else "")
        )
        if errors:
            print(f"    first error: {runs[0][2][0] if runs[0][2] else next(run[2][0] for run in runs if run[2])!r}")
    print(f"worker memory after the run (MB): {memory}")


if __name__ == "__main__":
    sys.exit(main())
