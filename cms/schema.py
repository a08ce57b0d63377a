"""The GraphQL schema: every app contributes its Query fields next to its models."""

import graphene

import home.schema
import news.schema
import practices.schema
import search.schema


class Query(
    home.schema.Query,
    news.schema.Query,
    practices.schema.Query,
    search.schema.Query,
    graphene.ObjectType,
):
    pass


schema = graphene.Schema(
    query=Query,
    # Types only reachable through the Page interface must still be in the schema.
    types=[
        home.schema.HomePageType,
        home.schema.StandardPageType,
        news.schema.NewsIndexPageType,
        news.schema.NewsPageType,
        news.schema.RemembrancePageType,
        practices.schema.GoodPracticeIndexPageType,
        practices.schema.GoodPracticePageType,
        practices.schema.StrategyDocumentPageType,
    ],
)
