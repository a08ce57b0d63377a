"""The benchmark keeps working (a tiny run; its figures are not asserted: timing is not a test)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the benchmark builds its own SQLite database: it runs once, in `make test`",
)
def test_benchmark_smoke_run():
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "BENCH_"))}
    result = subprocess.run(
        [sys.executable, "bench/api_vs_rest.py", "--news", "12", "--practices", "6", "--requests", "2"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[0].startswith("dataset: 12 news x 2 locales + 6 good practices")
    rows = [line for line in lines if line.startswith(("news list", "practices", "news detail"))]
    assert len(rows) == 8
    for row in rows:
        graphql_sql, rest_sql = row.split()[-2:]
        assert graphql_sql.isdigit() and rest_sql.isdigit()
