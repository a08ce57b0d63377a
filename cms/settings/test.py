"""Settings for the test suite: fast hashing, in-memory media and cache, no e-mail out."""

import os
import tempfile
import uuid

from .base import *  # noqa: F403
from .base import API, cache_config, env

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="alliance-cms-test-media-")
# One id per test run, shared by its pytest-xdist workers (they inherit the environment): the
# run's databases and cache keys are named from it, so two runs on the same servers (CI beside a
# developer) never touch each other's data, and a run only drops what it created.
TEST_RUN_ID = os.environ.setdefault("TEST_RUN_ID", uuid.uuid4().hex[:10])
_worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    # pytest-django adds the worker's suffix: test_alliance_<run>_gw0, ...
    DATABASES["default"]["TEST"] = {"NAME": f"test_alliance_{TEST_RUN_ID}"}  # noqa: F405
# A shared Redis (TEST_CACHE_URL=redis://host:6379/1): keys under a prefix of this run and
# worker, and clear() deletes those only (tests.cache.RunScopedRedisCache).
_cache_url = env("TEST_CACHE_URL", default="locmemcache://alliance-cms-test")
# (A loaded shared Redis beside two test workers may take longer than production's timeout.)
CACHES = {"default": cache_config(_cache_url, socket_timeout=5)}
if _cache_url.startswith("redis"):
    CACHES["default"]["BACKEND"] = "tests.cache.RunScopedRedisCache"
    CACHES["default"]["KEY_PREFIX"] = f"test-{TEST_RUN_ID}-{_worker}"
# No periodic look for cache invalidations kept during an outage (a query now and then would
# upset the tests that count queries); the fault tests set it.
API["INVALIDATION_RECHECK_SECONDS"] = None
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Every test client calls from one address: tests that check rate limits set them themselves.
API["RATE_LIMIT_ANONYMOUS"] = 0
API["RATE_LIMIT_KEY"] = 0
