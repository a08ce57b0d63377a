"""GraphQL types shared by every app (the Page interface, locales, body blocks) and the
root fields for pages in general: page, pages, navigation, members, terminology, settings."""

import copy
from collections import defaultdict
from dataclasses import dataclass

import graphene
from django.conf import settings
from django.db.models import Q, prefetch_related_objects
from django.utils import translation
from graphene_django import DjangoObjectType
from graphql import GraphQLError
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.struct_block import StructValue
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from cms.api.access import has_scope, is_admin_user
from cms.api.arguments import plain
from cms.api.batching import batched, locales_by_id, prepare, request_cache
from cms.api.locales import get_locale, in_locales, locales_for, record_locales
from cms.api.media import DocumentType, ImageType, shown_in
from cms.api.pagination import collection_of, paginate, pagination_arguments
from cms.api.preview import page_for_token
from cms.api.richtext import ApiRichTextRenderer, url_path_in_locale
from cms.api.visibility import api_page_models, get_visibility, published, visible_pages
from home.models import ContactSettings, HomePage, Member, SocialMediaSettings, StandardPage, TerminologyNote
from home.translation import STATUSES as TRANSLATION_STATUSES
from home.translation import sees_translation_drafts, translation_statuses

MAX_CHILDREN = 100
MAX_NAVIGATION_DEPTH = 4


# Helpers used by every app's types ------------------------------------------------------------


def api_pages():
    """Visible pages of the API's page types."""
    return visible_pages().type(*api_page_models().values())


def rich_text_renderer(info, locale):
    """The rich text renderer of ``locale`` for this request (it caches what it resolves)."""
    record_locales(info, [None])  # links point to pages of any language
    return request_cache(
        info, f"rich_text_{locale.pk}", lambda: ApiRichTextRenderer(locale, get_visibility(info), info.context)
    )


def rich_text(info, locale, html):
    """Render stored rich text for the API in ``locale``."""
    return rich_text_renderer(info, locale)(html)


def visible_document(info, document):
    return get_visibility(info).media(document)


def linked_pages(info, page, field_name):
    """Pages chosen in the page-chooser stream ``field_name``, as the reader of ``page`` should
    see them: the translation in the page's language when it is visible, else the chosen page
    if visible. Loaded for the whole list ``page`` belongs to, from the stored ids."""
    record_locales(info, [None])

    def chosen_ids(item):
        stream = getattr(item, field_name, None)
        return [block["value"] for block in (stream.raw_data if stream is not None else []) if block.get("value")]

    def load(siblings):
        ids = {pk for sibling in siblings for pk in chosen_ids(sibling)}
        chosen = {
            pk: (key, locale_id)
            for pk, key, locale_id in Page.objects.filter(pk__in=ids).values_list("pk", "translation_key", "locale_id")
        }
        keys = {pk: key for pk, (key, _locale_id) in chosen.items()}
        visible = {
            (candidate.translation_key, candidate.locale_id): candidate
            for candidate in prepare(info, api_pages().filter(translation_key__in=set(keys.values())).specific())
        }
        result = {}
        for sibling in siblings:
            found_pages = []
            for pk in chosen_ids(sibling):
                if pk not in keys:
                    continue
                found = visible.get((keys[pk], sibling.locale_id))
                if found is None and visible.get(chosen[pk]) is not None:
                    # No translation in the page's language: the chosen page, said to be a fallback.
                    found = copy.copy(visible[chosen[pk]])
                    found._api_requested_locale = sibling.locale
                if found is not None and found.pk not in {item.pk for item in found_pages}:
                    found_pages.append(found)
            result[sibling.pk] = found_pages
        return result

    return batched(info, page, field_name, load)


def source_pages_of(pages):
    """{page pk: the page it was translated from (itself for a source page)}, in two queries."""
    from wagtail_localize.models import TranslationSource

    source_locales = dict(
        TranslationSource.objects.filter(object_id__in={page.translation_key for page in pages}).values_list(
            "object_id", "locale_id"
        )
    )
    wanted = {
        (page.translation_key, source_locales[page.translation_key])
        for page in pages
        if source_locales.get(page.translation_key, page.locale_id) != page.locale_id
    }
    found = {}
    if wanted:
        condition = Q()
        for key, locale_id in wanted:
            condition |= Q(translation_key=key, locale_id=locale_id)
        found = {(item.translation_key, item.locale_id): item for item in Page.objects.filter(condition)}
    return {
        page.pk: page
        if source_locales.get(page.translation_key, page.locale_id) == page.locale_id
        else found.get((page.translation_key, source_locales[page.translation_key]))
        for page in pages
    }


def editorial_view(info):
    """Whether translation states may tell about drafts and progress (signed-in editors only).
    Such an answer is private: never cached or shared."""
    if sees_translation_drafts(info.context):
        info.context._api_private = True
        return True
    return False


def country_in_language(country, language_code):
    """A CountryType for a django-countries value, named in ``language_code``."""
    with translation.override(language_code):
        return CountryType(code=country.code, name=str(country.name))


# Types ---------------------------------------------------------------------------------------


class LocaleType(DjangoObjectType):
    """A content language."""

    name = graphene.String(required=True)

    class Meta:
        model = Locale
        name = "Locale"
        fields = ["language_code"]

    def resolve_name(locale, info):
        return locale.get_display_name()


class CountryType(graphene.ObjectType):
    """A country: ISO 3166-1 alpha-2 code and its name in the content's language."""

    code = graphene.String(required=True)
    name = graphene.String(required=True)

    class Meta:
        name = "Country"


TranslationState = graphene.Enum(
    "TranslationState",
    [(status.upper(), status) for status in TRANSLATION_STATUSES],
    description="Where a page stands in one language. Anonymous callers only see MISSING (no approved "
    "translation is public), OUTDATED (the public translation was made from an older version of the source) and "
    "UP_TO_DATE; IN_PROGRESS and AWAITING_REVIEW are for signed-in editors.",
)


class TranslationStatusType(graphene.ObjectType):
    """The state of a page's translation into one language."""

    locale = graphene.Field(LocaleType, required=True)
    status = graphene.Field(TranslationState, required=True)
    strings_total = graphene.Int(
        description="Strings to translate. Null for a translation made by hand, and for callers who are not "
        "signed-in editors (they see only what follows from public content: MISSING, OUTDATED, UP_TO_DATE)."
    )
    strings_translated = graphene.Int(description="Null unless signed in as an editor.")
    last_synced_at = graphene.DateTime(
        description="When the translation last took the source's content. Null unless signed in as an editor."
    )

    class Meta:
        name = "TranslationStatus"

    def resolve_status(item, info):
        return item.status


class PageInterface(graphene.Interface):
    """Fields every page type has. Related pages (parent, children, ancestors,
    translations) are only ever live pages without view restrictions."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    slug = graphene.String(required=True)
    url_path = graphene.String(
        required=True, description="Path below the language's home page, e.g. /news/launch/; the home page is /."
    )
    url = graphene.String(description="The page's URL on this CMS, language prefix included: /fr/actualites/.")
    locale = graphene.Field(LocaleType, required=True, description="The language this page is actually in.")
    translation_key = graphene.UUID(required=True, description="Shared by a page and all its translations.")
    intro = graphene.String()
    seo_title = graphene.String(required=True, description="Title for <title>; the page title when not set.")
    search_description = graphene.String()
    first_published_at = graphene.DateTime()
    last_published_at = graphene.DateTime()
    page_type = graphene.String(required=True, description="The page type's name, e.g. NewsPage.")
    translations = graphene.List(
        graphene.NonNull(lambda: PageInterface),
        required=True,
        description="The other live translations of this page (for hreflang).",
    )
    parent = graphene.Field(lambda: PageInterface, description="Null for a home page.")
    children = graphene.List(
        graphene.NonNull(lambda: PageInterface),
        required=True,
        limit=graphene.Int(default_value=MAX_CHILDREN, description=f"At most {MAX_CHILDREN}."),
        description="Live child pages in tree order.",
    )
    ancestors = graphene.List(
        graphene.NonNull(lambda: PageInterface),
        required=True,
        description="From the home page down to the parent, for breadcrumbs.",
    )
    is_fallback = graphene.Boolean(
        required=True,
        description="True when this page is not in the requested language: the query asked for `fallback: true` "
        "and the page has no approved, public translation in that language.",
    )
    requested_locale = graphene.Field(
        LocaleType,
        description="The language the query asked for; null where none was asked for (page by id, children, parent).",
    )
    translation_status = graphene.List(
        graphene.NonNull(TranslationStatusType),
        required=True,
        description="For each other language, the state of this page's translation.",
    )

    class Meta:
        name = "Page"

    def resolve_url_path(page, info):
        return url_path_in_locale(page)

    def resolve_url(page, info):
        return page.get_url(request=info.context)

    def resolve_seo_title(page, info):
        return page.seo_title or page.title

    def resolve_page_type(page, info):
        return type(page).__name__

    def resolve_locale(page, info):
        return locales_by_id(info)[page.locale_id]

    def resolve_requested_locale(page, info):
        return getattr(page, "_api_requested_locale", None)

    def resolve_is_fallback(page, info):
        requested = getattr(page, "_api_requested_locale", None)
        return requested is not None and requested.pk != page.locale_id

    def resolve_translations(page, info):
        record_locales(info, [None])

        def load(siblings):
            # A translation has its source's page type: one query per type in the list.
            keys_by_model = defaultdict(set)
            for sibling in siblings:
                keys_by_model[type(sibling)].add(sibling.translation_key)
            found = defaultdict(list)
            for model, keys in keys_by_model.items():
                for translated in prepare(info, visible_pages(model).filter(translation_key__in=keys)):
                    found[translated.translation_key].append(translated)
            return {
                sibling.pk: sorted(
                    (item for item in found[sibling.translation_key] if item.pk != sibling.pk),
                    key=lambda item: item.locale.language_code,
                )
                for sibling in siblings
            }

        return batched(info, page, "translations", load)

    def resolve_parent(page, info):
        if page.depth <= 2:
            return None
        return next(iter(prepare(info, api_pages().filter(path=page.path[: -Page.steplen]).specific())), None)

    def resolve_children(page, info, limit=MAX_CHILDREN):
        if not 1 <= limit <= MAX_CHILDREN:
            raise GraphQLError(f"limit must be between 1 and {MAX_CHILDREN}, got {limit}.")
        children = api_pages().filter(path__startswith=page.path, depth=page.depth + 1)
        return prepare(info, children.order_by("path").specific()[:limit])

    def resolve_translation_status(page, info):
        record_locales(info, [None])
        include_drafts = editorial_view(info)

        def load(siblings):
            sources = source_pages_of(siblings)
            unique = {source.pk: source for source in sources.values() if source is not None}
            statuses = defaultdict(list)
            for locale in locales_by_id(info).values():
                candidates = [source for source in unique.values() if source.locale_id != locale.pk]
                for status in translation_statuses(candidates, locale, include_drafts) if candidates else []:
                    statuses[status.source.pk].append(status)
            return {
                sibling.pk: statuses[sources[sibling.pk].pk] if sources.get(sibling.pk) else [] for sibling in siblings
            }

        return batched(info, page, "translation_status", load)

    def resolve_ancestors(page, info):
        paths = [page.path[: depth * Page.steplen] for depth in range(2, page.depth)]
        return prepare(info, api_pages().filter(path__in=paths).order_by("path").specific())


PAGE_FIELDS = [
    "id",
    "title",
    "slug",
    "locale",
    "translation_key",
    "intro",
    "search_description",
    "first_published_at",
    "last_published_at",
]


# StreamField blocks ---------------------------------------------------------------------------


class HeadingBlock(graphene.ObjectType):
    id = graphene.String(required=True)
    text = graphene.String(required=True)
    level = graphene.String(required=True, description="h2 or h3.")


class ParagraphBlock(graphene.ObjectType):
    id = graphene.String(required=True)
    html = graphene.String(required=True, description="Rich text with links resolved for the page's language.")


class FigureBlock(graphene.ObjectType):
    id = graphene.String(required=True)
    image = graphene.Field(ImageType, description="Null when the image is private or deleted.")
    caption = graphene.String()
    credit = graphene.String()

    def resolve_image(block, info):
        return block["image"]


class QuoteBlock(graphene.ObjectType):
    id = graphene.String(required=True)
    quote = graphene.String(required=True)
    attribution = graphene.String()
    role = graphene.String()


class DocumentLinkBlock(graphene.ObjectType):
    id = graphene.String(required=True)
    document = graphene.Field(DocumentType, description="Null when the document is private or deleted.")
    title = graphene.String(description="Link text; the document's title when not set.")

    def resolve_document(block, info):
        return block["document"]

    def resolve_title(block, info):
        # block["document"] is None when the document is private (stream_blocks).
        document = block["document"]
        return block["title"] or (document.title if document else None)


class KeyFigureBlock(graphene.ObjectType):
    id = graphene.String(required=True)
    value = graphene.String(required=True)
    label = graphene.String(required=True)


BODY_BLOCK_TYPES = {
    "heading": HeadingBlock,
    "paragraph": ParagraphBlock,
    "figure": FigureBlock,
    "quote": QuoteBlock,
    "document": DocumentLinkBlock,
}


class BodyBlock(graphene.Union):
    """A block of a page body; ask for the fields of each type with `... on HeadingBlock`."""

    class Meta:
        types = tuple(BODY_BLOCK_TYPES.values())

    @classmethod
    def resolve_type(cls, instance, info):
        return BODY_BLOCK_TYPES[instance["block_type"]]


def stream_blocks(info, page, stream):
    """StreamField children as plain dicts the block types read (rich text rendered).

    The links and embeds of every rich text block are resolved together, and the renditions
    of every image in the stream are fetched in one query. Images and documents pass the
    privacy check here, once: a private one is None in the block, so no resolver can read
    anything of it (not even its title)."""
    children = list(stream)
    visibility = get_visibility(info)
    renderer = rich_text_renderer(info, page.locale)
    renderer.prime(
        [child.value.source for child in children if child.block_type == "paragraph"]
        + [
            item.source
            for child in children
            if isinstance(child.value, StructValue)
            for item in child.value.values()
            if isinstance(item, RichText)
        ]
    )
    images = [
        item
        for child in children
        if isinstance(child.value, StructValue)
        for item in child.value.values()
        if isinstance(item, Image)
    ]
    prefetch_related_objects(images, "renditions")
    shown = {
        id(image): copy_ for image, copy_ in zip(images, shown_in(images, [page.locale_id] * len(images)), strict=True)
    }
    blocks = []
    for child in children:
        if child.block_type == "paragraph":
            value = {"html": rich_text(info, page.locale, child.value.source)}
        elif isinstance(child.value, StructValue):
            value = {}
            for key, item in child.value.items():
                if isinstance(item, RichText):
                    item = rich_text(info, page.locale, item.source)
                elif isinstance(item, Image):
                    item = visibility.media(shown[id(item)])
                elif isinstance(item, AbstractDocument):
                    item = visibility.media(item)
                elif isinstance(item, ListValue):
                    item = list(item)
                value[key] = item
        elif isinstance(child.value, (Image, AbstractDocument)):
            value = {"value": visibility.media(child.value)}
        else:
            value = {"value": child.value}
        blocks.append({"block_type": child.block_type, "id": child.id, **value})
    return blocks


def body_field():
    return graphene.List(graphene.NonNull(BodyBlock), required=True)


def resolve_body(page, info):
    return stream_blocks(info, page, page.body)


def main_image_field():
    return graphene.Field(ImageType, description="Null when there is none or it is private.")


def batched_image(info, page, field):
    """The public image of ``field`` on ``page``, loaded with renditions for the whole list."""

    def load(siblings):
        ids = {getattr(sibling, f"{field}_id", None) for sibling in siblings} - {None}
        images = get_visibility(info).public_media(Image.objects.filter(pk__in=ids)).prefetch_renditions()
        by_id = {image.pk: image for image in images}
        chosen = [by_id.get(getattr(sibling, f"{field}_id", None)) for sibling in siblings]
        shown = shown_in(chosen, [sibling.locale_id for sibling in siblings])
        return {sibling.pk: image for sibling, image in zip(siblings, shown, strict=True)}

    return batched(info, page, field, load)


def resolve_main_image(page, info):
    return batched_image(info, page, "main_image")


# Page types -----------------------------------------------------------------------------------


class HomePageType(DjangoObjectType):
    """The home page of one language."""

    hero_image = graphene.Field(ImageType)
    key_figures = graphene.List(graphene.NonNull(KeyFigureBlock), required=True)
    featured = graphene.List(
        graphene.NonNull(PageInterface), required=True, description="Featured pages, in the home page's language."
    )
    body = body_field()
    resolve_body = resolve_body

    class Meta:
        model = HomePage
        name = "HomePage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS + ["hero_title", "hero_text"]

    def resolve_hero_image(page, info):
        return batched_image(info, page, "hero_image")

    def resolve_key_figures(page, info):
        return stream_blocks(info, page, page.key_figures)

    def resolve_featured(page, info):
        return linked_pages(info, page, "featured")


class StandardPageType(DjangoObjectType):
    """A content page such as About us."""

    main_image = main_image_field()
    resolve_main_image = resolve_main_image
    body = body_field()
    resolve_body = resolve_body

    class Meta:
        model = StandardPage
        name = "StandardPage"
        interfaces = (PageInterface,)
        fields = PAGE_FIELDS


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
        home = home_page_in(site_in_locale.locale)
        if home is not None and api_pages().filter(pk=home.pk).exists():
            return home.title
        return site_in_locale.site.site_name or ""

    def resolve_contact(site_in_locale, info):
        return ContactSettings.for_site(site_in_locale.site).for_locale(site_in_locale.locale)

    def resolve_social_media(site_in_locale, info):
        return SocialMediaSettings.for_site(site_in_locale.site)

    def resolve_locales(site_in_locale, info):
        return Locale.objects.order_by("pk")


class NavigationItemType(graphene.ObjectType):
    """An entry of a language's menu: pages marked "show in menus", below its home page."""

    page = graphene.Field(PageInterface, required=True)
    title = graphene.String(required=True)
    url_path = graphene.String(required=True)
    url = graphene.String()
    children = graphene.List(graphene.NonNull(lambda: NavigationItemType), required=True)

    class Meta:
        name = "NavigationItem"

    def resolve_title(item, info):
        return item["page"].title

    def resolve_url_path(item, info):
        return url_path_in_locale(item["page"])

    def resolve_url(item, info):
        return item["page"].get_url(request=info.context)


class TranslationReportItemType(graphene.ObjectType):
    """One source page and its translation into the report's language."""

    source = graphene.Field(PageInterface, required=True)
    translation = graphene.Field(PageInterface, description="The live translation, if there is one.")
    status = graphene.Field(TranslationState, required=True)
    strings_total = graphene.Int()
    strings_translated = graphene.Int()
    last_synced_at = graphene.DateTime()

    class Meta:
        name = "TranslationReportItem"

    def resolve_status(item, info):
        return item.status

    def resolve_translation(item, info):
        target = item.translation
        if target is None or not api_pages().filter(pk=target.pk).exists():
            return None
        return target.specific


class TranslationCountsType(graphene.ObjectType):
    missing = graphene.Int(required=True)
    in_progress = graphene.Int(required=True)
    awaiting_review = graphene.Int(required=True)
    outdated = graphene.Int(required=True)
    up_to_date = graphene.Int(required=True)

    class Meta:
        name = "TranslationCounts"


class TranslationReportType(graphene.ObjectType):
    """The translation state of every live page of the default language into one language."""

    locale = graphene.Field(LocaleType, required=True)
    counts = graphene.Field(TranslationCountsType, required=True)
    items = graphene.List(graphene.NonNull(TranslationReportItemType), required=True)

    class Meta:
        name = "TranslationReport"


PageCollection = collection_of(PageInterface, "PageCollection")
MemberCollection = collection_of(MemberType, "MemberCollection")


class PageTypeName(graphene.Enum):
    """The page types of the API."""

    HomePage = "HomePage"
    StandardPage = "StandardPage"
    NewsIndexPage = "NewsIndexPage"
    NewsPage = "NewsPage"
    RemembrancePage = "RemembrancePage"
    GoodPracticeIndexPage = "GoodPracticeIndexPage"
    GoodPracticePage = "GoodPracticePage"
    StrategyDocumentPage = "StrategyDocumentPage"


def models_for(page_types):
    models = api_page_models()
    return [models[name] for name in plain(page_types)] if page_types else list(models.values())


class MemberSort(graphene.Enum):
    NAME_ASC = "name"
    NAME_DESC = "-name"
    JOINED_DESC = "-joined_on"
    JOINED_ASC = "joined_on"


@dataclass
class SiteInLocale:
    site: Site
    locale: Locale


def default_site():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise GraphQLError("No site is configured.")
    return site


def home_page_in(locale):
    """The home page of ``locale``: the translation of the default site's root page."""
    root = default_site().root_page
    return root.get_translation_or_none(locale) if root.locale_id != locale.pk else root


def find_page(id=None, url_path=None, translation_key=None, locales=None):
    """The page a `page(...)` query names, in the first of ``locales`` that has it."""
    pages = api_pages()
    if id is not None:
        try:
            page = pages.get(pk=int(id))
        except (ValueError, Page.DoesNotExist):
            return None
        if locales is None:
            return page.specific
        translation_key = page.translation_key
    if translation_key is not None:
        candidates = in_locales(pages.filter(translation_key=translation_key), locales)
        return candidates.specific().first()
    for locale in locales:
        home = home_page_in(locale)
        if home is None:
            continue
        path = home.url_path + url_path.strip("/") + ("/" if url_path.strip("/") else "")
        page = pages.filter(locale=locale, url_path=path).first()
        if page is not None:
            return in_locales(pages.filter(translation_key=page.translation_key), locales).specific().first()
    return None


class Query(graphene.ObjectType):
    page = graphene.Field(
        PageInterface,
        id=graphene.ID(),
        url_path=graphene.String(description="With locale: e.g. /actualites/lancement-alliance/."),
        translation_key=graphene.UUID(description="With locale."),
        locale=graphene.String(),
        fallback=graphene.Boolean(default_value=False, description="Fall back along the configured chain."),
        preview_token=graphene.String(description="A signed token from the admin preview: shows that draft."),
        description="One page by id, by url path + locale, by translation key + locale, or by preview token.",
    )
    pages = graphene.Field(
        PageCollection,
        required=True,
        locale=graphene.String(description="Language code; defaults to the site's default language."),
        types=graphene.List(graphene.NonNull(PageTypeName)),
        fallback=graphene.Boolean(default_value=False),
        **pagination_arguments(),
        description="Live pages of one language in tree order.",
    )
    navigation = graphene.List(
        graphene.NonNull(NavigationItemType),
        required=True,
        locale=graphene.String(),
        depth=graphene.Int(default_value=2, description=f"Levels below the home page, 1 to {MAX_NAVIGATION_DEPTH}."),
        description="The menu of one language: pages marked 'show in menus'.",
    )
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
    translation_report = graphene.Field(
        TranslationReportType,
        required=True,
        locale=graphene.String(required=True),
        status=TranslationState(description="Only items in this state."),
        description="Which live pages are missing, in progress, outdated or up to date in a language.",
    )

    def resolve_page(
        root, info, id=None, url_path=None, translation_key=None, locale=None, fallback=False, preview_token=None
    ):
        given = [value is not None for value in (id, url_path, translation_key, preview_token)]
        if sum(given) != 1:
            raise GraphQLError("Give exactly one of id, urlPath, translationKey or previewToken.")
        if preview_token is not None:
            info.context._api_private = True  # a draft: never cached, never shared
            if settings.API_PREVIEW_REQUIRES_KEY and not (
                has_scope(info.context, "preview") or is_admin_user(info.context)
            ):
                raise GraphQLError(
                    "Previews need an API key with the preview scope (Authorization: Bearer <key>).",
                    extensions={"code": "FORBIDDEN"},
                )
            return prepare(info, [page_for_token(preview_token)])[0]
        if url_path is not None and not url_path.startswith("/"):
            raise GraphQLError("urlPath must start with '/'.")
        locales = locales_for(info, locale, fallback) if (locale or url_path or translation_key) else None
        page = find_page(id, url_path, translation_key, locales)
        if page is None:
            raise GraphQLError("Page not found.", extensions={"code": "NOT_FOUND"})
        return prepare(info, [page], locales[0] if locales else None)[0]

    def resolve_pages(root, info, locale=None, types=None, fallback=False, limit=None, offset=0):
        locales = locales_for(info, locale, fallback)
        queryset = in_locales(visible_pages().type(*models_for(types)), locales)
        return paginate(queryset.order_by("path").specific(), limit, offset, locales[0])

    def resolve_navigation(root, info, locale=None, depth=2):
        if not 1 <= depth <= MAX_NAVIGATION_DEPTH:
            raise GraphQLError(f"depth must be between 1 and {MAX_NAVIGATION_DEPTH}, got {depth}.")
        home = home_page_in(get_locale(info, locale))
        if home is None:
            return []
        pages = (
            api_pages()
            .filter(path__startswith=home.path, depth__gt=home.depth, depth__lte=home.depth + depth)
            .filter(show_in_menus=True)
            .order_by("path")
            .specific()
        )
        items = {home.path: {"children": []}}
        for page in pages:
            parent = items.get(page.path[: -Page.steplen])
            if parent is None:  # below a page that is not in the menu
                continue
            item = items[page.path] = {"page": page, "children": []}
            parent["children"].append(item)
        return items[home.path]["children"]

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

    def resolve_translation_report(root, info, locale, status=None):
        target = get_locale(info, locale)
        source_locale = get_locale(info, settings.LANGUAGE_CODE)
        if target.pk == source_locale.pk:
            raise GraphQLError(f"'{locale}' is the source language: choose a language pages are translated into.")
        record_locales(info, [None])
        sources = prepare(info, api_pages().filter(locale=source_locale).order_by("path").specific())
        items = translation_statuses(sources, target, editorial_view(info))
        counts = {name: sum(1 for item in items if item.status == name) for name in TRANSLATION_STATUSES}
        if status is not None:
            items = [item for item in items if item.status == plain(status)]
        return TranslationReportType(locale=target, counts=TranslationCountsType(**counts), items=items)
