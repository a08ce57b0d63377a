"""The GraphQL schema: the root fields of api and of every app, and the page types that
the apps registered (api.registry)."""

import graphene

import api.schema
import editorial.schema
import events.schema
import home.schema
import membership.schema
import news.schema
import practices.schema
import search.schema
from api.registry import registry


class Query(
    # graphene lists the fields of the last base first: this order keeps schema.graphql stable.
    editorial.schema.Query,
    home.schema.Query,
    api.schema.Query,
    news.schema.Query,
    practices.schema.Query,
    search.schema.Query,
    events.schema.Query,
    graphene.ObjectType,
):
    pass


# Page types are only reachable through the Page interface: they must be named to the schema.
# The only write: anonymous partner sites send membership applications. Nothing else changes
# content through the API (editors work in the admin).
schema = graphene.Schema(query=Query, mutation=membership.schema.Mutation, types=registry.page_graphql_types())
