"""Signed, expiring preview tokens: the only way a draft reaches the API.

When an editor presses Preview (with HEADLESS_PREVIEW_URL set), the page being edited is
stored as a PreviewSnapshot and the admin redirects to the frontend with a token naming it;
the frontend passes the token to ``page(previewToken: ...)``. Tokens are signed with the
SECRET_KEY and expire after API_PREVIEW_TOKEN_MAX_AGE seconds (one hour by default).
"""

from django.core import signing
from graphql import GraphQLError

from api.conf import api_settings
from api.models import PreviewSnapshot

SALT = "alliance-cms.preview-token"


def make_preview_token(snapshot):
    """A token that shows ``snapshot`` for API_PREVIEW_TOKEN_MAX_AGE seconds."""
    return signing.dumps({"snapshot": snapshot.pk}, salt=SALT, compress=True)


def page_for_token(token):
    """The previewed page a token names, or a GraphQL error saying why it cannot be used."""
    try:
        data = signing.loads(token, salt=SALT, max_age=api_settings.PREVIEW_TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        raise GraphQLError("The preview token has expired; open the preview again from the admin.") from None
    except signing.BadSignature:
        raise GraphQLError("The preview token is not valid.") from None
    snapshot = PreviewSnapshot.objects.filter(pk=data.get("snapshot")).select_related("page").first()
    if snapshot is None:
        raise GraphQLError("The preview of this token no longer exists; open the preview again.")
    return snapshot.as_page()
