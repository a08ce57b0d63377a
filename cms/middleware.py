"""Project middleware."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.urls import reverse

from cms.views import answer_from_cache


class CachedAnswerMiddleware:
    """Answers GraphQL GET requests from the API's response cache before the rest of the
    middleware stack runs, as Django's FetchFromCacheMiddleware does for pages: a cached answer
    is the same for every caller, so sessions, CSRF, authentication and messages have nothing
    to add to it. Placed right after SecurityMiddleware (and WhiteNoise), whose headers it keeps.
    Anything else (a miss, POST, an API key, an error) goes on to the view."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.path = None

    def __call__(self, request):
        if self.path is None:
            self.path = reverse("graphql")
        if request.method == "GET" and request.path == self.path:
            response = answer_from_cache(request)
            if response is not None:
                return response
        return self.get_response(request)


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
