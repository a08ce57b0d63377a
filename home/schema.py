"""GraphQL types shared by every app: the Page interface, images, documents, locales,
and the root fields for home pages, standard pages, members and settings."""

import graphene
from django.conf import settings
from django.utils import translation
from graphene_django import DjangoObjectType
from graphql import GraphQLError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, get_page_models

from home.models import HomePage, Member, StandardPage, TerminologyNote

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def get_locale(language_code):
    """The Locale for a language code, or a GraphQL error that lists the valid ones."""
    code = language_code or settings.LANGUAGE_CODE
    try:
        return Locale.objects.get(language_code=code)
    except Locale.DoesNotExist:
        available = ", ".join(Locale.objects.order_by("language_code").values_list("language_code", flat=True))
        raise GraphQLError(f"Unknown locale '{code}'. Available locales: {available}.") from None


def paginate(queryset, limit, offset):
    """Slice a queryset after checking the client's limit and offset."""
    limit = DEFAULT_PAGE_SIZE if limit is None else limit
    offset = offset or 0
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise GraphQLError(f"limit must be between 1 and {MAX_PAGE_SIZE}, got {limit}.")
    if offset < 0:
        raise GraphQLError(f"offset must be 0 or more, got {offset}.")
    return queryset[offset : offset + limit]


def api_page_models():
    """The page models the API serves, by class name."""
    return {
        model.__name__: model
        for model in get_page_models()
        if model._meta.app_label in ("home", "news", "practices")
    }


def live_pages(model=Page):
    """The only pages the public API may ever return: live and without view restrictions."""
    return model.objects.live().public()


class LocaleType(DjangoObjectType):
    """A content language."""

    name = graphene.String(required=True)

    class Meta:
        model = Locale
        name = "Locale"
        fields = ["language_code"]

    def resolve_name(locale, info):
        return locale.get_display_name()


class ImageType(DjangoObjectType):
    """An image from the media library (original file; renditions come with the full API)."""

    url = graphene.String(required=True)

    class Meta:
        model = Image
        name = "Image"
        fields = ["id", "title", "width", "height"]

    def resolve_url(image, info):
        return image.file.url


class DocumentType(DjangoObjectType):
    """A file from the document library, served through Wagtail's document view."""

    url = graphene.String(required=True)
    file_size = graphene.Int()
    file_extension = graphene.String()

    class Meta:
        model = Document
        name = "Document"
        fields = ["id", "title"]

    def resolve_url(document, info):
        return document.url

    def resolve_file_size(document, info):
        return document.get_file_size()

    def resolve_file_extension(document, info):
        return document.file_extension


class CountryType(graphene.ObjectType):
    """A country: ISO 3166-1 alpha-2 code and its name in the content's language."""

    code = graphene.String(required=True)
    name = graphene.String(required=True)

    class Meta:
        name = "Country"


def country_in_language(country, language_code):
    """A CountryType for a django-countries value, named in ``language_code``."""
    with translation.override(language_code):
        return CountryType(code=country.code, name=str(country.name))


class PageInterface(graphene.Interface):
    """Fields every page type has."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    slug = graphene.String(required=True)
    url_path = graphene.String(
        required=True, description="Path of the page below its language's home page, e.g. /news/launch/."
    )
    url = graphene.String(description="The page's URL on this CMS, language prefix included.")
    locale = graphene.Field(LocaleType, required=True)
    translation_key = graphene.UUID(required=True)
    intro = graphene.String()
    seo_title = graphene.String()
    search_description = graphene.String()
    first_published_at = graphene.DateTime()
    last_published_at = graphene.DateTime()
    page_type = graphene.String(required=True, description="The page type's name, e.g. NewsPage.")

    class Meta:
        name = "Page"

    def resolve_url_path(page, info):
        # url_path starts with the language's home page slug ("/home/news/x/"): drop it.
        parts = page.url_path.strip("/").split("/")[1:]
        return "/" + "".join(f"{part}/" for part in parts)

    def resolve_url(page, info):
        return page.get_url(request=info.context)

    def resolve_page_type(page, info):
        return type(page).__name__


PAGE_FIELDS = [
    "id",
    "title",
    "slug",
    "locale",
    "translation_key",
    "intro",
    "seo_title",
    "search_description",
    "first_published_at",
    "last_published_at",
]


class HomePageType(DjangoObjectType):
    class Meta:
        model = HomePage
        name = "HomePage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS + ["hero_title", "hero_text", "hero_image"]


class StandardPageType(DjangoObjectType):
    class Meta:
        model = StandardPage
        name = "StandardPage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS + ["main_image"]


class MemberType(DjangoObjectType):
    """A city or region participating in the Alliance."""

    country = graphene.Field(CountryType, required=True)
    kind = graphene.String(required=True)
    latitude = graphene.Float()
    longitude = graphene.Float()

    class Meta:
        model = Member
        name = "Member"
        fields = ["id", "name", "joined_on", "website", "locale", "translation_key"]

    def resolve_country(member, info):
        return country_in_language(member.country, member.locale.language_code)

    def resolve_kind(member, info):
        return member.kind

    def resolve_latitude(member, info):
        return None if member.latitude is None else float(member.latitude)

    def resolve_longitude(member, info):
        return None if member.longitude is None else float(member.longitude)


class TerminologyNoteType(DjangoObjectType):
    class Meta:
        model = TerminologyNote
        name = "TerminologyNote"
        fields = ["id", "term", "definition", "locale", "translation_key"]


class Query(graphene.ObjectType):
    pages = graphene.List(
        graphene.NonNull(PageInterface),
        required=True,
        locale=graphene.String(description="Language code; defaults to the site's default language."),
        page_type=graphene.String(description="Only pages of this type, e.g. NewsPage."),
        limit=graphene.Int(),
        offset=graphene.Int(),
        description="Live, public pages of one language, in tree order.",
    )
    members = graphene.List(
        graphene.NonNull(MemberType),
        required=True,
        locale=graphene.String(),
        country=graphene.String(description="ISO 3166-1 alpha-2 code, e.g. RO."),
        limit=graphene.Int(),
        offset=graphene.Int(),
    )
    terminology_notes = graphene.List(graphene.NonNull(TerminologyNoteType), required=True, locale=graphene.String())

    def resolve_pages(root, info, locale=None, page_type=None, limit=None, offset=None):
        page_types = api_page_models()
        if page_type and page_type not in page_types:
            raise GraphQLError(
                f"Unknown page type '{page_type}'. Valid types: {', '.join(sorted(page_types))}."
            )
        models = [page_types[page_type]] if page_type else page_types.values()
        queryset = live_pages().filter(locale=get_locale(locale)).type(*models).order_by("path")
        return paginate(queryset.specific(), limit, offset)

    def resolve_members(root, info, locale=None, country=None, limit=None, offset=None):
        queryset = Member.objects.filter(locale=get_locale(locale)).select_related("locale")
        if country:
            queryset = queryset.filter(country=country.upper())
        return paginate(queryset, limit, offset)

    def resolve_terminology_notes(root, info, locale=None):
        return TerminologyNote.objects.filter(locale=get_locale(locale))

