"""Project-level views: the public GraphQL endpoint and the health probe."""

import contextlib
import hashlib
import json
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import InterfaceError, OperationalError, connection, transaction
from django.http import HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.views.decorators.cache import never_cache
from graphene_django.settings import graphene_settings
from graphene_django.views import GraphQLView, HttpError
from graphql import (
    ExecutionResult,
    GraphQLError,
    OperationType,
    execute,
    get_operation_ast,
    validate,
)

from api import cache as response_cache
from api.access import AccessError, authenticate, check_rate_limit, may_preview, rate_limit_counter
from api.conf import api_settings
from api.context import ApiContext
from api.cost import check_cost
from api.documents import LRU, parse_and_validate
from api.facts import request_facts
from api.invalidation import apply_pending_invalidations
from api.persisted_queries import (
    SAFELIST_RECHECK_SECONDS,
    PersistedQueryError,
    persisted_hash,
    remember_query,
    resolve_query,
)
from api.preview import RELEASE_HEADER, PreviewError
from api.registry import registry
from api.shared_cache import outage

logger = logging.getLogger("api")


GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"


def response_media_type(request):
    """The media type of the answer (GraphQL over HTTP): application/graphql-response+json when
    the client accepts it first, application/json when it accepts that or anything (or sends no
    Accept header), else None."""
    if not request.META.get("HTTP_ACCEPT"):
        return JSON
    return request.get_preferred_type([JSON, GRAPHQL_RESPONSE])


def json_errors(status, message, code=None, media_type=JSON):
    error = {"message": message}
    if code:
        error["extensions"] = {"code": code}
    response = JsonResponse({"errors": [error]}, status=status, content_type=f"{media_type}; charset=utf-8")
    patch_cache_control(response, no_store=True)
    return response


def database_is_down(error):
    """Whether ``error`` means the database went away (restart, fail-over, network), not a
    fault of this request: the request then fails cleanly with 503, and the next one reconnects
    (CONN_HEALTH_CHECKS) without restarting the worker."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    try:
        return connection.connection is None or not connection.is_usable()
    except Exception:
        return True


def database_unavailable(media_type=None):
    logger.warning("The database is unavailable: answering 503", exc_info=True)
    response = json_errors(
        503, "The database is unavailable for a moment; try again shortly.", "DATABASE_UNAVAILABLE", media_type or JSON
    )
    response["Retry-After"] = "5"
    return response


class RequestError(Exception):
    """A request that is not a GraphQL request this API takes: answered with a GraphQL error
    (``errors[]``) and an HTTP status, never a server error."""

    def __init__(self, message, status=400, code="BAD_REQUEST"):
        super().__init__(message)
        self.status = status
        self.code = code


SUGGESTION = re.compile(r" ?Did you mean [^?]*\?")


def without_suggestions(message):
    """An error message without graphql-core's "Did you mean ...?" hints (they map the schema)."""
    return SUGGESTION.sub("", message)


# NUL cannot be stored or compared by PostgreSQL, and an unpaired surrogate cannot be written
# as UTF-8: no Alliance text has either, so a request that carries one is refused whole.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def refuse_unstorable_text(value, name):
    """A RequestError when ``value`` (a string, or JSON lists and objects of them, keys included)
    holds a NUL character or an unpaired surrogate."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if UNSTORABLE.search(item):
                raise RequestError(f"{name} contains a NUL character or an unpaired surrogate (\\u0000, \\ud800).")
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)


def error_code(error):
    """The code of an error graphql-core or a resolver gave without one, as Apollo Server names
    them: the query cannot be parsed, or breaks the schema's rules or the API's limits; a value
    (a variable, an argument) is refused; the server failed."""
    if not isinstance(error, GraphQLError):
        return "BAD_REQUEST"
    original = error.original_error
    if original is not None and not isinstance(original, GraphQLError):
        return "INTERNAL_SERVER_ERROR"
    if error.path or error.message.startswith("Variable '$"):
        return "BAD_USER_INPUT"
    if error.message.startswith("Syntax Error"):
        return "GRAPHQL_PARSE_FAILED"
    return "GRAPHQL_VALIDATION_FAILED"


def json_parameter(value, name, expected):
    """A request parameter that is JSON, given as text (GET) or already decoded (POST)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise RequestError(f"{name} is not valid JSON.") from None
    if value is not None and not isinstance(value, expected):
        raise RequestError(f"{name} must be a JSON object.")
    return value


# Whether a public answer came from the response cache (HIT) or was computed (MISS): for
# operators and the benchmark, which counts recomputes with it.
CACHE_STATUS = "X-API-Cache"


def tag_headers(tags):
    """The headers naming an answer's cache tags for the HTTP cache in front: Cloudflare's
    Cache-Tag (comma-separated) and Fastly's and Varnish's Surrogate-Key (space-separated)."""
    if not tags:
        return {}
    return {"Cache-Tag": ",".join(tags), "Surrogate-Key": " ".join(tags)}


def public_answer(request, response, valid_until, etag=None, tags=None, served_from_cache=False):
    """``response`` made a public, shared-cacheable answer: ETag (``etag``, or the hash of the
    body), Cache-Control up to the next scheduled change, cache tags, Vary: Accept only, no
    cookies; a 304 when the client's copy is current."""
    response["ETag"] = etag or body_etag(response.content)
    response[CACHE_STATUS] = "HIT" if served_from_cache else "MISS"
    for name, value in tag_headers(tags).items():
        response[name] = value
    response["Cache-Control"] = cache_control(valid_until)
    patch_vary_headers(response, ["Accept"])
    # The answer is the same for everyone: no CSRF cookie, no Vary: Cookie (CDNs skip those).
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
    response.cookies.pop(settings.CSRF_COOKIE_NAME, None)
    if hasattr(request, "session"):
        request.session.accessed = False
    vary = [value.strip() for value in response.get("Vary", "").split(",") if value.strip()]
    if any(value.lower() == "cookie" for value in vary):
        vary = [value for value in vary if value.lower() != "cookie"]
        if vary:
            response["Vary"] = ", ".join(vary)
        else:
            del response["Vary"]
    return get_conditional_response(request, etag=response["ETag"], response=response) or response


def cache_control(valid_until):
    """The Cache-Control of a public answer: browsers keep it API_CACHE_MAX_AGE seconds, shared
    caches (a CDN, Varnish) API_SHARED_MAX_AGE (longer when they are purged by tag), neither
    past the next scheduled change (``valid_until``, a Unix time or None)."""
    max_age, shared_max_age = max_age_until(valid_until), max_age_until(valid_until, api_settings.SHARED_MAX_AGE)
    if shared_max_age == max_age:
        return f"public, max-age={max_age}"
    return f"public, max-age={max_age}, s-maxage={shared_max_age}"


def max_age_until(valid_until, seconds=None):
    """``seconds`` (default API_CACHE_MAX_AGE), and never past the next scheduled change
    (``valid_until``, a Unix time or None)."""
    seconds = api_settings.CACHE_MAX_AGE if seconds is None else seconds
    if valid_until is None:
        return seconds
    return max(0, min(seconds, int(valid_until - time.time())))


def body_etag(body):
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


# Response cache keys by (host, query string), per process: a frontend's few persisted GET
# URLs come back again and again, and the key is a function of the URL (the query text behind a
# hash never changes; in safelist mode the entry lives as long as the safelist recheck).
_answer_keys = LRU()
ANSWER_KEYS = 2000


def answer_key(request):
    """The response cache key of a GET request, or None when the view should answer it."""
    lookup = (request.get_host(), request.META.get("QUERY_STRING", ""), api_settings.SAFELIST)
    key = _answer_keys.get(lookup)
    if key is None:
        try:
            query, variables, operation_name, _id = AllianceGraphQLView.get_graphql_params(request, {})
            query = resolve_query(persisted_hash(request, {}), query)
        except Exception:  # the view answers it, with the error it deserves
            return None
        if not query:
            return None
        key = response_cache.response_key(lookup[0], query, variables, operation_name)
        ttl = SAFELIST_RECHECK_SECONDS if api_settings.SAFELIST else api_settings.PERSISTED_QUERY_TTL
        _answer_keys.put(lookup, key, ANSWER_KEYS, ttl)
    return key


# The release preview header as Django names it in request.META.
RELEASE_META = "HTTP_" + RELEASE_HEADER.upper().replace("-", "_")


def answer_from_cache(request):
    """The cached answer to an anonymous GraphQL GET request, or None to let the view answer
    (a miss, an API key, anything to refuse or to report as an error). The rate-limit count
    and the cache lookup are one round trip to the cache; the count is left in the request's
    ApiContext (``rate_count``) so that the view does not count the request twice."""
    accept = request.META.get("HTTP_ACCEPT")
    media_type = accept if accept in (JSON, GRAPHQL_RESPONSE) else response_media_type(request)
    if media_type is None or request.META.get("HTTP_AUTHORIZATION") or request.META.get(RELEASE_META):
        return None
    try:
        key = answer_key(request)
    except DisallowedHost:
        return None
    if key is None:
        return None
    counter_key, limit = rate_limit_counter(request, None)
    try:
        lookup = response_cache.look_up(key, counter_key)
    except Exception:
        logger.warning("Response cache unreachable", exc_info=True)
        return None
    context = ApiContext.of(request)
    context.rate_count, context.lookup = lookup.count, lookup
    if lookup.answer is None or (counter_key is not None and lookup.count > limit):
        return None
    body, status, valid_until, etag, tags = lookup.answer
    # The headers public_answer gives the view's answers, set at once (nothing else has set any).
    etag = etag or body_etag(body.encode())
    response = HttpResponse(
        body,
        status=status,
        headers={
            "Content-Type": f"{media_type}; charset=utf-8",
            "ETag": etag,
            "Cache-Control": cache_control(valid_until),
            "Vary": "Accept",
            CACHE_STATUS: "HIT",
            **tag_headers(tags),
        },
    )
    if "HTTP_IF_NONE_MATCH" in request.META:
        return get_conditional_response(request, etag=etag, response=response) or response
    return response


class AllianceGraphQLView(GraphQLView):
    """The public GraphQL endpoint: reads, and one write (``applyForMembership``, POST only).

    On top of graphene-django's view: a request-body size limit, parsing with a token limit,
    validation with depth and alias limits (and no introspection where disabled), masked
    error details in production, automatic persisted queries, and a response cache for GET
    requests with ETag / Cache-Control and 304 answers. Batching stays off.

    It replaces graphene-django's ``dispatch``, ``get_graphql_params``, ``get_response``,
    ``execute_graphql_request`` and ``format_error`` (fingerprinted in
    tests/test_third_party_patches.py) and keeps what they honour: ``validation_rules``,
    ``get_root_value``, ``execution_context_class``, ``get_middleware`` and ATOMIC_MUTATIONS.
    """

    batch = False

    def get_context(self, request):
        """The request's ApiContext (``api.context``): what resolvers read and write."""
        return ApiContext.of(request)

    def dispatch(self, request, *args, **kwargs):
        context = ApiContext.of(request)
        context.media_type = response_media_type(request)
        if context.media_type is None and not (self.graphiql and self.request_wants_html(request)):
            return json_errors(
                406, f"This API answers {JSON} or {GRAPHQL_RESPONSE}: accept one of them.", "NOT_ACCEPTABLE"
            )
        length = request.META.get("CONTENT_LENGTH") or "0"
        if not length.isdigit() or int(length) > api_settings.MAX_BODY_SIZE:
            return json_errors(
                413, f"The request body is larger than {api_settings.MAX_BODY_SIZE} bytes.", "REQUEST_TOO_LARGE"
            )
        try:
            context.api_key = authenticate(request)
            check_rate_limit(context)
        except (OperationalError, InterfaceError) as error:
            if not database_is_down(error):
                raise
            return database_unavailable(context.media_type)
        except AccessError as error:
            response = json_errors(error.status, str(error), error.code)
            for name, value in error.headers.items():
                response[name] = value
            if error.status == 401:
                response["WWW-Authenticate"] = 'Bearer realm="api"'
            return response
        release_token = request.headers.get(RELEASE_HEADER)
        preview = contextlib.nullcontext()
        if release_token is not None:
            if not may_preview(context, request):
                return json_errors(
                    403,
                    "Previews need an API key with the preview scope (Authorization: Bearer <key>).",
                    "FORBIDDEN",
                    context.media_type or JSON,
                )
            try:
                preview = registry.release_preview(release_token)
            except PreviewError as error:
                return json_errors(400, str(error), "INVALID_PREVIEW_TOKEN", context.media_type or JSON)
            context.private = True  # drafts: never cached, never shared
        context.cacheable = request.method in ("GET", "HEAD") and not context.private
        if request.method == "POST" and request.content_type not in (
            "application/json",
            "application/graphql",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            return json_errors(415, "Send the request as application/json.", "UNSUPPORTED_MEDIA_TYPE")
        try:
            # The release preview first: the facts it shows are its own, not the shared ones.
            with preview, request_facts():
                response = super().dispatch(request, *args, **kwargs)
        except PreviewError as error:
            return json_errors(400, str(error), "INVALID_PREVIEW_TOKEN", context.media_type or JSON)
        except PersistedQueryError as error:
            status = 400 if error.code != "PERSISTED_QUERY_NOT_FOUND" else 200
            return json_errors(status, str(error), error.code, context.media_type or JSON)
        except (OperationalError, InterfaceError) as error:
            if not database_is_down(error):
                raise
            return database_unavailable(context.media_type)
        except RequestError as error:
            response = json_errors(error.status, str(error), error.code, context.media_type or JSON)
            if error.status == 405:
                response["Allow"] = "POST"
            return response
        except RecursionError:
            # JSON nested thousands deep (body, variables or extensions): Python's parser gives up.
            return json_errors(400, "The request is nested too deeply.", "BAD_REQUEST", context.media_type or JSON)
        except MultiPartParserError as error:
            return json_errors(
                400, f"The multipart body cannot be read: {error}", "BAD_REQUEST", context.media_type or JSON
            )
        is_json = response.get("Content-Type", "").startswith(JSON)
        if is_json:
            response["Content-Type"] = f"{context.media_type or JSON}; charset=utf-8"
        public = (
            response.status_code == 200
            and request.method in ("GET", "HEAD")
            and is_json
            and context.cacheable
            and not context.private
            and not context.failed
            and context.current
        )
        if public:
            response = public_answer(
                request, response, context.valid_until, context.etag, context.cache_tags, context.served_from_cache
            )
        elif request.method != "GET" or is_json:
            patch_cache_control(response, private=True, no_store=True)
        if context.private:
            # A draft (preview token): nothing about this exchange goes to another site.
            response["Referrer-Policy"] = "no-referrer"
        return response

    @staticmethod
    def get_graphql_params(request, data):
        """The query, variables, operation name and id of a request, checked for type: a
        wrong envelope is a request error, not a crash further on."""
        if not isinstance(data, dict):
            raise RequestError("The request body must be a JSON object.")
        query = request.GET.get("query") or data.get("query")
        if query is not None and not isinstance(query, str):
            raise RequestError("query must be a string.")
        variables = json_parameter(request.GET.get("variables") or data.get("variables"), "variables", dict)
        operation_name = request.GET.get("operationName") or data.get("operationName")
        if operation_name == "null":
            operation_name = None
        if operation_name is not None and not isinstance(operation_name, str):
            raise RequestError("operationName must be a string.")
        extensions = json_parameter(request.GET.get("extensions") or data.get("extensions"), "extensions", dict)
        for value, name in ((query, "query"), (variables, "variables"), (operation_name, "operationName")):
            refuse_unstorable_text(value, name)
        refuse_unstorable_text(extensions, "extensions")
        return query, variables, operation_name, None

    def get_response(self, request, data, show_graphiql=False):
        context = ApiContext.of(request)
        query, variables, operation_name, _id = self.get_graphql_params(request, data)
        sha256 = persisted_hash(request, data)
        query = resolve_query(sha256, query)

        key = (
            response_cache.response_key(request.get_host(), query, variables, operation_name)
            if context.cacheable
            else None
        )
        since, computing = None, False
        if key:
            # One lookup per request: the middleware's, when it made this one.
            lookup = context.lookup if context.lookup is not None and context.lookup.key == key else None
            if lookup is None:
                lookup = response_cache.look_up(key)
            lookup, computing = (
                (lookup, False) if lookup.answer is not None else response_cache.wait_for_another_worker(key, lookup)
            )
            if lookup.answer is not None:
                body, status, context.valid_until, context.etag, context.cache_tags = lookup.answer
                context.served_from_cache = True
                return body, status
            since = lookup.since if lookup.since is not None else response_cache.change_number()
        operation = (query, variables, operation_name, sha256)
        if computing:
            try:
                return self.compute_answer(request, data, operation, show_graphiql, key, since)
            finally:
                response_cache.done_computing(key)
        return self.compute_answer(request, data, operation, show_graphiql, key, since)

    def compute_answer(self, request, data, operation, show_graphiql, key, since):
        """Execute ``operation`` (query, variables, operation name, persisted hash) and encode
        its answer; cache it under ``key`` (when given) with its dependency tags and the change
        number ``since`` read before executing, when it is a public answer without errors."""
        context = ApiContext.of(request)
        query, variables, operation_name, sha256 = operation
        result = self.execute_graphql_request(request, data, query, variables, operation_name, show_graphiql)
        if result is None:  # GraphiQL page
            return None, 200
        for error in result.errors or []:
            if database_is_down(getattr(error, "original_error", None)):
                raise error.original_error  # a 503 for the whole answer, not a partial one
        body, status = self.encode_result(request, result, show_graphiql)
        context.failed = bool(result.errors)

        if sha256 and not any(error.path is None for error in result.errors or []):
            remember_query(sha256, query)
        if key and status == 200 and not result.errors and not context.private:
            context.etag = body_etag(body.encode())
            context.cache_tags = context.tags()
            context.valid_until, context.current = response_cache.store_response(
                key, body, status, since, context.cache_tags, context.etag
            )
        return body, status

    def encode_result(self, request, result, show_graphiql):
        """The JSON body and status of an execution result, as graphene-django writes them
        (without its rollback of a read-only request)."""
        response = {}
        status = 200
        if result.errors:
            response["errors"] = [self.format_error(error) for error in result.errors]
        if result.errors and any(not getattr(error, "path", None) for error in result.errors):
            # A request error (parse, validation, limits, variables): no data; 400 for clients
            # of application/graphql-response+json, 200 for application/json ones (GraphQL over HTTP).
            status = 400 if ApiContext.of(request).media_type == GRAPHQL_RESPONSE else 200
        else:
            response["data"] = result.data
        return self.json_encode(request, response, pretty=show_graphiql), status

    def execute_graphql_request(self, request, data, query, variables, operation_name, show_graphiql=False):
        if not query:
            if show_graphiql:
                return None
            raise HttpError(HttpResponse("Must provide query string.", status=400))
        document, errors = parse_and_validate(self.schema.graphql_schema, query)
        if document is None:
            return ExecutionResult(errors=errors)

        operation = get_operation_ast(document, operation_name)
        if operation is not None and operation.operation != OperationType.QUERY:
            if request.method in ("GET", "HEAD"):
                raise RequestError("Mutations are sent with POST.", status=405, code="METHOD_NOT_ALLOWED")
            if operation.operation == OperationType.SUBSCRIPTION:
                return ExecutionResult(errors=[GraphQLError("Subscriptions are not supported.")])
            if request.META.get(RELEASE_META):
                # Everything a release preview does is rolled back: a write would be lost.
                return ExecutionResult(errors=[GraphQLError("Mutations cannot be sent with a release preview token.")])
            if request.content_type != "application/json":
                # A form on another site can post url-encoded or multipart bodies from a
                # visitor's browser without asking (no CORS preflight); JSON it cannot.
                raise RequestError("Mutations are sent as application/json.", status=415, code="UNSUPPORTED_MEDIA_TYPE")
            ApiContext.of(request).cacheable = False

        if not errors and self.validation_rules:  # graphene-django's attribute, honoured
            errors = validate(self.schema.graphql_schema, document, self.validation_rules)
        if not errors:
            too_costly = check_cost(self.schema.graphql_schema, document, operation_name, variables)
            errors = [too_costly] if too_costly else []
        if errors:
            return ExecutionResult(errors=errors)
        options = {
            "context_value": self.get_context(request),
            "root_value": self.get_root_value(request),
            "variable_values": variables,
            "operation_name": operation_name,
            "middleware": self.get_middleware(request),
            "execution_context_class": self.execution_context_class,
        }
        is_mutation = operation is not None and operation.operation == OperationType.MUTATION
        if is_mutation and (
            graphene_settings.ATOMIC_MUTATIONS is True or connection.settings_dict.get("ATOMIC_MUTATIONS") is True
        ):
            # graphene-django's setting: the mutation in one transaction, rolled back on error.
            with transaction.atomic():
                result = execute(self.schema.graphql_schema, document, **options)
                if result.errors:
                    transaction.set_rollback(True)
                return result
        return execute(self.schema.graphql_schema, document, **options)

    @staticmethod
    def format_error(error):
        """An error as the answer gives it, always with ``extensions.code``: its own, or Apollo
        Server's code for its kind (``error_code``)."""
        original = getattr(error, "original_error", None)
        if api_settings.MASK_ERRORS and original is not None and not isinstance(original, GraphQLError):
            logger.error("GraphQL resolver failed", exc_info=original)
            formatted = {"message": "Internal server error.", "extensions": {"code": "INTERNAL_SERVER_ERROR"}}
            if getattr(error, "path", None):
                formatted["path"] = error.path
            return formatted
        formatted = error.formatted if isinstance(error, GraphQLError) else {"message": str(error)}
        if not api_settings.SUGGESTIONS:
            formatted["message"] = without_suggestions(formatted["message"])
        formatted["extensions"] = {"code": error_code(error), **(formatted.get("extensions") or {})}
        return formatted


def check(probe):
    try:
        probe()
        return "ok"
    except Exception as error:
        logger.warning("Health check failed", exc_info=error)
        return f"error: {error.__class__.__name__}"


def probe_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def cache_health():
    """ "ok", or why the shared cache is not usable (its outage is logged by the backend, once
    per interval, not at every probe)."""
    try:
        cache.set("health:probe", "ok", timeout=10)
        answered = cache.get("health:probe") == "ok"
    except Exception as error:  # a backend that raises (not the resilient Redis one)
        return f"unreachable: {error.__class__.__name__}"
    state = outage()
    if state is not None and state.down:
        return f"unreachable: {state.reason}"
    return "ok" if answered else "error: the cache did not return what was just stored"


@never_cache
@transaction.non_atomic_requests  # it reports the database's state, even when it cannot start a transaction
def health(request):
    """Readiness for load balancers: 200 while the database answers, with ``status`` "ok", or
    "degraded" when the shared cache does not (the API then answers from the database,
    uncached: taking the instance out of the pool would not help); 503 "unavailable" when the
    database does not answer. Invalidations kept during a cache outage are made here too."""
    result = {"database": check(probe_database), "cache": cache_health()}
    pending = apply_pending_invalidations() if result["database"] == "ok" and result["cache"] == "ok" else None
    if result["database"] != "ok":
        result["status"], status = "unavailable", 503
    elif result["cache"] != "ok" or pending:
        result["status"], status = "degraded", 200
    else:
        result["status"], status = "ok", 200
    if pending:
        result["pendingInvalidations"] = pending
    return JsonResponse(result, status=status)
