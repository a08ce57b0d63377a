"""Load test with faults: the load test's server (gunicorn, production settings, the 10,000-page x
3-language dataset in ``alliance_bench_v1``) under steady load while its parts fail.

    python bench/load_faults.py                       # 8 clients, 10 s phases
    python bench/load_faults.py --clients 8 --phase-seconds 10 --workers 3

Redis is a redis-server of this run (a free port, no snapshot) and PostgreSQL is reached through
a TCP proxy of this run, so the shared servers are never touched. The clients send the load
test's queries in turn, four cached GETs to one uncached POST. The timeline:

    steady              Redis and PostgreSQL up
    Redis stopped       redis-server killed for one phase (the API answers from the database)
    Redis back          a new, empty redis-server on the same port
    database restart    the proxy to PostgreSQL cut for 3 s (connections dropped, new ones refused)
    after               everything up

Per phase (by the time each answer came) it prints requests, req/s, p50 and p95 latency, and
the 5xx answers by status; the
target is no 5xx at all except 503s during the database restart (the documented answer to a
request the database cannot serve). Exit status 1 when that target is missed.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from faults import TcpProxy, ThrowawayRedis
from load_test import SCENARIOS
from serving import django_env, free_port, send, start_gunicorn

BASE_DIR = Path(__file__).resolve().parent.parent
DATABASE_RESTART_SECONDS = 3.0


def requests_in_turn():
    """The clients' requests: each scenario four times as a cached GET, once as a POST."""
    for _name, query in SCENARIOS:
        for _ in range(4):
            yield ("GET", "/graphql/?" + urlencode({"query": query}), None)
        yield ("POST", "/graphql/", json.dumps({"query": query}))


def run_clients(port, clients, stop, results):
    """Clients sending until ``stop`` is set; each answer as (time, seconds, status)."""
    lock = threading.Lock()
    mix = list(requests_in_turn())

    def client(offset):
        connection = HTTPConnection("127.0.0.1", port, timeout=30)
        index = offset
        while not stop.is_set():
            request = mix[index % len(mix)]
            index += 1
            started = time.perf_counter()
            try:
                status, _content = send(connection, request)
            except OSError:
                status = 0  # no answer at all (refused, reset, timed out)
                connection.close()
                connection = HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                results.append((started, time.perf_counter() - started, status))

    threads = [threading.Thread(target=client, args=(number * 3,)) for number in range(clients)]
    for thread in threads:
        thread.start()
    return threads


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--phase-seconds", type=float, default=10.0)
    options = parser.parse_args()

    server_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres").rsplit("/", 1)[0]
    database_port = urlsplit(server_url).port or 5432
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", "alliance_bench_v1"], capture_output=True)

    with tempfile.TemporaryDirectory(prefix="load-faults-") as directory:
        redis = ThrowawayRedis(directory, free_port()).start()
        redis_url = f"redis://127.0.0.1:{redis.port}/0"
        build_env = django_env("cms.settings.production", f"{server_url}/alliance_bench_v1", redis_url, "faults")
        subprocess.run([sys.executable, "bench/dataset.py"], cwd=BASE_DIR, env=build_env, check=True)
        proxy = TcpProxy(database_port).start()
        database_url = f"postgres://postgres@127.0.0.1:{proxy.port}/alliance_bench_v1"
        env = django_env("cms.settings.production", database_url, redis_url, "faults")
        port = free_port()
        server = start_gunicorn(port, options.workers, env)
        phase = options.phase_seconds
        results, stop = [], threading.Event()
        try:
            print(f"gunicorn: {options.workers} workers; {options.clients} clients; {phase:.0f}s phases; loopback only")
            start = time.perf_counter()
            threads = run_clients(port, options.clients, stop, results)
            marks = {"steady": start}
            time.sleep(phase)
            redis.stop()
            marks["Redis stopped"] = time.perf_counter()
            time.sleep(phase)
            redis.start()
            marks["Redis back"] = time.perf_counter()
            time.sleep(phase)
            proxy.cut()
            marks["database restart"] = time.perf_counter()
            time.sleep(DATABASE_RESTART_SECONDS)
            proxy.restore()
            marks["after"] = time.perf_counter()
            time.sleep(phase)
            stop.set()
            for thread in threads:
                thread.join()
            marks["end"] = time.perf_counter()
        finally:
            stop.set()
            server.terminate()
            server.wait(timeout=15)
            proxy.cut()
            redis.stop()

    def phase_of(started, seconds):
        """The phase a request belongs to: the one its answer came in, but a request that was in
        flight at any moment of the database restart belongs to it."""
        if started < marks["after"] and started + seconds >= marks["database restart"]:
            return "database restart"
        return next(name for name in reversed(names) if started + seconds >= marks[name])

    names = list(marks)[:-1]
    print(f"{'phase':<18} {'requests':>9} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8}  5xx / no answer")
    missed = False
    for name, next_name in zip(names, list(marks)[1:], strict=True):
        begin, end = marks[name], marks[next_name]
        rows = [(seconds, status) for started, seconds, status in results if phase_of(started, seconds) == name]
        latencies = [seconds for seconds, _status in rows]
        failures = Counter(status for _seconds, status in rows if status >= 500 or status == 0)
        quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
        shown = ", ".join(f"{count} x {status or 'no answer'}" for status, count in sorted(failures.items())) or "0"
        print(
            f"{name:<18} {len(rows):>9} {len(rows) / (end - begin):>7.0f} {quantiles[49] * 1000:>8.1f} "
            f"{quantiles[94] * 1000:>8.1f}  {shown}"
        )
        allowed = {503} if name == "database restart" else set()
        missed |= bool(set(failures) - allowed)
    print("target met: no 5xx but the 503s of the database restart" if not missed else "TARGET MISSED")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
