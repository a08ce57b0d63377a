"""Who is calling the API: an API key (``Authorization: Bearer``) with its scope, or an
anonymous caller; and how often they may call (a fixed one-minute window per key or per IP,
counted in the shared cache)."""

import logging
import time

from django.conf import settings
from django.utils import timezone

from api.cache import count_in_window
from api.conf import api_settings

logger = logging.getLogger("api")


class AccessError(Exception):
    """A request refused before it runs: answered as a GraphQL error with ``status``."""

    def __init__(self, message, status, code, headers=None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.headers = headers or {}


def authenticate(request):
    """The request's active ApiKey, None without an Authorization header; an AccessError (401)
    for anything else, so a typo in a key is never silently anonymous."""
    from api.models import ApiKey

    header = request.META.get("HTTP_AUTHORIZATION", "").strip()
    if not header:
        return None
    scheme, _, key = header.partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise AccessError("Send the API key as 'Authorization: Bearer <key>'.", 401, "UNAUTHENTICATED")
    api_key = ApiKey.objects.filter(key_hash=ApiKey.hash(key)).first()
    if api_key is None or not api_key.active:
        raise AccessError("The API key is not valid or has been revoked.", 401, "UNAUTHENTICATED")
    now = timezone.now()
    if api_key.last_used_at is None or (now - api_key.last_used_at).total_seconds() > 60:
        type(api_key).objects.filter(pk=api_key.pk).update(last_used_at=now)  # at most once a minute
    return api_key


def client_ip(request):
    """The caller's address, the one the operator's proxies saw: with CLIENT_IP_TRUSTED_PROXIES
    = N, the Nth address from the right end of X-Forwarded-For (each trusted proxy appended
    the address it was called from; anything further left was written by the client and is
    ignored); REMOTE_ADDR without trusted proxies, or when the header is shorter than the chain
    (the request did not come through them)."""
    trusted = settings.CLIENT_IP_TRUSTED_PROXIES
    if trusted:
        chain = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
        if len(chain) >= trusted:
            return chain[-trusted]
    return request.META.get("REMOTE_ADDR", "unknown")


def rate_limit_counter(request, api_key):
    """(the key of the caller's counter for this minute, their limit per minute); (None, 0)
    when they are not limited."""
    if api_key is not None:
        who, limit = f"key:{api_key.pk}", api_key.rate_limit or api_settings.RATE_LIMIT_KEY
    else:
        who, limit = f"ip:{client_ip(request)}", api_settings.RATE_LIMIT_ANONYMOUS
    if not limit:
        return None, 0
    return f"api:rate:{who}:{int(time.time() // 60)}", limit


def check_rate_limit(context):
    """Count this request (an ApiContext) unless the response cache lookup already did
    (``context.rate_count``); an AccessError (429 with Retry-After) past the caller's limit per
    minute. While Redis is unreachable the shared cache counts per process
    (``ResilientRedisCache``); an unexpected cache error lets the request through, logged."""
    key, limit = rate_limit_counter(context.request, context.api_key)
    if key is None:
        return
    count = context.rate_count if context.api_key is None else None
    if count is None:
        try:
            count = count_in_window(key)
        except Exception:
            logger.warning("Rate limiting skipped: the cache is unreachable", exc_info=True)
            return
    if count > limit:
        now = time.time()
        retry = max(1, 60 * (int(now // 60) + 1) - int(now))
        raise AccessError(
            f"Rate limit of {limit} requests per minute exceeded; retry in {retry} seconds.",
            429,
            "RATE_LIMITED",
            {"Retry-After": str(retry)},
        )


def is_admin_user(request):
    """A signed-in user of the Wagtail admin (session cookie)."""
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def may_preview(context, request):
    """Whether this request may see a preview (a draft, a release): with API_PREVIEW_REQUIRES_KEY
    (production), an API key with the preview scope or a signed-in admin user; else anyone
    holding a valid token."""
    from api.conf import api_settings

    return not api_settings.PREVIEW_REQUIRES_KEY or context.allows("preview") or is_admin_user(request)


def sees_translation_drafts(context):
    """Whether this API request (an ApiContext) may learn about drafts and translation progress:
    a signed-in user of the admin, or an API key with the editorial scope. Anyone else gets the
    public view."""
    return context.allows("editorial") or is_admin_user(context.request)
