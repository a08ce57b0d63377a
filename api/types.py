"""The GraphQL types every app shares: the ``Page`` interface and the base class of page
types, locales, countries, translation states, page collections and the page type names."""

from collections import defaultdict
from functools import cache

import graphene
from django.utils import translation
from django_countries.fields import Country
from graphene_django import DjangoObjectType
from graphql import GraphQLError
from wagtail.models import Locale, Page

from api import dependencies
from api.access import sees_translation_drafts
from api.arguments import plain
from api.batching import batched, locales_by_id, prepare
from api.pages import api_pages, page_url, public_url, url_path_in_locale
from api.pagination import collection_of
from api.registry import TRANSLATION_STATES, registry
from api.selection import light_pages, pages_for, slim
from api.visibility import api_page_models, visible_pages

MAX_CHILDREN = 100


def editorial_view(info):
    """Whether translation states may tell about drafts and progress (signed-in editors only).
    Such an answer is private: never cached or shared."""
    if sees_translation_drafts(info.context):
        info.context.private = True
        return True
    return False


@cache
def translated(text, language_code):
    """``text`` (a lazy translation) in ``language_code``; kept per process, as catalogues are."""
    with translation.override(language_code):
        return str(text)


@cache
def country_name(code, language_code):
    """The name of a country in ``language_code``; kept per process."""
    with translation.override(language_code):
        return str(Country(code=code).name)


def country_in_language(country, language_code):
    """A CountryType for a django-countries value, named in ``language_code``."""
    return CountryType(code=country.code, name=country_name(country.code, language_code))


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
    [(status.upper(), status) for status in TRANSLATION_STATES],
    description="Where a page stands in one language. Anonymous callers only see MISSING (no approved "
    "translation is public), OUTDATED (the public translation was made from an older version of the source) and "
    "UP_TO_DATE; IN_PROGRESS (strings still to translate), TRANSLATED (every string translated, not submitted for "
    "review) and AWAITING_REVIEW (submitted, waiting in a review task) are for signed-in editors.",
)


SourceChangeKind = graphene.Enum(
    "SourceChangeKind",
    [("CHANGED", "changed"), ("ADDED", "added"), ("REMOVED", "removed")],
    description="How a string of the source changed since the translation's version.",
)


class SourceChangeType(graphene.ObjectType):
    """A string of the source page that changed since the version a translation was made from."""

    field = graphene.String(required=True, description="The page field, e.g. title, intro, body.")
    path = graphene.String(required=True, description="The field and StreamField block the string is in.")
    kind = graphene.Field(SourceChangeKind, required=True)
    before = graphene.String(description="The text the translation was made from (null: ADDED).")
    after = graphene.String(description="The text now published in the source (null: REMOVED).")
    translation = graphene.String(description="The translation `before` had, if any.")

    class Meta:
        name = "SourceChange"

    def resolve_kind(change, info):
        return change.kind


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

    changes = graphene.List(
        graphene.NonNull(SourceChangeType),
        description="For a translation whose public version is outdated: the source's strings that changed since "
        "the version it was made from, in document order. Null unless signed in as an editor (or with an API key of "
        "the editorial scope), when the public version is up to date, and when that version is unknown (a "
        "translation made by hand).",
    )

    class Meta:
        name = "TranslationStatus"

    def resolve_status(item, info):
        return item.status

    def resolve_changes(item, info):
        if not sees_translation_drafts(info.context):
            return None
        info.context.private = True
        return item.source_changes()


class PageInterface(graphene.Interface):
    """Fields every page type has. Related pages (parent, children, ancestors,
    translations) are only ever live pages without view restrictions."""

    @classmethod
    def resolve_type(cls, instance, info):
        # The page model's own type, looked up once instead of asking every page type in turn.
        return registry.graphql_type_of(type(instance))

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    slug = graphene.String(required=True)
    url_path = graphene.String(
        required=True, description="Path below the language's home page, e.g. /news/launch/; the home page is /."
    )
    url = graphene.String(
        description="The URL readers follow: on the public frontend of the page's language when the CMS is "
        "configured with one (CMS_FRONTEND_URLS), else on this CMS, language prefix included: /fr/actualites/."
    )
    cms_url = graphene.String(description="The page on this CMS's own site (its preview), language prefix included.")
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
        return public_url(info.context.request, page)

    def resolve_cms_url(page, info):
        return page_url(info.context.request, page)

    def resolve_seo_title(page, info):
        return page.seo_title or page.title

    def resolve_page_type(page, info):
        return type(page).__name__

    def resolve_locale(page, info):
        return locales_by_id(info)[page.locale_id]

    def resolve_requested_locale(page, info):
        return info.context.requested_locales.get(id(page), (None, None))[1]

    def resolve_is_fallback(page, info):
        requested = info.context.requested_locales.get(id(page), (None, None))[1]
        return requested is not None and requested.pk != page.locale_id

    def resolve_translations(page, info):
        def load(siblings):
            # A translation has its source's page type: one query per type in the list.
            keys_by_model = defaultdict(set)
            for sibling in siblings:
                keys_by_model[type(sibling)].add(sibling.translation_key)
                info.context.depend_on(dependencies.translations(sibling.translation_key))
            found = defaultdict(list)
            for model, keys in keys_by_model.items():
                versions = visible_pages(model).filter(translation_key__in=keys)
                rows = light_pages(info, versions)
                for translated in prepare(info, slim(info, versions) if rows is None else rows):
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
        info.context.depend_on(dependencies.tree(page.path[: -Page.steplen]))
        parent = api_pages().filter(path=page.path[: -Page.steplen])
        return next(iter(prepare(info, pages_for(info, parent))), None)

    def resolve_children(page, info, limit=MAX_CHILDREN):
        if not 1 <= limit <= MAX_CHILDREN:
            raise GraphQLError(f"limit must be between 1 and {MAX_CHILDREN}, got {limit}.")
        info.context.depend_on(dependencies.children(page.path))
        children_pages = api_pages().filter(path__startswith=page.path, depth=page.depth + 1)
        return prepare(info, pages_for(info, children_pages.order_by("path")[:limit]))

    def resolve_translation_status(page, info):
        include_drafts = editorial_view(info)

        def load(siblings):
            info.context.depend_on(*(dependencies.translations(sibling.translation_key) for sibling in siblings))
            return registry.translation_statuses(siblings, list(locales_by_id(info).values()), include_drafts)

        return batched(info, page, "translation_status", load)

    def resolve_ancestors(page, info):
        paths = [page.path[: depth * Page.steplen] for depth in range(2, page.depth)]
        info.context.depend_on(*(dependencies.tree(path) for path in paths))
        return prepare(info, pages_for(info, api_pages().filter(path__in=paths).order_by("path")))


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


class PageObjectType(DjangoObjectType):
    """Base of a page type's GraphQL type: the ``Page`` interface, the fields every page has
    plus the model fields the model lists in ``api_graphql_fields``, the model's class name as the
    type's name, and registration with the API (``PageTypeName``, the schema's types, the page
    models served). Fields that need a resolver are declared on the type::

        class NewsPageType(PageObjectType):
            main_image = MainImageField()
            body = BodyField()

            class Meta:
                model = NewsPage  # NewsPage.api_graphql_fields = ["date"]
    """

    class Meta:
        abstract = True

    @classmethod
    def __init_subclass_with_meta__(cls, model=None, fields=(), name=None, **options):
        super().__init_subclass_with_meta__(
            model=model,
            name=name or model.__name__,
            interfaces=(PageInterface,),
            fields=PAGE_FIELDS + list(getattr(model, "api_graphql_fields", [])) + list(fields),
            **options,
        )
        registry.register_page_type(cls)


PageCollection = collection_of(PageInterface, "PageCollection")


@cache
def page_type_name_enum():
    """The ``PageTypeName`` enum, built once every app has registered its page types."""
    return graphene.Enum(
        "PageTypeName",
        [(name, name) for name in api_page_models()],
        description="The page types of the API.",
    )


def page_type_names_argument(**kwargs):
    """A ``types: [PageTypeName!]`` argument."""
    return graphene.List(graphene.NonNull(lambda: page_type_name_enum()), **kwargs)


def models_for(page_types):
    """The page models of ``page_types`` (PageTypeName values), or all of them."""
    models = api_page_models()
    return [models[name] for name in plain(page_types)] if page_types else list(models.values())
