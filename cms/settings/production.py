"""Production: every secret and service comes from the environment; nothing has a default
that would be unsafe on the Internet."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import API, DEEPL_AUTH_KEY, MIDDLEWARE, cache_config, env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Restricted page paths, cache generations, persisted queries and rate limits must be the same
# in every app process: a per-process cache would let one worker miss what another changed.
if not env("CACHE_URL", default="") and not env.bool("CMS_ALLOW_LOCAL_CACHE", default=False):
    raise ImproperlyConfigured(
        "CACHE_URL must name a shared cache (Redis) in production; set CMS_ALLOW_LOCAL_CACHE=true to run "
        "a single process with a local-memory cache on purpose."
    )
CACHES = {
    "default": cache_config(env("CACHE_URL", default="locmemcache://alliance-cms")),
    # Wagtail keeps rendition lookups here: shared by every app server.
    "renditions": cache_config(
        env("RENDITIONS_CACHE_URL", default=env("CACHE_URL", default="locmemcache://alliance-renditions"))
    ),
}

# The HTTP cache in front, purged on publish (wagtail.contrib.frontend_cache): page URLs, and
# API answers by cache tag (api/frontend_cache.py). An HTTP endpoint taking PURGE and BAN
# (Varnish, with the VCL of docs/deployment.md), Cloudflare, Fastly; any of them, when configured.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "api.frontend_cache.HTTPBanBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }
if env("CLOUDFLARE_API_TOKEN", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "api.frontend_cache.CloudflareTagBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_API_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
    }
if env("FASTLY_API_TOKEN", default=""):
    WAGTAILFRONTENDCACHE["fastly"] = {
        "BACKEND": "api.frontend_cache.FastlyBackend",
        "API_TOKEN": env("FASTLY_API_TOKEN"),
        "SERVICE_ID": env("FASTLY_SERVICE_ID"),
        "SOFT_PURGE": env.bool("FASTLY_SOFT_PURGE", default=False),
    }

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media on S3-compatible object storage when a bucket is configured (local files otherwise).
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
            # Objects are private; image renditions get signed, expiring URLs.
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
# Documents always go through Wagtail's serve view, which checks private collections:
# never a bucket URL that would bypass them.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# WhiteNoise serves the collected static files right after the security middleware.
# WhiteNoise answers static files early, but after the middleware that add the headers every
# response carries (its files get the Content-Security-Policy and X-Frame-Options too).
_headers_end = MIDDLEWARE.index("cms.middleware.ContentSecurityPolicyMiddleware") + 1
MIDDLEWARE = [*MIDDLEWARE[:_headers_end], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[_headers_end:]]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# Load balancers probe the health endpoint over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True

EMAIL_BACKEND = env("DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Alliance CMS <noreply@localhost>")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "cms.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", default="WARNING")},
        "django_tasks": {"level": "WARNING"},
    },
}

# No dummy machine translation in production: DeepL when DEEPL_AUTH_KEY is set, else none.
if not DEEPL_AUTH_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

GRAPHIQL_ENABLED = False
# A copy, not base's dict changed in place: importing these settings must not change the
# settings of a process that runs on another module (the tests read production's values).
API = {
    **API,
    "INTROSPECTION": env.bool("API_INTROSPECTION", default=False),
    "MASK_ERRORS": True,
    "SUGGESTIONS": env.bool("API_SUGGESTIONS", default=False),
    "PREVIEW_REQUIRES_KEY": env.bool("API_PREVIEW_REQUIRES_KEY", default=True),
}
