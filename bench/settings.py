"""Settings of the API benchmark: the project's settings plus Wagtail's REST API v2 (the peer
the GraphQL API is measured against), on a throw-away SQLite file unless BENCH_DATABASE_URL
names another database."""

import os
import tempfile

from cms.settings.base import *  # noqa: F403
from cms.settings.base import INSTALLED_APPS, env

DEBUG = False
SECRET_KEY = "benchmark-only"
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = INSTALLED_APPS + ["wagtail.api.v2", "rest_framework"]
ROOT_URLCONF = "bench.urls"
BENCH_DIR = tempfile.mkdtemp(prefix="alliance-bench-")
DATABASES = {"default": env.db("BENCH_DATABASE_URL", default=f"sqlite:///{os.path.join(BENCH_DIR, 'bench.sqlite3')}")}
CACHES = {"default": env.cache("BENCH_CACHE_URL", default="locmemcache://alliance-bench")}
MEDIA_ROOT = os.path.join(BENCH_DIR, "media")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
WAGTAILAPI_LIMIT_MAX = 100
