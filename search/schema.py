"""The `search` root field: full-text search over live, public pages only."""

import graphene
from graphql import GraphQLError
from wagtail.models import Page

from api.conf import api_settings
from api.locales import in_locales, locales_for
from api.pagination import paginate, pagination_arguments
from api.types import PageCollection, models_for, page_type_names_argument
from api.visibility import visible_pages
from search.backends import search_language


class Query(graphene.ObjectType):
    search = graphene.Field(
        PageCollection,
        required=True,
        query=graphene.String(required=True, description="Words to look for."),
        locale=graphene.String(),
        types=page_type_names_argument(description="Only these page types."),
        fallback=graphene.Boolean(default_value=False),
        **pagination_arguments(),
        description="Pages of one language matching the query, best first.",
    )

    def resolve_search(root, info, query, locale=None, types=None, fallback=False, limit=None, offset=0):
        query = query.strip()
        if not query:
            raise GraphQLError("query must not be empty.")
        if len(query) > api_settings.SEARCH_MAX_LENGTH:
            raise GraphQLError(f"query must be at most {api_settings.SEARCH_MAX_LENGTH} characters.")
        locales = locales_for(info, locale, fallback)
        pages = in_locales(visible_pages().type(*models_for(types)), locales)
        # The search backend filters on indexed fields only: hand it the visible pages as ids.
        with search_language(locales[0].language_code):
            results = Page.objects.filter(pk__in=pages.values("pk")).specific().search(query)
        return paginate(results, limit, offset, locales[0], locales)
