"""What the benchmark and the load test share: the environment and start of their gunicorn,
client threads sending one request for a while, the workers' memory, and the removal of a
run's own keys from Redis."""

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from http.client import HTTPConnection
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def free_port():
    """A free loopback port (the probe socket is closed before gunicorn binds it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def worker_memory_mb(master_pid):
    """Resident memory of each gunicorn worker of ``master_pid``, in MB."""
    found = subprocess.run(["ps", "--ppid", str(master_pid), "-o", "rss="], capture_output=True, text=True).stdout
    return [int(line) // 1024 for line in found.split()]


def forget_keys(redis_url, key_prefix):
    """Delete this run's keys (and only them) from the shared Redis."""
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=f"{key_prefix}:*", count=1000))
    if keys:
        client.delete(*keys)


def send(connection, request):
    """Send ``request`` ((method, path, body), or a list of them sent in turn: one client step,
    e.g. REST's find then detail) and read the answer: (status, body) of the last one."""
    if isinstance(request, list):
        for part in request:
            status, content = send(connection, part)
        return status, content
    method, path, body = request
    headers = {"Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    content = response.read()
    return response.status, content


def hammer(port, request, clients, seconds):
    """Send ``request`` from ``clients`` threads for ``seconds``: (req/s, latencies, errors, bytes)."""
    latencies, errors, sizes = [], [], []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(_number):
        connection = HTTPConnection("127.0.0.1", port, timeout=60)
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                status, content = send(connection, request)
                ok = status == 200 and b'"errors"' not in content[:200]
            except OSError as error:
                ok, content = False, str(error).encode()
                connection.close()
                connection = HTTPConnection("127.0.0.1", port, timeout=60)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                sizes.append(len(content))
                if not ok:
                    errors.append(content[:300])

    seconds = in_threads(client, clients)
    return len(latencies) / seconds, latencies, errors, sizes


def in_threads(client, clients):
    """Run ``client(number)`` in ``clients`` threads at once; the seconds until all are done."""
    threads = [threading.Thread(target=client, args=(number,)) for number in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def django_env(settings_module, database_url, redis_url, key_prefix):
    """The environment of a production-like server on this machine: the given settings, the
    database, Redis under ``key_prefix`` (this run's keys only), the benchmark's media."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "TEST_", "PYTEST_"))}
    env.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        DJANGO_SECRET_KEY="bench-" + "k" * 50,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="False",
        DATABASE_URL=database_url,
        CACHE_URL=redis_url.replace("redis://", "rediscache://") + f"?key_prefix={key_prefix}",
        DJANGO_MEDIA_ROOT=os.environ.get("BENCH_MEDIA_ROOT", str(BASE_DIR / "media" / "bench")),
        CMS_EXTRA_LANGUAGES="de:Deutsch",
        DEMO_ADMIN_PASSWORD="bench-" + uuid.uuid4().hex,
        API_CACHE_TIMEOUT="600",
        # The rate limiter runs (its cost is part of every request) with a limit no run reaches.
        API_RATE_LIMIT_ANONYMOUS="1000000000",
        PYTHONPATH=str(BASE_DIR),
    )
    return env


def start_gunicorn(port, workers, env, checkout=BASE_DIR):
    """gunicorn with the project's gunicorn.conf.py on 127.0.0.1:``port``, once it answers
    (the project of ``checkout``: another commit's, to compare)."""
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--workers", str(workers)]
        + ["--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null"],
        cwd=checkout,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=2)
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not start")
