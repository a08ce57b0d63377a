"""Load test: gunicorn + PostgreSQL + Redis on the benchmark dataset (bench/dataset.py: 10,000
pages x 3 languages, kept in the database ``alliance_bench_v1`` for the next run).

    python bench/load_test.py                          # build the dataset if needed, then test
    python bench/load_test.py --seconds 10 --clients 8

It starts gunicorn (gunicorn.conf.py, production settings) on 127.0.0.1, with Redis
(REDIS_URL, default redis://127.0.0.1:6379/0) under a key prefix of this run only (its keys are
deleted at the end), and sends the main API queries from --clients threads for --seconds each,
uncached (POST) then cached (GET). Traffic stays on the loopback interface and every loop is
bounded in time. It prints requests per second, p50/p95 latency and the error count of each
scenario, then keeps sending cached requests until --total requests (default 50,000) were
served and prints the workers' memory after warm-up and at the end.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

from serving import django_env, forget_keys, free_port, hammer, start_gunicorn, worker_memory_mb

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
        '{ page(urlPath: "/news/news-4242/", locale: "en") { title ... on NewsPage { date intro body { __typename } } translations { url } ancestors { title } } }',
    ),
    (
        "navigation + settings",
        '{ navigation(locale: "fr") { title urlPath children { title } } siteSettings { siteName } }',
    ),
]


def hammer_query(port, query, cached, clients, seconds):
    """(latencies, errors) of ``query`` sent as a GET (cached) or a POST (uncached)."""
    if cached:
        request = ("GET", "/graphql/?" + urlencode({"query": query}), None)
    else:
        request = ("POST", "/graphql/", json.dumps({"query": query}))
    _rate, latencies, errors, _sizes = hammer(port, request, clients, seconds)
    return latencies, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=15.0, help="duration of each scenario (default 15)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads (default 8)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    parser.add_argument("--total", type=int, default=50000, help="requests before the last memory reading")
    options = parser.parse_args()

    server_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres").rsplit("/", 1)[0]
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    key_prefix = f"load-{uuid.uuid4().hex[:12]}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", "alliance_bench_v1"], capture_output=True)
    env = django_env("cms.settings.production", f"{server_url}/alliance_bench_v1", redis_url, key_prefix)
    started = time.perf_counter()
    subprocess.run([sys.executable, "bench/dataset.py"], cwd=BASE_DIR, env=env, check=True)
    print(f"dataset ready in {time.perf_counter() - started:.0f}s")
    port = free_port()
    server = start_gunicorn(port, options.workers, env)
    try:
        print(
            f"gunicorn: {options.workers} workers; {options.clients} client threads; {options.seconds:.0f}s per row; loopback only"
        )
        print(f"{'scenario':<24} {'mode':<9} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
        total_errors = served = 0
        for name, query in SCENARIOS:
            for cached in (False, True):
                served += len(hammer_query(port, query, cached, 2, 1.0)[0])  # warm-up (renditions, cache)
                started = time.perf_counter()
                latencies, errors = hammer_query(port, query, cached, options.clients, options.seconds)
                elapsed = time.perf_counter() - started
                served += len(latencies)
                total_errors += len(errors)
                quantiles = statistics.quantiles(latencies, n=100)
                print(
                    f"{name:<24} {'cached' if cached else 'uncached':<9} {len(latencies):>9} {len(latencies) / elapsed:>8.0f} "
                    f"{quantiles[49] * 1000:>8.1f} {quantiles[94] * 1000:>8.1f} {len(errors):>7}"
                )
                if errors:
                    print(f"  first error: {errors[0]!r}")
        print(f"total errors: {total_errors}")
        warm_memory = worker_memory_mb(server.pid)  # every query has been served by now
        # Memory: keep serving (cached, then uncached news lists in turn) up to --total requests.
        deadline = time.perf_counter() + 600
        while served < options.total and time.perf_counter() < deadline:
            for cached in (True, False):
                latencies, errors = hammer_query(port, SCENARIOS[0][1], cached, options.clients, 5)
                served += len(latencies)
                total_errors += len(errors)
        print(
            f"worker memory (MB): after the scenarios {warm_memory}, after {served} requests {worker_memory_mb(server.pid)}"
        )
        return 1 if total_errors else 0
    finally:
        server.terminate()
        server.wait(timeout=15)
        forget_keys(redis_url, key_prefix)


if __name__ == "__main__":
    sys.exit(main())
