"""Project-level views: the GraphQL endpoint and the health probe."""

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from graphene_django.views import GraphQLView


class AllianceGraphQLView(GraphQLView):
    """The public, read-only GraphQL endpoint.

    Batching stays off and errors in resolvers come back as GraphQL errors with HTTP 200,
    as graphene-django does by default; request validation lives in the schema module.
    """


@never_cache
def health(request):
    """Liveness and readiness: answers 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception as error:  # noqa: BLE001 - any failure means "not ready"
        database = f"error: {error.__class__.__name__}"
    status = 200 if database == "ok" else 503
    return JsonResponse({"database": database}, status=status)
