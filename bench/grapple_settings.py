"""Settings of the benchmark's wagtail-grapple peer: the production settings (the same database,
Redis and media as bench/settings.py) with grapple serving the same models, set up as its
documentation sets it up (``GRAPHENE["SCHEMA"]``, ``GRAPPLE["APPS"]``, its URLs), and the fields
declared in bench/grapple_fields. The project's own API and its middleware are not served."""

from cms.settings.production import *  # noqa: F403
from cms.settings.production import INSTALLED_APPS, MIDDLEWARE

# The fields app first: its ready() declares the models' graphql_fields before grapple reads them.
INSTALLED_APPS = (
    ["bench.grapple_fields.apps.GrappleFieldsConfig"]
    + [("bench.grapple_fields.apps.ApiWithoutItsSchemaConfig" if name == "api" else name) for name in INSTALLED_APPS]
    + ["grapple", "wagtail_headless_preview"]
)
MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith("api.")]
GRAPHENE = {"SCHEMA": "grapple.schema.schema"}
GRAPPLE = {"APPS": ["home", "news", "practices", "events"], "PAGE_SIZE": 20, "MAX_PAGE_SIZE": 100}
ROOT_URLCONF = "bench.grapple_urls"
# The benchmark is served over plain HTTP on the loopback interface.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
