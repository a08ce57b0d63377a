"""Settings of the HTTP benchmark: the production settings (DATABASE_URL, CACHE_URL and the rest
from the environment, as bench/http_bench.py sets them) plus Wagtail's REST API v2, the peer the
GraphQL API is measured against, and a hello-world view (bench/urls.py)."""

from cms.settings.production import *  # noqa: F403
from cms.settings.production import INSTALLED_APPS

INSTALLED_APPS = INSTALLED_APPS + ["wagtail.api.v2", "rest_framework"]
ROOT_URLCONF = "bench.urls"
WAGTAILAPI_LIMIT_MAX = 100
# The benchmark is served over plain HTTP on the loopback interface.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
