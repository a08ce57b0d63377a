"""GraphQL types of the home app (home and standard pages, members, terminology notes, site
settings) and its root fields."""

import copy
import functools
from collections import defaultdict
from dataclasses import dataclass

import graphene
from django.db.models import Count, Max, Q
from django.urls import reverse
from django.utils import timezone, translation
from graphene.types.generic import GenericScalar
from graphene_django import DjangoObjectType
from graphql import GraphQLError
from wagtail.models import Locale, Site

from api.arguments import plain
from api.batching import batched, locales_by_id, prepare
from api.blocks import BodyField, stream_blocks
from api.cost import declare_scalar_cost
from api.locales import get_locale, in_locales, locales_for
from api.media import ImageType, MainImageField, batched_image
from api.pages import api_pages, default_site, home_page_in, linked_pages, site_name
from api.pagination import collection_of, paginate, pagination_arguments
from api.richtext import rich_text
from api.selection import pages_for
from api.types import (
    CountryType,
    LocaleType,
    PageInterface,
    PageObjectType,
    country_in_language,
    models_for,
    page_type_names_argument,
)
from api.visibility import api_page_models, published
from home.models import (
    ContactPoint,
    ContactSettings,
    ContactSettingsText,
    HomePage,
    Member,
    SocialMediaSettings,
    StandardPage,
    TerminologyNote,
)


class KeyFigureBlock(graphene.ObjectType):
    """A figure shown large with its label: typed by an editor, or counted from the member
    registry (`computed`, with `asOf`), or an editor's figure from another source (`source`)."""

    id = graphene.String(required=True)
    value = graphene.String(required=True)
    label = graphene.String(required=True)
    computed = graphene.Boolean(
        required=True, description="Counted from the member registry (the published members of the page's language)."
    )
    as_of = graphene.Date(description="For a computed figure: the day the registry last changed in this language.")
    source = graphene.String(description="Where the figure comes from: the member registry, or an editor's source.")


def registry_figures(info, page, figures):
    """The key figures with those of the member registry counted in the page's language."""
    if not any(figure["block_type"] == "registry_figure" for figure in figures):
        return [{**figure, "computed": False} for figure in figures]
    language = page.locale.language_code
    info.context.read(Member, languages=[language])
    members = published(Member).filter(locale_id=page.locale_id)
    counts = members.aggregate(members=Count("pk"), countries=Count("country", distinct=True))
    changed = Member.objects.filter(locale_id=page.locale_id).aggregate(
        published=Max("last_published_at"), revised=Max("latest_revision__created_at")
    )
    moments = [moment for moment in changed.values() if moment is not None]
    as_of = timezone.localdate(max(moments)) if moments else None
    shown = []
    for figure in figures:
        if figure["block_type"] != "registry_figure":
            shown.append({**figure, "computed": False})
        elif figure.get("override_value"):
            shown.append(
                {**figure, "value": figure["override_value"], "source": figure["override_source"], "computed": False}
            )
        else:
            value = str(counts.get(figure["measure"], ""))
            shown.append({**figure, "value": value, "computed": True, "as_of": as_of, "source": REGISTRY_SOURCE})
    return shown


REGISTRY_SOURCE = "member registry"


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
        return registry_figures(info, page, stream_blocks(info, page, page.key_figures))

    def resolve_featured(page, info):
        return linked_pages(info, page, "featured")


class StandardPageType(PageObjectType):
    """A content page such as About us."""

    main_image = MainImageField()
    body = BodyField()

    class Meta:
        model = StandardPage


# Snippets and settings ------------------------------------------------------------------------


@functools.cache
def member_link_fields():
    """{page model: its ``member`` field} of the API's page types that link a member (good
    practices, events): found on the models, so ``home`` names none of them. Read by
    resolvers only, once every app has registered its page types."""
    return {
        model: field
        for model in api_page_models().values()
        if (field := next((f for f in model._meta.get_fields() if f.name == "member"), None)) is not None
        and getattr(field, "related_model", None) is Member
    }


def member_of_page(info, page):
    """The published version, in the page's language, of the member ``page`` links (stored in
    any language), or None. Loaded for the page's whole list in two queries."""
    if page.member_id is None:
        return None

    def load(siblings):
        linked = [sibling for sibling in siblings if getattr(sibling, "member_id", None) is not None]
        info.context.read(Member, languages=sorted({sibling.locale.language_code for sibling in linked}))
        keys = dict(Member.objects.filter(pk__in={s.member_id for s in linked}).values_list("pk", "translation_key"))
        members = published(Member).filter(
            translation_key__in=set(keys.values()), locale_id__in={s.locale_id for s in linked}
        )
        found = {(member.translation_key, member.locale_id): member for member in prepare(info, members)}
        return {sibling.pk: found.get((keys.get(sibling.member_id), sibling.locale_id)) for sibling in linked}

    return batched(info, page, "member", load)


class MemberType(DjangoObjectType):
    """A city or region participating in the Alliance, with its profile: the good practices and
    events linked to it (`linkedPages`), the day it joined and the day it signed the Declaration
    against anti-Gypsyism."""

    profile = graphene.String(required=True, description="HTML; empty when there is none.")
    linked_pages = graphene.List(
        graphene.NonNull(PageInterface),
        required=True,
        types=page_type_names_argument(description="Only these types, e.g. [GoodPracticePage]."),
        description="Published pages in the member's language that link this member (its good practices, the "
        "events it hosts), newest first. At most 100.",
    )

    country = graphene.Field(CountryType, required=True)
    kind = graphene.String(required=True, description="city, region or association.")
    population_band = graphene.String(
        description="under-10k, 10k-50k, 50k-100k, 100k-500k, 500k-1m or over-1m; null when unknown."
    )
    latitude = graphene.Float()
    longitude = graphene.Float()

    class Meta:
        model = Member
        name = "Member"
        fields = ["id", "name", "joined_on", "declaration_signed_on", "website", "locale", "translation_key"]

    def resolve_profile(member, info):
        return rich_text(info, member.locale, member.profile)

    def resolve_linked_pages(member, info, types=None):
        models = [model for model in models_for(types) if model in member_link_fields()]
        if not models:
            return []

        def load(siblings):
            # For the whole list: which page links which member (one query per page type),
            # then the visible pages in their members' languages (one query, and the types').
            keys = {sibling.translation_key for sibling in siblings}
            languages = {sibling.locale.language_code for sibling in siblings}
            linking_member = {}  # page pk -> the translation key of the member it links
            for model in models:
                info.context.read(model, languages=sorted(languages))
                linking_member.update(
                    model.objects.filter(member__translation_key__in=keys).values_list("pk", "member__translation_key")
                )
            pages = (
                api_pages()
                .type(*models)
                .filter(pk__in=linking_member, locale_id__in={sibling.locale_id for sibling in siblings})
                .order_by("-first_published_at", "-pk")
            )
            found = defaultdict(list)
            for page in prepare(info, pages_for(info, pages)):
                found[(linking_member[page.pk], page.locale_id)].append(page)
            return {
                sibling.pk: found[(sibling.translation_key, sibling.locale_id)][:MAX_LINKED_PAGES]
                for sibling in siblings
            }

        return batched(info, member, f"linked_pages:{sorted(model.__name__ for model in models)}", load)

    def resolve_population_band(member, info):
        return member.population_band or None

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


class ContactPointType(DjangoObjectType):
    """Another office to contact, e.g. the Congress's communication unit for the press."""

    class Meta:
        model = ContactPoint
        name = "ContactPoint"
        fields = ["purpose", "organisation", "unit", "phone", "fax", "email"]


class ContactSettingsType(DjangoObjectType):
    contacts = graphene.List(
        graphene.NonNull(ContactPointType),
        required=True,
        description="Other contacts (press, secretariat) in the language asked or in every language, in the "
        "editors' order.",
    )

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

    def resolve_contacts(contact, info):
        locale_id = contact.language_locale.pk
        return [item for item in contact.contacts.all() if item.locale_id in (None, locale_id)]


class SocialMediaSettingsType(DjangoObjectType):
    rss_url = graphene.String(
        required=True,
        description="The RSS feed to link: the one set in the settings, else this CMS's news feed in the language asked.",
    )

    class Meta:
        model = SocialMediaSettings
        name = "SocialMediaSettings"
        fields = ["facebook_url", "x_url", "rss_url"]

    def resolve_rss_url(settings, info):
        if settings.rss_url:
            return settings.rss_url
        with translation.override(settings.language_code):
            return info.context.request.build_absolute_uri(reverse("news_rss"))


class SiteSettingsType(graphene.ObjectType):
    """Settings of the site the API serves, worded in one language."""

    site_name = graphene.String(required=True)
    contact = graphene.Field(ContactSettingsType, required=True)
    social_media = graphene.Field(SocialMediaSettingsType, required=True)
    locales = graphene.List(graphene.NonNull(LocaleType), required=True, description="Content languages.")

    class Meta:
        name = "SiteSettings"

    def resolve_site_name(site_in_locale, info):
        return site_name(home_page_in(info, site_in_locale.locale))

    def resolve_contact(site_in_locale, info):
        contact = ContactSettings.for_site(site_in_locale.site)
        info.context.read(contact, contact.pk)
        info.context.read(ContactSettingsText)
        info.context.read(ContactPoint)
        # A copy per language: the settings row is shared by the request's aliases.
        in_language = copy.copy(contact.for_locale(site_in_locale.locale))
        in_language.language_locale = site_in_locale.locale
        return in_language

    def resolve_social_media(site_in_locale, info):
        social_media = SocialMediaSettings.for_site(site_in_locale.site)
        info.context.read(social_media, social_media.pk)
        # A copy per language: the settings row is shared by the request's aliases.
        in_language = copy.copy(social_media)
        in_language.language_code = site_in_locale.locale.language_code
        return in_language

    def resolve_locales(site_in_locale, info):
        return sorted(locales_by_id(info).values(), key=lambda locale: locale.pk)


MemberCollection = collection_of(MemberType, "MemberCollection")
MAX_LINKED_PAGES = 100
# More than the Alliance will ever have (it counts about 130): a bound on one answer all the
# same, and what the map costs under the query cost limit.
MAX_MAP_MEMBERS = 1000
declare_scalar_cost("Query", "membersGeoJson", MAX_MAP_MEMBERS)


def bbox_argument():
    return graphene.List(
        graphene.NonNull(graphene.Float),
        description="Members inside [west, south, east, north] (longitudes and latitudes, GeoJSON order).",
    )


def members_matching(info, locale, fallback, country, kind, bbox):
    """The published members of the requested language(s) under the list filters."""
    locales = locales_for(info, locale, fallback)
    info.context.read(Member, languages=[item.language_code for item in locales])
    queryset = in_locales(published(Member), locales)
    if country:
        queryset = queryset.filter(country=country.upper())
    if kind:
        queryset = queryset.filter(kind=kind)
    if bbox is not None:
        if len(bbox) != 4:
            raise GraphQLError("bbox takes four numbers: [west, south, east, north].")
        west, south, east, north = bbox
        if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
            raise GraphQLError("bbox must be [west, south, east, north] in degrees, with south <= north.")
        queryset = queryset.filter(latitude__gte=south, latitude__lte=north)
        if west <= east:
            queryset = queryset.filter(longitude__gte=west, longitude__lte=east)
        else:  # across the antimeridian
            queryset = queryset.filter(Q(longitude__gte=west) | Q(longitude__lte=east))
    return queryset


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
        kind=graphene.String(description="city, region or association."),
        bbox=bbox_argument(),
        sort=MemberSort(default_value=MemberSort.NAME_ASC.value),
        **pagination_arguments(),
    )
    members_geo_json = graphene.Field(
        GenericScalar,
        required=True,
        locale=graphene.String(),
        fallback=graphene.Boolean(default_value=False),
        country=graphene.String(description="ISO 3166-1 alpha-2 code, e.g. RO."),
        kind=graphene.String(description="city, region or association."),
        bbox=bbox_argument(),
        description="The members with a location, as a GeoJSON FeatureCollection (RFC 7946) for a map: a Point "
        "per member ([longitude, latitude]) with its id, name, kind, country, joinedOn, website and populationBand.",
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
        root, info, locale=None, fallback=False, country=None, kind=None, bbox=None, sort="name", limit=None, offset=0
    ):
        queryset = members_matching(info, locale, fallback, country, kind, bbox)
        return paginate(queryset.order_by(plain(sort), "pk"), limit, offset)

    def resolve_members_geo_json(root, info, locale=None, fallback=False, country=None, kind=None, bbox=None):
        members = prepare(
            info,
            members_matching(info, locale, fallback, country, kind, bbox)
            .filter(latitude__isnull=False, longitude__isnull=False)
            .order_by("name", "pk")[:MAX_MAP_MEMBERS],
        )
        return {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "id": str(member.pk),
                    "geometry": {"type": "Point", "coordinates": [float(member.longitude), float(member.latitude)]},
                    "properties": {
                        "id": str(member.pk),
                        "name": member.name,
                        "kind": member.kind,
                        "country": {
                            "code": member.country.code,
                            "name": country_in_language(member.country, member.locale.language_code).name,
                        },
                        "joinedOn": member.joined_on.isoformat() if member.joined_on else None,
                        "website": member.website or None,
                        "populationBand": member.population_band or None,
                        "locale": member.locale.language_code,
                    },
                }
                for member in members
            ],
        }

    def resolve_terminology_notes(root, info, locale=None, fallback=False):
        locales = locales_for(info, locale, fallback)
        info.context.read(TerminologyNote, languages=[item.language_code for item in locales])
        return prepare(info, in_locales(published(TerminologyNote), locales))

    def resolve_site_settings(root, info, locale=None):
        return SiteInLocale(default_site(), get_locale(info, locale))
