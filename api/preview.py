"""Signed, expiring preview tokens: the only way a draft reaches the API.

When an editor presses Preview (with HEADLESS_PREVIEW_URL set), the page being edited is
stored as a PreviewSnapshot and the admin redirects to the frontend with a token naming it;
the frontend passes the token to ``page(previewToken: ...)``. Tokens are signed with the
SECRET_KEY and expire after API_PREVIEW_TOKEN_MAX_AGE seconds (one hour by default).

A release token (``X-Release-Preview`` header) previews a whole release instead: every query
of the request is answered as if the release were published (``registry.release_preview``).
"""

from urllib.parse import urlencode

from django.core import signing
from graphql import GraphQLError

from api.conf import api_settings
from api.models import PreviewSnapshot

SALT = "alliance-cms.preview-token"
RELEASE_HEADER = "X-Release-Preview"


class PreviewError(Exception):
    """A preview token that cannot be used; the message says why."""


def read_token(token, salt, again):
    """The data signed in ``token``, or a PreviewError saying why it cannot be used (``again``:
    what to do to get a new one)."""
    try:
        return signing.loads(token, salt=salt, max_age=api_settings.PREVIEW_TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        raise PreviewError(f"The preview token has expired; {again}.") from None
    except signing.BadSignature:
        raise PreviewError("The preview token is not valid.") from None


def url_with_query(url, params):
    """``url`` (a preview frontend's address, which may have a query already) with ``params``."""
    return f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"


def make_preview_token(snapshot):
    """A token that shows ``snapshot`` for API_PREVIEW_TOKEN_MAX_AGE seconds."""
    return signing.dumps({"snapshot": snapshot.pk}, salt=SALT, compress=True)


def page_for_token(token):
    """The previewed page a token names, or a GraphQL error saying why it cannot be used."""
    try:
        data = read_token(token, SALT, "open the preview again from the admin")
    except PreviewError as error:
        raise GraphQLError(str(error)) from None
    snapshot = PreviewSnapshot.objects.filter(pk=data.get("snapshot")).select_related("page").first()
    if snapshot is None:
        raise GraphQLError("The preview of this token no longer exists; open the preview again.")
    return snapshot.as_page()
