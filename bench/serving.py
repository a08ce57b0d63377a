"""What the benchmark and the load test share: client threads sending one request for a
while, a free port, the workers' memory, and the removal of a run's own keys from Redis."""

import socket
import subprocess
import threading
import time
from http.client import HTTPConnection


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

    def client():
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

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies) / (time.perf_counter() - started), latencies, errors, sizes
