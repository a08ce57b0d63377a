"""GraphQL types of the home app (home and standard pages, members, terminology notes, site
settings) and its root fields."""

from dataclasses import dataclass

import graphene
from graphene_django import DjangoObjectType
from wagtail.models import Locale, Site

from cms.api.arguments import plain
from cms.api.batching import locales_by_id, prepare
from cms.api.blocks import BodyField, stream_blocks
from cms.api.locales import get_locale, in_locales, locales_for
from cms.api.media import ImageType, MainImageField, batched_image
from cms.api.pages import default_site, home_page_in, linked_pages
from cms.api.pagination import collection_of, paginate, pagination_arguments
from cms.api.richtext import rich_text
from cms.api.types import CountryType, LocaleType, PageInterface, PageObjectType, country_in_language
from cms.api.visibility import published
from home.models import ContactSettings, HomePage, Member, SocialMediaSettings, StandardPage, TerminologyNote


class KeyFigureBlock(graphene.ObjectType):
    id = graphene.String(required=True)
    value = graphene.String(required=True)
    label = graphene.String(required=True)


class HomePageType(PageObjectType):
    """The home page of one language."""

    hero_image = graphene.Field(ImageType)
    key_figures = graphene.List(graphene.NonNull(KeyFigureBlock), required=True)
    featured = graphene.List(
        graphene.NonNull(PageInterface), required=True, description="Featured pages, in the home page's language."
    )
    body = BodyField()

    class Meta:
        model = HomePage

    def resolve_hero_image(page, info):
        return batched_image(info, page, "hero_image")

    def resolve_key_figures(page, info):
        return stream_blocks(info, page, page.key_figures)

    def resolve_featured(page, info):
        return linked_pages(info, page, "featured")


class StandardPageType(PageObjectType):
    """A content page such as About us."""

    main_image = MainImageField()
    body = BodyField()

    class Meta:
        model = StandardPage


# Snippets and settings ------------------------------------------------------------------------


class MemberType(DjangoObjectType):
    """A city or region participating in the Alliance."""

    country = graphene.Field(CountryType, required=True)
    kind = graphene.String(required=True, description="city or region.")
    latitude = graphene.Float()
    longitude = graphene.Float()

    class Meta:
        model = Member
        name = "Member"
        fields = ["id", "name", "joined_on", "website", "locale", "translation_key"]

    def resolve_country(member, info):
        return country_in_language(member.country, member.locale.language_code)

    def resolve_latitude(member, info):
        return None if member.latitude is None else float(member.latitude)

    def resolve_longitude(member, info):
        return None if member.longitude is None else float(member.longitude)


class TerminologyNoteType(DjangoObjectType):
    """A definition shown across sites, e.g. "Roma and Travellers"."""

    definition = graphene.String(required=True, description="HTML.")

    class Meta:
        model = TerminologyNote
        name = "TerminologyNote"
        fields = ["id", "term", "locale", "translation_key"]

    def resolve_definition(note, info):
        return rich_text(info, note.locale, note.definition)


class ContactSettingsType(DjangoObjectType):
    class Meta:
        model = ContactSettings
        name = "ContactSettings"
        fields = [
            "organisation",
            "contact_name",
            "contact_role",
            "address",
            "phone",
            "email",
            "participation_form_url",
        ]


class SocialMediaSettingsType(DjangoObjectType):
    class Meta:
        model = SocialMediaSettings
        name = "SocialMediaSettings"
        fields = ["facebook_url", "x_url", "rss_url"]


class SiteSettingsType(graphene.ObjectType):
    """Settings of the site the API serves, worded in one language."""

    site_name = graphene.String(required=True)
    contact = graphene.Field(ContactSettingsType, required=True)
    social_media = graphene.Field(SocialMediaSettingsType, required=True)
    locales = graphene.List(graphene.NonNull(LocaleType), required=True, description="Content languages.")

    class Meta:
        name = "SiteSettings"

    def resolve_site_name(site_in_locale, info):
        # The home page's title is the site's name in each language.
        home = home_page_in(info, site_in_locale.locale)
        if home is not None and home.is_visible:
            return home.title
        return site_in_locale.site.site_name or ""

    def resolve_contact(site_in_locale, info):
        return ContactSettings.for_site(site_in_locale.site).for_locale(site_in_locale.locale)

    def resolve_social_media(site_in_locale, info):
        return SocialMediaSettings.for_site(site_in_locale.site)

    def resolve_locales(site_in_locale, info):
        return sorted(locales_by_id(info).values(), key=lambda locale: locale.pk)


MemberCollection = collection_of(MemberType, "MemberCollection")


class MemberSort(graphene.Enum):
    NAME_ASC = "name"
    NAME_DESC = "-name"
    JOINED_DESC = "-joined_on"
    JOINED_ASC = "joined_on"


@dataclass
class SiteInLocale:
    site: Site
    locale: Locale


class Query(graphene.ObjectType):
    members = graphene.Field(
        MemberCollection,
        required=True,
        locale=graphene.String(),
        fallback=graphene.Boolean(default_value=False),
        country=graphene.String(description="ISO 3166-1 alpha-2 code, e.g. RO."),
        kind=graphene.String(description="city or region."),
        sort=MemberSort(default_value=MemberSort.NAME_ASC.value),
        **pagination_arguments(),
    )
    terminology_notes = graphene.List(
        graphene.NonNull(TerminologyNoteType),
        required=True,
        locale=graphene.String(),
        fallback=graphene.Boolean(default_value=False),
    )
    site_settings = graphene.Field(
        SiteSettingsType,
        required=True,
        locale=graphene.String(description="Language of the texts; defaults to the site's default language."),
    )

    def resolve_members(
        root, info, locale=None, fallback=False, country=None, kind=None, sort="name", limit=None, offset=0
    ):
        queryset = in_locales(published(Member), locales_for(info, locale, fallback))
        if country:
            queryset = queryset.filter(country=country.upper())
        if kind:
            queryset = queryset.filter(kind=kind)
        return paginate(queryset.order_by(plain(sort), "pk"), limit, offset)

    def resolve_terminology_notes(root, info, locale=None, fallback=False):
        return prepare(info, in_locales(published(TerminologyNote), locales_for(info, locale, fallback)))

    def resolve_site_settings(root, info, locale=None):
        return SiteInLocale(default_site(), get_locale(info, locale))
