"""The API's middleware: cached GraphQL answers served before the rest of the stack."""

from django.urls import reverse

from api.views import answer_from_cache


class CachedAnswerMiddleware:
    """Answers GraphQL GET requests from the API's response cache before the rest of the
    middleware stack runs, as Django's FetchFromCacheMiddleware does for pages: a cached answer
    is the same for every caller, so sessions, CSRF, authentication and messages have nothing
    to add to it. Placed after the middleware that add every response's headers (security, frame
    options, CSP; settings.MIDDLEWARE), which it keeps.
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
