"""GraphQL types and root fields for good practices and strategy documents."""

import graphene
from django.utils import translation
from graphene_django import DjangoObjectType

from home.schema import (
    PAGE_FIELDS,
    CountryType,
    DocumentType,
    PageInterface,
    country_in_language,
    get_locale,
    live_pages,
    paginate,
)
from practices.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    StrategyDocumentAttachment,
    StrategyDocumentPage,
)


class ThemeType(graphene.ObjectType):
    """A theme of the controlled vocabulary; `label` is in the page's language."""

    code = graphene.String(required=True)
    label = graphene.String(required=True)

    class Meta:
        name = "Theme"


class GoodPracticeIndexPageType(DjangoObjectType):
    class Meta:
        model = GoodPracticeIndexPage
        name = "GoodPracticeIndexPage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS


class GoodPracticePageType(DjangoObjectType):
    """A good practice of a city, region or state."""

    country = graphene.Field(CountryType, required=True)
    themes = graphene.List(graphene.NonNull(ThemeType), required=True)
    level = graphene.String(required=True)
    status = graphene.String(required=True, description="promising, demonstrated or replicated.")

    class Meta:
        model = GoodPracticePage
        name = "GoodPracticePage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS + [
            "city_or_region",
            "period_start",
            "period_end",
            "results",
            "dosta_prize_year",
            "main_image",
        ]

    def resolve_country(page, info):
        return country_in_language(page.country, page.locale.language_code)

    def resolve_themes(page, info):
        with translation.override(page.locale.language_code):
            return [ThemeType(code=theme.code, label=str(theme.label)) for theme in page.themes.all()]

    def resolve_level(page, info):
        return page.level

    def resolve_status(page, info):
        return page.status


class StrategyDocumentAttachmentType(DjangoObjectType):
    document = graphene.Field(DocumentType, required=True)

    class Meta:
        model = StrategyDocumentAttachment
        name = "StrategyDocumentAttachment"
        fields = ["language", "document"]
        convert_choices_to_enum = False


class StrategyDocumentPageType(DjangoObjectType):
    """A strategy of the Alliance with its official documents."""

    attachments = graphene.List(graphene.NonNull(StrategyDocumentAttachmentType), required=True)

    class Meta:
        model = StrategyDocumentPage
        name = "StrategyDocumentPage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS + ["period_start", "period_end", "summary", "main_image"]

    def resolve_attachments(page, info):
        return page.attachments.select_related("document").all()


class Query(graphene.ObjectType):
    good_practices = graphene.List(
        graphene.NonNull(GoodPracticePageType),
        required=True,
        locale=graphene.String(),
        theme=graphene.String(description="A theme code, e.g. housing."),
        country=graphene.String(description="ISO 3166-1 alpha-2 code, e.g. RO."),
        status=graphene.String(),
        limit=graphene.Int(),
        offset=graphene.Int(),
    )
    strategy_documents = graphene.List(
        graphene.NonNull(StrategyDocumentPageType),
        required=True,
        locale=graphene.String(),
        limit=graphene.Int(),
        offset=graphene.Int(),
    )

    def resolve_good_practices(
        root, info, locale=None, theme=None, country=None, status=None, limit=None, offset=None
    ):
        queryset = live_pages(GoodPracticePage).filter(locale=get_locale(locale))
        if theme:
            queryset = queryset.filter(themes__code=theme)
        if country:
            queryset = queryset.filter(country=country.upper())
        if status:
            queryset = queryset.filter(status=status)
        queryset = queryset.select_related("locale").prefetch_related("themes").order_by("title", "pk")
        return paginate(queryset, limit, offset)

    def resolve_strategy_documents(root, info, locale=None, limit=None, offset=None):
        queryset = live_pages(StrategyDocumentPage).filter(locale=get_locale(locale)).order_by("-period_start")
        return paginate(queryset, limit, offset)
