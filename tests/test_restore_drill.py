"""The backup/restore drill restores a faithful copy (PostgreSQL suite only)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL (pg_dump, pg_restore): runs in `make test-postgres`",
)


def test_restore_drill_gives_identical_graphql_answers():
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "TEST_CACHE"))}
    result = subprocess.run(
        [sys.executable, "scripts/restore_drill.py", "--demo"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "10/10 GraphQL answers identical after restore" in result.stdout
    assert "No problems found." in result.stdout
