"""Real servers for the tests that talk to the site over HTTP (the GraphQL-over-HTTP audit,
the browser journey, the two-process cache test): a free port, an environment of the test's
own (its database, no settings leaking from the caller), start and wait."""

import os
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.serving import free_port as free_port  # the one way to find a free port, shared with bench/

BASE_DIR = Path(__file__).resolve().parent.parent


def server_env(settings_module, database_path, **extra):
    """The caller's environment without its Django, database, cache and API settings, with
    ``settings_module`` and an SQLite database at ``database_path``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL", "API_", "CMS_"))
    }
    env.update(DJANGO_SETTINGS_MODULE=settings_module, DATABASE_URL=f"sqlite:///{database_path}", **extra)
    return env


def serve(command, env):
    return subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_for(url, process, seconds=60):
    """Wait until ``url`` answers (any HTTP status), or fail if ``process`` stops."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {process.stdout.read() if process.stdout else ''}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer in {seconds} s")
