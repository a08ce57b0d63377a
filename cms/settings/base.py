"""Settings shared by every environment.

Every value that differs between machines is read from the environment (django-environ).
The defaults give a working site on a fresh machine: SQLite file and local media.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    # In layers, each importing only those above it in this list (docs/architecture.md);
    # editorial's templates override wagtail-localize's and Wagtail's, so it comes before them.
    "api",
    "editorial",
    "home",
    "news",
    "events",
    "practices",
    "membership",
    "accounts",
    "search",
    "loaders",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "graphene_django",
    "corsheaders",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

# The headers every response carries (security, frame options, CSP) come first, so that what
# answers early (WhiteNoise's static files in production, cached GraphQL answers) has them too.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.ContentSecurityPolicyMiddleware",
    # Before the cached answers, so that they carry the CORS headers too, and preflights are
    # answered before anything else runs.
    "corsheaders.middleware.CorsMiddleware",
    "api.middleware.CachedAnswerMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "editorial.middleware.ReviewDecisionMessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.StorageFailureMiddleware",
    "cms.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# An SQLite file next to manage.py unless DATABASE_URL names another database.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# A connection kept between requests is checked before reuse: after a database restart the next
# request reconnects instead of failing (the request in flight gets a 503).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_config(url, socket_timeout=None):
    """Django's cache settings for ``url``; Redis through ``api.shared_cache.ResilientRedisCache``
    (an unreachable Redis is a miss, not an error) with short socket timeouts, so that a
    blackholed server costs a request at most CACHE_SOCKET_TIMEOUT seconds."""
    config = env.cache_url_config(url)
    if config["BACKEND"] == "django_redis.cache.RedisCache":
        config["BACKEND"] = "api.shared_cache.ResilientRedisCache"
        timeout = socket_timeout or env.float("CACHE_SOCKET_TIMEOUT", default=0.5)
        config.setdefault("OPTIONS", {}).update(SOCKET_CONNECT_TIMEOUT=timeout, SOCKET_TIMEOUT=timeout)
    return config


CACHES = {"default": cache_config(env("CACHE_URL", default="locmemcache://alliance-cms"))}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The admin's front door (docs/deployment.md, "Admin sign-in"). django-axes counts failed
# sign-ins per account and per address: ADMIN_LOGIN_FAILURE_LIMIT failures lock either out for
# ADMIN_LOCKOUT_MINUTES (`manage.py axes_reset_username NAME` / `axes_reset_ip ADDRESS` unlock).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("ADMIN_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("ADMIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
# A success forgets that account's failures only, never other accounts' from the same address.
AXES_HANDLER = "accounts.signin.AccountScopedAxesHandler"
AXES_CLIENT_IP_CALLABLE = "accounts.signin.client_address"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
# Sessions: a working day, HTTP-only cookies (secure ones in production).
SESSION_COOKIE_AGE = env.int("ADMIN_SESSION_SECONDS", default=12 * 60 * 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Two-factor authentication (TOTP, django-otp): optional for everyone, required for the
# members of these groups (names) when ADMIN_2FA_REQUIRED_GROUPS lists them.
ADMIN_2FA_REQUIRED_GROUPS = env.list("ADMIN_2FA_REQUIRED_GROUPS", default=[])
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", default="Alliance CMS")

# Internationalisation. English and French are the Alliance's official languages; more
# content locales are added with CMS_EXTRA_LANGUAGES="de:Deutsch,it:Italiano" alone.
LANGUAGE_CODE = "en"
OFFICIAL_LANGUAGES = [("en", "English"), ("fr", "Français")]
EXTRA_LANGUAGES = [tuple(item.split(":", 1)) for item in env.list("CMS_EXTRA_LANGUAGES", default=[]) if ":" in item]
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = OFFICIAL_LANGUAGES + EXTRA_LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The admin speaks the official languages: the project's own screens (translator panel,
# reports, messages) are translated into these and no others.
WAGTAILADMIN_PERMITTED_LANGUAGES = OFFICIAL_LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "static")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = _("European Alliance of Cities and Regions for Roma Inclusion")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://localhost:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "simple"}}
# PostgreSQL text search configuration per content language ("*": any other language).
CMS_SEARCH_CONFIGS = {
    "en": "english",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "ro": "romanian",
    "ru": "russian",
    "es": "spanish",
    "hu": "hungarian",
    "*": "simple",
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Adds the document library's description and language to the document form.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "api.forms.DocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# No SVG (a document that can run scripts); contents checked beyond the extension (api.uploads).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "api.forms.ImageForm"
# Small files can decode to huge pictures (decompression bombs): 60 megapixels at most.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60 * 1000 * 1000
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# wagtail-localize: new translations follow their source until a translator converts them.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# A new translation of a live page starts as a draft, never as a live copy of the source's
# text: it goes public when its review workflow approves it (editorial/localize.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# GraphQL
# Field errors of mutations name the fields as the API does (authorityName, not authority_name).
GRAPHENE = {"SCHEMA": "cms.schema.schema", "CAMELCASE_ERRORS": True}
GRAPHIQL_ENABLED = DEBUG

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    # Wagtail logs every publish and background task at INFO; the audit log keeps those.
    "loggers": {
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", default="WARNING")},
        "django_tasks": {"level": "WARNING"},
    },
}

# Password of the "admin" superuser that load_demo_content creates on an empty database.
DEMO_ADMIN_PASSWORD = env("DEMO_ADMIN_PASSWORD", default="alliance-demo")

# Public API ------------------------------------------------------------------------------
# The API's settings in one structure: API["NAME"], read from the environment variable API_NAME
# (docs/deployment.md lists each); code reads them as api.conf.api_settings.NAME.
API = {}
API["DEFAULT_PAGE_SIZE"] = env.int("API_DEFAULT_PAGE_SIZE", default=20)
API["MAX_PAGE_SIZE"] = env.int("API_MAX_PAGE_SIZE", default=100)
API["SEARCH_MAX_LENGTH"] = env.int("API_SEARCH_MAX_LENGTH", default=200)
# Signed preview tokens stay valid this many seconds.
API["PREVIEW_TOKEN_MAX_AGE"] = env.int("API_PREVIEW_TOKEN_MAX_AGE", default=60 * 60)
# The frontend page that shows a draft: the admin's preview redirects there with ?token=...
# Unset, previews go to the page's frontend URL (CMS_FRONTEND_URLS) with the same parameters.
HEADLESS_PREVIEW_URL = env("HEADLESS_PREVIEW_URL", default="")
# The public frontend's URL of a page, per language code ("*" for any other):
# CMS_FRONTEND_URLS="*=https://www.roma-alliance.example/{lang}{path}" gives
# https://www.roma-alliance.example/fr/actualites/lancement/ ({path} is the page's urlPath).
# Used by `url` in the API, rich text links, the sitemap, feeds, webhooks and previews.
# Unset, those URLs are the CMS's own.
CMS_FRONTEND_URLS = env.dict("CMS_FRONTEND_URLS", default={})


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


# Content-Security-Policy (django-csp) on every response, GraphiQL included: scripts only from
# this server's static files (no inline script, no eval; the admin adds inline scripts, see
# cms.middleware.ContentSecurityPolicyMiddleware); inline styles allowed (the admin's editors
# set style attributes); frames from this server, the preview frontends and the
# video embeds; nothing may frame the admin but itself. CSP_EXTRA_IMG_SRC adds image hosts (a
# CDN). docs/deployment.md, "Security headers".
PREVIEW_ORIGINS = sorted(
    {origin for origin in map(origin_of, [HEADLESS_PREVIEW_URL, *CMS_FRONTEND_URLS.values()]) if origin}
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *env.list("CSP_EXTRA_IMG_SRC", default=[])],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF, *PREVIEW_ORIGINS, "https://www.youtube.com", "https://player.vimeo.com"],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
SECURE_REFERRER_POLICY = "same-origin"
# No avatars from gravatar.com, no upgrade check at releases.wagtail.org: the admin makes no
# request to another host (privacy, a closed network, and the CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The only renditions a client may ask for; srcset widths must be among them.
API["IMAGE_RENDITIONS"] = [
    "original",
    "width-400",
    "width-800",
    "width-1200",
    "width-1600",
    "fill-300x300",
    "fill-600x338",
    "fill-1200x675",
    "max-1200x1200",
]
API["IMAGE_SRCSET_WIDTHS"] = [400, 800, 1200, 1600]
# Where a missing translation may fall back to when a client asks for `fallback: true`.
CMS_LOCALE_FALLBACKS = {code: [LANGUAGE_CODE] for code, _name in LANGUAGES if code != LANGUAGE_CODE}
# Limits of the public API (each has a test just under and just over it).
API["MAX_DEPTH"] = env.int("API_MAX_DEPTH", default=10)
API["MAX_ALIASES"] = env.int("API_MAX_ALIASES", default=15)
API["MAX_TOKENS"] = env.int("API_MAX_TOKENS", default=2000)
API["MAX_BODY_SIZE"] = env.int("API_MAX_BODY_SIZE", default=256 * 1024)
API["INTROSPECTION"] = env.bool("API_INTROSPECTION", default=True)
API["MASK_ERRORS"] = env.bool("API_MASK_ERRORS", default=False)
# Parsed and validated documents kept per process (an LRU by query hash; 0 turns it off).
API["DOCUMENT_CACHE_SIZE"] = env.int("API_DOCUMENT_CACHE_SIZE", default=500)
# Automatic persisted queries: the largest query text stored, and how long it is kept.
API["PERSISTED_QUERY_MAX_SIZE"] = env.int("API_PERSISTED_QUERY_MAX_SIZE", default=16 * 1024)
API["PERSISTED_QUERY_TTL"] = env.int("API_PERSISTED_QUERY_TTL", default=7 * 24 * 3600)
# Safelist mode: only the queries registered with `manage.py register_queries` are answered.
API["SAFELIST"] = env.bool("API_SAFELIST", default=False)
# Rate limits, requests per minute (0: none): anonymous callers per IP address, API keys per
# key (each key may set its own). Behind a proxy, name the header with the client's address.
API["RATE_LIMIT_ANONYMOUS"] = env.int("API_RATE_LIMIT_ANONYMOUS", default=600)
API["RATE_LIMIT_KEY"] = env.int("API_RATE_LIMIT_KEY", default=6000)
# The caller's address (API rate limits, sign-in throttling, the application limit): behind N
# proxies that each append the address they saw to X-Forwarded-For (nginx's
# $proxy_add_x_forwarded_for), it is the Nth entry from the right end; what the client wrote
# further left is ignored. 0: REMOTE_ADDR (no proxy). The former API_CLIENT_IP_HEADER means one.
CLIENT_IP_TRUSTED_PROXIES = env.int(
    "CLIENT_IP_TRUSTED_PROXIES", default=1 if env("API_CLIENT_IP_HEADER", default="") else 0
)
# Drafts through `page(previewToken:)` need an API key with the preview scope (or a signed-in
# admin user) as well as the signed token.
API["PREVIEW_REQUIRES_KEY"] = env.bool("API_PREVIEW_REQUIRES_KEY", default=False)
# Query cost: the estimated objects a query can return (product of list limits along each
# path; lists without a limit count as API_COST_LIST_SIZE). See api/cost.py.
API["MAX_COST"] = env.int("API_MAX_COST", default=5000)
API["COST_LIST_SIZE"] = env.int("API_COST_LIST_SIZE", default=10)
# Partner sites call the API from their visitors' browsers (django-cors-headers): only the
# origins of CORS_ALLOWED_ORIGINS (none by default: server-side clients need no CORS), only
# /graphql/, GET and POST (a query, or the membership mutation as application/json), no
# cookies. An API key in Authorization works from the browser, but keys are for servers.
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/graphql/?$"
CORS_ALLOW_METHODS = ["GET", "POST", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "authorization", "content-type", "if-none-match", "x-release-preview"]
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
CORS_ALLOW_CREDENTIALS = False
CORS_PREFLIGHT_MAX_AGE = 86400

# graphql-core's "Did you mean ...?" hints in error messages (they map the schema).
API["SUGGESTIONS"] = env.bool("API_SUGGESTIONS", default=True)
# Response cache for GET requests: entries live at most this long (invalidation is immediate),
# and browsers / CDNs may keep a response for API_CACHE_MAX_AGE seconds.
API["CACHE_TIMEOUT"] = env.int("API_CACHE_TIMEOUT", default=600)
API["CACHE_MAX_AGE"] = env.int("API_CACHE_MAX_AGE", default=60)
# How long shared caches (a CDN, Varnish) may keep it: raise it when they are purged by cache
# tag (WAGTAILFRONTENDCACHE, docs/deployment.md), since a change then removes its answers.
API["SHARED_MAX_AGE"] = env.int("API_SHARED_MAX_AGE", default=API["CACHE_MAX_AGE"])
# Cached answers each worker also keeps in memory (checked against the shared generations on
# every hit, so never stale); 0 turns it off. 200 answers of 20 KB are 4 MB per worker.
API["LOCAL_ANSWERS"] = env.int("API_LOCAL_ANSWERS", default=200)
# Single flight: a worker missing an answer that another worker is computing waits this many
# seconds at most for it (then computes it too), instead of computing the same answer at once.
API["SINGLE_FLIGHT_WAIT"] = env.float("API_SINGLE_FLIGHT_WAIT", default=2.0)
# The shared cache unreachable (api.shared_cache.ResilientRedisCache): Redis is tried again after this
# many seconds, and the outage is logged once per CACHE_OUTAGE_LOG_SECONDS. Invalidations made
# meanwhile wait in the database; every process looks for them at most this often.
CACHE_RETRY_SECONDS = env.float("CACHE_RETRY_SECONDS", default=2.0)
CACHE_OUTAGE_LOG_SECONDS = env.float("CACHE_OUTAGE_LOG_SECONDS", default=60.0)
API["INVALIDATION_RECHECK_SECONDS"] = env.float("API_INVALIDATION_RECHECK_SECONDS", default=1.0)

# Webhooks (see editorial/webhooks.py): seconds to wait for a subscriber, attempts before giving up.
WEBHOOK_TIMEOUT = env.float("WEBHOOK_TIMEOUT", default=5.0)
WEBHOOK_MAX_ATTEMPTS = env.int("WEBHOOK_MAX_ATTEMPTS", default=5)

# E-mail: workflow notifications (submitted, approved, changes requested).
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Alliance CMS <noreply@localhost>")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_COMMENTS_ENABLED = True

# Machine translation in the translation editor (wagtail-localize): DeepL with an API key;
# otherwise an offline dummy translator (reverses word order) outside production.
DEEPL_AUTH_KEY = env("DEEPL_AUTH_KEY", default="")

# An approved page waiting in a release is pinned there instead of published (editorial.releases).
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.workflow_actions.finish_workflow"

# Membership applications (applyForMembership): accepted per client address and hour, and
# deleted once unchanged for this many days (they hold personal data; docs/deployment.md).
MEMBERSHIP_APPLICATIONS_PER_HOUR = env.int("MEMBERSHIP_APPLICATIONS_PER_HOUR", default=10)
MEMBERSHIP_APPLICATION_RETENTION_DAYS = env.int("MEMBERSHIP_APPLICATION_RETENTION_DAYS", default=365)
if DEEPL_AUTH_KEY:
    # wagtail-localize's DeepL translator with the Alliance's glossary (editorial.glossary).
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "editorial.glossary.GlossaryDeepLTranslator",
        # DEEPL_API_URL: empty for DeepL's own (Free for a key ending in ":fx", else Pro).
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY, "API_URL": env("DEEPL_API_URL", default="")},
    }
elif env.bool("CMS_DUMMY_MACHINE_TRANSLATION", default=True):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
