"""The HTTP benchmark and the graphql-core floor keep working: a tiny run on a small dataset of its own (its figures are
not asserted: timing is not a test). It needs PostgreSQL and Redis, so it runs in
`make test-postgres`."""

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres") or not os.environ.get("TEST_CACHE_URL", ""),
    reason="the benchmark serves the APIs with gunicorn on PostgreSQL and Redis: runs in `make test-postgres`",
)
def test_benchmark_smoke_run(tmp_path):
    database = f"alliance_bench_smoke_{uuid.uuid4().hex[:12]}"
    server = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "BENCH_", "PYTEST_"))}
    env.update(DATABASE_URL=f"{server}/postgres", BENCH_MEDIA_ROOT=str(tmp_path / "media"))
    env["REDIS_URL"] = os.environ["TEST_CACHE_URL"].rsplit("/", 1)[0] + "/0"
    command = [sys.executable, "bench/http_bench.py", "--small", "--rounds", "1", "--seconds", "0.5"]
    try:
        result = subprocess.run(
            [*command, "--clients", "2", "--publish-seconds", "2", "--database", database],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        floor = subprocess.run(
            [sys.executable, "bench/graphql_floor.py", "--database", database, "--rounds", "1", "--executions", "2"],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        if shutil.which("dropdb"):
            subprocess.run(
                ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database], capture_output=True
            )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = result.stdout.splitlines()
    rows = [
        line
        for line in lines
        if line.startswith(("hello world", "news list", "page detail", "good practices", "navigation"))
    ]
    assert len(rows) == 22
    for row in rows[1:]:
        assert "ERRORS" not in row
    peers = [row for row in rows if "REST v2" in row or "wagtail-grapple" in row]
    assert len(peers) == 9 and all("GraphQL POST / this" in row for row in peers)
    assert any(line.startswith("cms worker memory") for line in lines)
    # Publishing under load: both phases, and the recomputes counted against the answers containing the page.
    assert any(line.startswith("busy ") for line in lines)
    assert any("answers recomputed per publish:" in line for line in lines)
    # The graphql-core floor over the same queries' answers.
    assert floor.returncode == 0, floor.stdout[-3000:] + floor.stderr[-3000:]
    assert (
        sum(
            line.startswith(("news list", "page detail", "good practices", "navigation"))
            for line in floor.stdout.splitlines()
        )
        == 4
    )
