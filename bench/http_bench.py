"""The API benchmark: GraphQL against its peers, over HTTP, in one interleaved run.

    python bench/http_bench.py                          # 3 rounds x 5 s per cell, 4 client threads
    python bench/http_bench.py --before c12fb38         # also the code of another commit, same run
    python bench/http_bench.py --small --rounds 1 --seconds 1 --publish-seconds 3   # a smoke run

Servers (gunicorn, the project's gunicorn.conf.py, production settings, 2 workers each, all on
the same PostgreSQL database; only one is loaded at a time):

- ``cms``: the project plus Wagtail's REST API v2, tuned (bench/urls.py), and a hello-world
  view, with Redis as the project runs in production (answers, counts and shared facts cached);
- ``cold``: the same code with no cache at all (Django's dummy cache): every GraphQL answer
  recomputes its total count and the shared facts (locales, site, restrictions, renditions),
  as REST does there too; the "nothing cached" cells;
- ``grapple``: wagtail-grapple serving the same models, set up as its users do
  (bench/grapple_settings.py, fields in bench/grapple_fields), with Redis;
- ``before`` (``--before <commit>``): the project at another commit, in a worktree of this
  repository, with Redis: before/after figures from the same run.

Each round measures every cell in turn, each for --seconds with --clients threads on the
loopback; the table gives medians over rounds with their spread, p50 latency, payload bytes
(re-encoded as compact JSON, whatever the server sent) and SQL queries per request (counted
in-process, after a warm-up). Then **publishing under load**: --clients threads cycle through
cached GETs for --publish-seconds quiet, then as long while another process publishes a French
news item once per second; it prints req/s and p50/p99 of both phases, and counts the answers
recomputed (``X-API-Cache: MISS``) per publish against the answers of the mix that contain the
page (their ``Surrogate-Key`` shares a tag with what the publish touches).

DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
the dataset is the database ``alliance_bench_v1`` (``alliance_bench_small`` with --small), built
once by bench/dataset.py and kept (--rebuild drops and rebuilds it). REDIS_URL (default
redis://127.0.0.1:6379/0) is used under key prefixes of this run only, deleted at the end.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from hashlib import sha256
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

from serving import django_env, forget_keys, free_port, hammer, in_threads, send, start_gunicorn, worker_memory_mb

BASE_DIR = Path(__file__).resolve().parent.parent

NEWS_LIST = """query NewsList { news(locale: "fr", limit: 20, offset: 40) { totalCount items {
  id title url date intro tags
  mainImage { srcset rendition(filter: "fill-600x338") { url width height } }
  translations { url locale { languageCode } }
  relatedPages { title url }
} } }"""
NEWS_LIST_EN = NEWS_LIST.replace('locale: "fr"', 'locale: "en"').replace("NewsList", "NewsListEn")
REST_NEWS_LIST = (
    "/api/v2/pages/?type=news.NewsPage&locale=fr&limit=20&offset=40"
    "&fields=_,title,html_url,date,intro,tags,main_image,srcset,translations,related"
)
# grapple lists pages by parent (it has no language argument), ordered by a Page field (its `pages`
# orders the base Page rows): the French news index's children, 20 of the same kind.
GRAPPLE_NEWS_LIST = """query NewsList($parent: ID) { pages(contentType: "news.NewsPage", parent: $parent,
  limit: 20, offset: 40, order: "-first_published_at,-id") { id title url
  ... on NewsPage { date intro tags { name }
    mainImage { srcSet(sizes: [400, 800, 1200]) rendition(fill: "600x338") { url width height } }
    translatedPages { url }
    chosenPages { title url }
  }
} }"""
PAGE_DETAIL = """query PageDetail($path: String) { page(urlPath: $path, locale: "en") {
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
REST_DETAIL_FIELDS = "fields=_,title,html_url,date,intro,tags,main_image,srcset,translations,body"
GRAPPLE_PAGE_DETAIL = """query PageDetail($id: ID) { page(id: $id) {
  id title url
  ... on NewsPage { date intro tags { name } translatedPages { url }
    mainImage { srcSet(sizes: [400, 800, 1200]) rendition(fill: "600x338") { url width height } }
    body { id blockType field ... on RichTextBlock { value } ... on CharBlock { value } }
  }
} }"""
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


def graphql_post(query, variables=None, path="/graphql/"):
    return ("POST", path, json.dumps({"query": query, "variables": variables or {}}))


def graphql_persisted_get(query, variables=None):
    """A persisted query by hash (Apollo APQ), answered from the response cache once warm."""
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": sha256(query.encode()).hexdigest()}}
    parameters = {"extensions": json.dumps(extensions), "variables": json.dumps(variables or {})}
    return ("GET", "/graphql/?" + urlencode(parameters), None)


def register_persisted(port, query, variables=None):
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": sha256(query.encode()).hexdigest()}}
    parameters = {"query": query, "extensions": json.dumps(extensions), "variables": json.dumps(variables or {})}
    send(HTTPConnection("127.0.0.1", port, timeout=30), ("GET", "/graphql/?" + urlencode(parameters), None))


def cells(facts, before):
    """(scenario, API, server, request) in the order each round measures them."""
    detail = {"path": facts["detail_path"]}
    rest_detail = f"/api/v2/pages/{facts['detail_id']}/?{REST_DETAIL_FIELDS}"
    rest_find = ("GET", f"/api/v2/pages/find/?html_path={facts['detail_html_path']}", None)
    found = [
        ("hello world", "Django", "cms", ("GET", "/hello/", None)),
        ("news list, 20 items", "GraphQL GET cached", "cms", graphql_persisted_get(NEWS_LIST)),
        ("news list, 20 items", "GraphQL POST, facts cached", "cms", graphql_post(NEWS_LIST)),
        ("news list, 20 items", "GraphQL POST, nothing cached", "cold", graphql_post(NEWS_LIST)),
        ("news list, 20 items", "REST v2", "cms", ("GET", REST_NEWS_LIST, None)),
        ("news list, 20 items", "REST v2, nothing cached", "cold", ("GET", REST_NEWS_LIST, None)),
        (
            "news list, 20 items",
            "wagtail-grapple",
            "grapple",
            graphql_post(GRAPPLE_NEWS_LIST, {"parent": facts["fr_news_index_id"]}),
        ),
        ("page detail by path", "GraphQL GET cached", "cms", graphql_persisted_get(PAGE_DETAIL, detail)),
        ("page detail by path", "GraphQL POST, facts cached", "cms", graphql_post(PAGE_DETAIL, detail)),
        ("page detail by path", "GraphQL POST, nothing cached", "cold", graphql_post(PAGE_DETAIL, detail)),
        ("page detail by path", "REST v2 find + detail", "cms", [rest_find, ("GET", rest_detail, None)]),
        ("page detail by path", "REST v2 detail by id", "cms", ("GET", rest_detail, None)),
        (
            "page detail by path",
            "REST v2 find + detail, nothing cached",
            "cold",
            [rest_find, ("GET", rest_detail, None)],
        ),
        (
            "page detail by path",
            "wagtail-grapple by id",
            "grapple",
            graphql_post(GRAPPLE_PAGE_DETAIL, {"id": str(facts["detail_id"])}),
        ),
        ("good practices by theme", "GraphQL GET cached", "cms", graphql_persisted_get(PRACTICES)),
        ("good practices by theme", "GraphQL POST, facts cached", "cms", graphql_post(PRACTICES)),
        ("good practices by theme", "GraphQL POST, nothing cached", "cold", graphql_post(PRACTICES)),
        ("good practices by theme", "REST v2", "cms", ("GET", REST_PRACTICES, None)),
        ("good practices by theme", "REST v2, nothing cached", "cold", ("GET", REST_PRACTICES, None)),
        ("navigation + settings", "GraphQL GET cached", "cms", graphql_persisted_get(NAVIGATION)),
        ("navigation + settings", "GraphQL POST, facts cached", "cms", graphql_post(NAVIGATION)),
        ("navigation + settings", "GraphQL POST, nothing cached", "cold", graphql_post(NAVIGATION)),
    ]
    if before:
        found += [
            (scenario, f"{api} (before)", "before", request)
            for scenario, api, server, request in found
            if server == "cms" and api.startswith("GraphQL")
        ]
    return found


# The cached GETs a frontend sends, cycled through by every client while publishing.
def publishing_mix(facts):
    return {
        "news list fr": graphql_persisted_get(NEWS_LIST),
        "news list en": graphql_persisted_get(NEWS_LIST_EN),
        "page detail": graphql_persisted_get(PAGE_DETAIL, {"path": facts["detail_path"]}),
        "good practices": graphql_persisted_get(PRACTICES),
        "navigation": graphql_persisted_get(NAVIGATION),
    }


def prepare_database(name, rebuild, small, env):
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
english = NewsPage.objects.live().filter(locale__language_code="en").order_by("-date", "-pk")
detail = english[7]
french = NewsPage.objects.live().filter(locale__language_code="fr").order_by("-date", "-pk")[45]
if requests is None:
    from api.dependencies import change_tags
    home = detail.get_parent().get_parent()
    print(json.dumps({
        "detail_id": detail.pk,
        "fr_news_index_id": french.get_parent().pk,
        "detail_path": detail.url_path[len(home.url_path) - 1:],
        "detail_html_path": detail.get_url(),
        "published_id": french.pk,
        "published_tags": sorted(change_tags(french, ["en", "fr", "de"])),
    }))
else:
    client, counts = Client(HTTP_HOST="127.0.0.1"), []
    for request in requests:
        calls = [request] if isinstance(request[0], str) else request
        def call():
            for method, path, body in calls:
                if method == "GET":
                    response = client.get(path, HTTP_ACCEPT="application/json")
                else:
                    response = client.post(path, body, content_type="application/json", HTTP_ACCEPT="application/json")
            return response
        call(); call()
        with CaptureQueriesContext(connection) as queries:
            response = call()
        counts.append(len(queries.captured_queries) if response.status_code == 200 else None)
    print(json.dumps(counts))
"""


def inspect(env, requests=None, checkout=BASE_DIR):
    """Run INSPECT in Django (a server's settings): the dataset's facts, or SQL counts."""
    arguments = [sys.executable, "-c", "import django\ndjango.setup()\n" + INSPECT]
    if requests is not None:
        arguments.append(json.dumps(requests))
    result = subprocess.run(arguments, cwd=checkout, env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr[-3000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


PUBLISHER = """
import os, time
from news.models import NewsPage
page = NewsPage.objects.get(pk=int(os.environ["BENCH_PUBLISH_PAGE"]))
title, count, deadline = page.title, 0, time.monotonic() + float(os.environ["BENCH_PUBLISH_SECONDS"])
print("ready", flush=True)
while time.monotonic() < deadline:
    started = time.monotonic()
    count += 1
    page.title = f"{title} ({count})"
    page.save_revision().publish()
    time.sleep(max(0, 1 - (time.monotonic() - started)))
page.title = title
page.save_revision().publish()
print(count + 1)
"""


def run_mix(port, mix, clients, seconds=None, while_running=None):
    """Cycle through ``mix`` (name: request) from ``clients`` threads for ``seconds``, or for as
    long as the process ``while_running`` runs: (req/s, latencies, answers recomputed, errors)."""
    latencies, errors, recomputed = [], [], []
    lock = threading.Lock()
    deadline = time.perf_counter() + (seconds or 0)
    requests = list(mix.values())
    names = {request: name for name, request in mix.items()}

    def going():
        return while_running.poll() is None if while_running is not None else time.perf_counter() < deadline

    def client(offset):
        connection = HTTPConnection("127.0.0.1", port, timeout=60)
        index = offset
        while going():
            method, path, body = requests[index % len(requests)]
            index += 1
            started = time.perf_counter()
            connection.request(method, path, body=body, headers={"Accept": "application/json"})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if response.status != 200:
                    errors.append(response.status)
                if response.getheader("X-API-Cache") == "MISS":
                    recomputed.append(names[(method, path, body)])

    seconds = in_threads(client, clients)
    return len(latencies) / seconds, latencies, recomputed, errors


def answers_containing(port, mix, tags):
    """The names of the answers of ``mix`` whose Surrogate-Key shares a tag with ``tags``."""
    found = []
    for name, (method, path, body) in mix.items():
        connection = HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request(method, path, body=body, headers={"Accept": "application/json"})
        response = connection.getresponse()
        response.read()
        if set((response.getheader("Surrogate-Key") or "").split()) & set(tags):
            found.append(name)
    return found


def publishing_under_load(port, env, facts, options, checkout=BASE_DIR):
    """Quiet, then one publish per second: the figures of both phases."""
    mix = publishing_mix(facts)
    for request in mix.values():  # warm: every answer cached
        hammer(port, request, 1, 0.3)
    containing = answers_containing(port, mix, facts["published_tags"])
    quiet = run_mix(port, mix, options.clients, options.publish_seconds)
    publisher = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            PUBLISHER,
        ],
        cwd=checkout,
        env={
            **env,
            "BENCH_PUBLISH_PAGE": str(facts["published_id"]),
            "BENCH_PUBLISH_SECONDS": str(options.publish_seconds),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # From the publisher's first publish (once Django has started in it) to its end (its last
    # publish puts the title back): every publish and every recompute it causes falls in the phase.
    publisher.stdout.readline()
    busy = run_mix(port, mix, options.clients, while_running=publisher)
    output, error = publisher.communicate(timeout=120)
    if publisher.returncode:
        raise SystemExit(error[-3000:])
    publishes = int(output.strip().splitlines()[-1])
    counted = headers_sent(port, mix)
    return {
        "quiet": quiet,
        "busy": busy,
        "publishes": publishes,
        "containing": containing,
        "mix": list(mix),
        "counted": counted,
    }


def headers_sent(port, mix):
    """Whether the server says which answers it recomputed (X-API-Cache; older commits do not)."""
    method, path, body = next(iter(mix.values()))
    connection = HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request(method, path, body=body, headers={"Accept": "application/json"})
    response = connection.getresponse()
    response.read()
    return response.getheader("X-API-Cache") is not None


def start(servers, name, settings_module, database_url, redis_url, run_id, options, checkout=BASE_DIR, **extra):
    prefix = f"bench-{run_id}-{name}"
    env = django_env(settings_module, database_url, redis_url, prefix)
    env.update(extra, PYTHONPATH=str(checkout))
    port = free_port()
    servers[name] = {"env": env, "port": port, "prefix": prefix, "checkout": checkout}
    servers[name]["process"] = start_gunicorn(port, options.workers, env, checkout)


def before_checkout(commit):
    """A worktree of this repository at ``commit`` (made once, kept in /tmp)."""
    path = Path("/tmp") / f"alliance-bench-{commit}"
    if not path.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(path), commit], cwd=BASE_DIR, check=True)
        # Its French messages, as `make messages` builds them (not in git).
        subprocess.run(
            [sys.executable, "manage.py", "compilemessages", "-v0", "--ignore=node_modules"],
            cwd=path,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"},
            check=True,
        )
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0, help="per cell and round (default 5)")
    parser.add_argument("--clients", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2: one per core here)")
    parser.add_argument("--publish-seconds", type=float, default=20.0, help="each phase of publishing under load")
    parser.add_argument("--before", help="also measure the project at this commit (a git worktree)")
    parser.add_argument("--small", action="store_true", help="a small dataset (smoke runs)")
    parser.add_argument("--rebuild", action="store_true", help="drop and rebuild the benchmark's database")
    parser.add_argument("--database", help="the database to build and use (default: alliance_bench_v1 / _small)")
    parser.add_argument("--drop-after", action="store_true", help="drop the database at the end (smoke runs)")
    options = parser.parse_args()

    server_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres").rsplit("/", 1)[0]
    name = options.database or ("alliance_bench_small" if options.small else "alliance_bench_v1")
    database_url = f"{server_url}/{name}"
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    run_id = uuid.uuid4().hex[:12]
    prepare_database(name, options.rebuild, options.small, django_env("bench.settings", database_url, redis_url, "x"))

    servers = {}
    try:
        start(servers, "cms", "bench.settings", database_url, redis_url, run_id, options)
        start(
            servers, "cold", "bench.settings", database_url, redis_url, run_id, options,
            CACHE_URL="dummycache://", CMS_ALLOW_LOCAL_CACHE="true",
        )  # fmt: skip
        start(servers, "grapple", "bench.grapple_settings", database_url, redis_url, run_id, options)
        if options.before:
            start(
                servers, "before", "bench.settings", database_url, redis_url, run_id, options,
                checkout=before_checkout(options.before),
            )  # fmt: skip
        facts = inspect(servers["cms"]["env"])
        measured = cells(facts, options.before)
        queries = {}
        for server_name, server in servers.items():
            requests = [request for _scenario, _api, on, request in measured if on == server_name]
            if requests:
                queries[server_name] = iter(inspect(server["env"], requests, server["checkout"]))
        sql = [next(queries[on]) for _scenario, _api, on, _request in measured]

        for server in servers.values():
            for query, variables in (
                (NEWS_LIST, None),
                (NEWS_LIST_EN, None),
                (PAGE_DETAIL, {"path": facts["detail_path"]}),
                (PRACTICES, None),
                (NAVIGATION, None),
            ):
                register_persisted(server["port"], query, variables)
        payloads = []
        for _scenario, _api, on, request in measured:  # warm-up: renditions, caches, connections
            hammer(servers[on]["port"], request, 2, 0.5)
            payloads.append(
                compact_size(send(HTTPConnection("127.0.0.1", servers[on]["port"], timeout=60), request)[1])
            )
        results = {index: [] for index in range(len(measured))}
        for _round in range(options.rounds):
            for index, (_scenario, _api, on, request) in enumerate(measured):
                results[index].append(hammer(servers[on]["port"], request, options.clients, options.seconds))
        memory = worker_memory_mb(servers["cms"]["process"].pid)
        publishing = {
            name: publishing_under_load(
                servers[name]["port"], servers[name]["env"], facts, options, servers[name]["checkout"]
            )
            for name in ("cms", "before")
            if name in servers
        }
    finally:
        for server in servers.values():
            if "process" in server:
                server["process"].terminate()
                server["process"].wait(timeout=30)
            forget_keys(redis_url, server["prefix"])
        if options.drop_after:
            subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name], check=True)
    report(options, measured, results, sql, payloads, memory)
    report_publishing(publishing)
    errors = sum(len(run[2]) for runs in results.values() for run in runs)
    errors += sum(len(figures[phase][3]) for figures in publishing.values() for phase in ("quiet", "busy"))
    return 1 if errors else 0


def compact_size(content):
    try:
        return len(json.dumps(json.loads(content), separators=(",", ":"), ensure_ascii=False).encode())
    except ValueError:
        return len(content)


def report(options, measured, results, sql, payloads, memory):
    print(
        f"{options.rounds} interleaved rounds x {options.seconds:g} s per cell, {options.clients} client threads, "
        f"gunicorn {options.workers} workers per server (gunicorn.conf.py), PostgreSQL + Redis, loopback"
    )
    header = f"{'scenario':<24} {'API':<38} {'req/s':>8} {'spread':>13} {'p50 ms':>7} {'bytes':>7} {'SQL':>4}  ratio"
    print(header)
    print("-" * len(header))
    medians = {}
    hello = None
    for index, (scenario, api, _server, _request) in enumerate(measured):
        runs = results[index]
        rates = [run[0] for run in runs]
        median_rate = statistics.median(rates)
        medians[(scenario, api)] = median_rate
        if api == "Django":
            hello = median_rate
        p50 = statistics.median(statistics.median(run[1]) for run in runs) * 1000
        errors = sum(len(run[2]) for run in runs)
        ratios = []
        if hello and api != "Django":
            ratios.append(f"/ hello {median_rate / hello:.3f}")
        if not api.startswith("GraphQL"):
            peer = medians.get(
                (scenario, "GraphQL POST, nothing cached" if "nothing" in api else "GraphQL POST, facts cached")
            )
            if peer:
                ratios.append(f"GraphQL POST / this {peer / median_rate:.2f}")
        if api.endswith("(before)"):
            after = medians.get((scenario, api.removesuffix(" (before)")))
            if after:
                ratios.append(f"after / before {after / median_rate:.2f}")
        print(
            f"{scenario:<24} {api:<38} {median_rate:>8.1f} {min(rates):>6.1f}-{max(rates):<6.1f} {p50:>7.1f} "
            f"{payloads[index]:>7} {sql[index] if sql[index] is not None else '-':>4}  {'; '.join(ratios)}"
            + (f"  ERRORS {errors}" if errors else "")
        )
        if errors:
            print(f"    first error: {next(run[2][0] for run in runs if run[2])!r}")
    print(f"cms worker memory after the run (MB): {memory}")


def report_publishing(publishing):
    for name, figures in publishing.items():
        print()
        print(
            f"publishing under load ({name}): cached GETs cycling through {len(figures['mix'])} answers, "
            f"{figures['publishes']} publishes of one French news item, one per second"
        )
        print(f"{'phase':<12} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'recomputed':>10}")
        for phase in ("quiet", "busy"):
            rate, latencies, recomputed, _errors = figures[phase]
            ordered = sorted(latencies)
            p50 = ordered[len(ordered) // 2] * 1000
            p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
            counted = len(recomputed) if figures["counted"] else "-"
            print(f"{phase:<12} {rate:>8.1f} {p50:>7.1f} {p99:>7.1f} {counted:>10}")
            figures[phase + "_p99"] = p99
        per_publish = (
            f"{len(figures['busy'][2]) / max(1, figures['publishes']):.2f}"
            if figures["counted"]
            else "not counted (no X-API-Cache header at this commit)"
        )
        if figures["counted"]:
            by_answer = {name: figures["busy"][2].count(name) for name in figures["mix"]}
            print("recomputed while publishing, by answer: " + ", ".join(f"{n} {c}" for n, c in by_answer.items()))
        print(
            f"p99 publishing / quiet: {figures['busy_p99'] / figures['quiet_p99']:.2f}; answers recomputed per "
            f"publish: {per_publish}; answers of the mix that contain the page: "
            f"{len(figures['containing'])} ({', '.join(figures['containing'])})"
        )


if __name__ == "__main__":
    sys.exit(main())
