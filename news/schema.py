"""GraphQL types and root fields for news and remembrance pages."""

import graphene
from graphene_django import DjangoObjectType

from home.schema import PAGE_FIELDS, PageInterface, get_locale, live_pages, paginate
from news.models import NewsIndexPage, NewsPage, RemembrancePage


class NewsIndexPageType(DjangoObjectType):
    class Meta:
        model = NewsIndexPage
        name = "NewsIndexPage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS


class NewsPageType(DjangoObjectType):
    """A news item."""

    tags = graphene.List(graphene.NonNull(graphene.String), required=True)

    class Meta:
        model = NewsPage
        name = "NewsPage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS + ["date", "main_image"]

    def resolve_tags(page, info):
        return [tag.name for tag in page.tags.all()]


class RemembrancePageType(DjangoObjectType):
    """A commemoration such as 2 August, International Roma Genocide Remembrance Day."""

    class Meta:
        model = RemembrancePage
        name = "RemembrancePage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS + ["commemoration_date", "year", "place", "main_image"]


class Query(graphene.ObjectType):
    news = graphene.List(
        graphene.NonNull(NewsPageType),
        required=True,
        locale=graphene.String(),
        limit=graphene.Int(),
        offset=graphene.Int(),
        description="Live news of one language, newest first.",
    )
    remembrances = graphene.List(
        graphene.NonNull(RemembrancePageType),
        required=True,
        locale=graphene.String(),
        limit=graphene.Int(),
        offset=graphene.Int(),
        description="Live remembrance pages of one language, most recent commemoration first.",
    )

    def resolve_news(root, info, locale=None, limit=None, offset=None):
        queryset = live_pages(NewsPage).filter(locale=get_locale(locale)).order_by("-date", "-pk")
        return paginate(queryset, limit, offset)

    def resolve_remembrances(root, info, locale=None, limit=None, offset=None):
        queryset = (
            live_pages(RemembrancePage)
            .filter(locale=get_locale(locale))
            .order_by("-commemoration_date", "-pk")
        )
        return paginate(queryset, limit, offset)
