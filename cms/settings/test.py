"""Settings for the test suite: fast hashing, in-memory media and cache, no e-mail out."""

import os
import re
import tempfile

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="alliance-cms-test-media-")
# A shared Redis (TEST_CACHE_URL=redis://host:6379/1) gets one database per pytest-xdist worker
# (1, 2, ...), so parallel workers never clear each other's cache.
_cache_url = env("TEST_CACHE_URL", default="locmemcache://alliance-cms-test")
_worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
if _cache_url.startswith("redis"):
    _cache_url = re.sub(r"/(\d+)$", lambda match: f"/{int(match.group(1)) + int(_worker[2:] or 0)}", _cache_url)
CACHES = {"default": env.cache_url_config(_cache_url)}
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Every test client calls from one address: tests that check rate limits set them themselves.
API_RATE_LIMIT_ANONYMOUS = 0
API_RATE_LIMIT_KEY = 0
