"""GraphQL types and root fields for news and remembrance pages."""

from collections import defaultdict

import graphene
from django.db.models import Exists, OuterRef, Q, Subquery
from taggit.models import Tag

from api.arguments import plain
from api.batching import batched
from api.blocks import BodyField, stream_blocks
from api.media import ImageType, MainImageField
from api.pages import linked_pages
from api.pagination import collection_of, date_range, page_list, pagination_arguments
from api.types import PageInterface, PageObjectType
from home.models import TagLabel
from news.models import NewsIndexPage, NewsPage, NewsPageTag, RemembrancePage


class NewsIndexPageType(PageObjectType):
    """The news section of one language."""

    class Meta:
        model = NewsIndexPage


class NewsPageType(PageObjectType):
    """A news item."""

    tags = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Keywords in the page's language (a tag without a translation is a proper name, e.g. ROMACT).",
    )
    main_image = MainImageField()
    body = BodyField()
    related_pages = graphene.List(graphene.NonNull(PageInterface), required=True)

    class Meta:
        model = NewsPage

    def resolve_tags(page, info):
        info.context.read(Tag)
        info.context.read(TagLabel)

        def load(siblings):
            names = defaultdict(list)
            label = TagLabel.objects.filter(tag_id=OuterRef("tag_id"), locale_id=OuterRef("content_object__locale_id"))
            tagged_items = (
                NewsPageTag.objects.filter(content_object_id__in=[s.pk for s in siblings])
                .annotate(label=Subquery(label.values("name")[:1]))
                .values_list("content_object_id", "label", "tag__name")
            )
            for page_id, label_name, tag_name in tagged_items:  # rows, not model instances
                names[page_id].append(label_name or tag_name)
            return {sibling.pk: sorted(names[sibling.pk]) for sibling in siblings}

        return batched(info, page, "tags", load)

    def resolve_related_pages(page, info):
        return linked_pages(info, page, "related_pages")


class SpeakerBlock(graphene.ObjectType):
    """Someone who spoke at a commemoration."""

    id = graphene.String(required=True)
    name = graphene.String(required=True)
    role = graphene.String()
    quote = graphene.String()
    photo = graphene.Field(ImageType)

    def resolve_photo(block, info):
        return block["photo"]  # None when private (stream_blocks)


class RemembrancePageType(PageObjectType):
    """A commemoration such as 2 August, International Roma Genocide Remembrance Day."""

    main_image = MainImageField()
    body = BodyField()
    speakers = graphene.List(graphene.NonNull(SpeakerBlock), required=True)
    related_news = graphene.List(graphene.NonNull(PageInterface), required=True)

    class Meta:
        model = RemembrancePage

    def resolve_speakers(page, info):
        return stream_blocks(info, page, page.speakers)

    def resolve_related_news(page, info):
        return linked_pages(info, page, "related_news")


class NewsSort(graphene.Enum):
    DATE_DESC = "-date"
    DATE_ASC = "date"
    TITLE_ASC = "title"
    TITLE_DESC = "-title"


class RemembranceSort(graphene.Enum):
    DATE_DESC = "-commemoration_date"
    DATE_ASC = "commemoration_date"


NewsPageCollection = collection_of(NewsPageType, "NewsPageCollection")
RemembrancePageCollection = collection_of(RemembrancePageType, "RemembrancePageCollection")


class Query(graphene.ObjectType):
    news = graphene.Field(
        NewsPageCollection,
        required=True,
        locale=graphene.String(),
        fallback=graphene.Boolean(default_value=False),
        date_from=graphene.Date(),
        date_to=graphene.Date(),
        tag=graphene.String(description="A tag's name, or its label in the requested language."),
        sort=NewsSort(default_value=NewsSort.DATE_DESC.value),
        **pagination_arguments(),
        description="Live news of one language, newest first by default.",
    )
    remembrances = graphene.Field(
        RemembrancePageCollection,
        required=True,
        locale=graphene.String(),
        fallback=graphene.Boolean(default_value=False),
        date_from=graphene.Date(),
        date_to=graphene.Date(),
        year=graphene.Int(),
        sort=RemembranceSort(default_value=RemembranceSort.DATE_DESC.value),
        **pagination_arguments(),
        description="Live remembrance pages of one language.",
    )

    def resolve_news(
        root,
        info,
        locale=None,
        fallback=False,
        date_from=None,
        date_to=None,
        tag=None,
        sort="-date",
        limit=None,
        offset=0,
    ):
        def narrow(queryset):
            queryset = date_range(queryset, "date", date_from, date_to)
            if tag:
                info.context.read(Tag)
                info.context.read(TagLabel)
                # The tag's own name, or its label in the page's language.
                tagged = NewsPageTag.objects.filter(content_object_id=OuterRef("pk")).filter(
                    Q(tag__name=tag) | Q(tag__labels__name=tag, tag__labels__locale_id=OuterRef("locale_id"))
                )
                queryset = queryset.filter(Exists(tagged))
            return queryset

        return page_list(info, NewsPage, locale, fallback, (plain(sort), "-pk"), limit, offset, narrow)

    def resolve_remembrances(
        root,
        info,
        locale=None,
        fallback=False,
        date_from=None,
        date_to=None,
        year=None,
        sort="-commemoration_date",
        limit=None,
        offset=0,
    ):
        def narrow(queryset):
            queryset = date_range(queryset, "commemoration_date", date_from, date_to)
            return queryset.filter(year=year) if year is not None else queryset

        return page_list(info, RemembrancePage, locale, fallback, (plain(sort), "-pk"), limit, offset, narrow)
