"""Project middleware."""

import logging

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.contrib import messages
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from api.views import database_is_down

logger = logging.getLogger("cms.media")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware (CONTENT_SECURITY_POLICY) with one exception: the Wagtail admin
    also runs inline scripts (Wagtail 8 still writes some into its pages, and its vendored
    Jcrop sets inline event handlers), so admin pages get ``script-src 'unsafe-inline'`` on
    top of the policy. Everything else (the API, GraphiQL, documents, previews) keeps scripts
    from this server's files only."""

    admin_prefixes = None

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if self.admin_prefixes is None:
            type(self).admin_prefixes = (reverse("wagtailadmin_home"), reverse("admin:index"))
        if request.path.startswith(self.admin_prefixes) and parts.update is None:
            parts.update = {"script-src": [UNSAFE_INLINE]}
        return parts


def storage_failure(exception):
    """Whether ``exception`` says the media storage could not take a file (disk full, read-only,
    permissions, object storage unreachable or refusing)."""
    if isinstance(exception, OSError):
        return True
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:  # pragma: no cover - boto3 is a requirement
        return False
    return isinstance(exception, BotoCoreError | ClientError)


class StorageFailureMiddleware:
    """An upload the media storage refuses (disk full or read-only, object storage down) is an
    error the editor can read, not a 500 page. Nothing is half-saved: the file is stored
    before the row is inserted, and the request's transaction is rolled back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not request.FILES or not storage_failure(exception):
            return None
        logger.error("Media storage refused an upload", exc_info=exception)
        message = _(
            "The file could not be stored: the media storage is unavailable or full. Nothing was saved; "
            "try again later, and tell an administrator if it goes on."
        )
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # What Wagtail's multiple upload shows for a refused file.
            return JsonResponse({"success": False, "error_message": str(message)}, status=200)
        messages.error(request, message)
        return redirect(request.get_full_path())


class DatabaseUnavailableMiddleware:
    """A request the database cannot serve (restarting, failing over, unreachable) gets a short
    503 with Retry-After instead of a 500 page; the next request reconnects
    (CONN_HEALTH_CHECKS), no worker restart needed. The API answers its own 503 in JSON."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not database_is_down(exception):
            return None
        logger.warning("The database is unavailable: answering 503", exc_info=exception)
        if request.path == reverse("health"):
            # Load balancers and monitors read /health/ as JSON, whatever failed.
            return JsonResponse({"status": "unavailable", "database": "unavailable"}, status=503)
        response = HttpResponse(
            _("The site is unavailable for a moment (its database does not answer). Try again in a few seconds."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = "5"
        return response
