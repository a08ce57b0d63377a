"""Local development: debug on, console e-mail, an insecure key that never leaves a laptop."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-alliance-cms")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["*"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
GRAPHIQL_ENABLED = True
# A partner developer's frontend on this machine (any port of localhost) may call the demo's
# API from the browser; CORS_ALLOWED_ORIGINS adds others. Production allows none by default.
CORS_ALLOWED_ORIGIN_REGEXES = [r"^http://(localhost|127\.0\.0\.1)(:\d+)?$"]
