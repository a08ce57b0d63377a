"""Root fields for pages of any type: one page, the pages of a language, the menu."""

import graphene
from django.db.models import Q
from graphql import GraphQLError
from wagtail.documents.models import Document
from wagtail.models import Page

from api.access import may_preview
from api.arguments import plain
from api.batching import prepare
from api.conf import api_settings
from api.dependencies import menu
from api.locales import get_locale, in_locales, locales_for
from api.media import DocumentType
from api.pages import api_pages, find_page, home_page_in, public_url, url_path_in_locale
from api.pagination import collection_of, paginate, pagination_arguments
from api.preview import page_for_token
from api.selection import selected_fields
from api.types import PageCollection, PageInterface, models_for, page_type_names_argument
from api.visibility import get_visibility, visible_pages

MAX_NAVIGATION_DEPTH = 4


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
        return public_url(info.context.request, item["page"])


class DocumentSort(graphene.Enum):
    CREATED_DESC = "-created_at"
    CREATED_ASC = "created_at"
    TITLE_ASC = "title"
    TITLE_DESC = "-title"
    SIZE_DESC = "-file_size"


DocumentCollection = collection_of(DocumentType, "DocumentCollection")


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
        types=page_type_names_argument(),
        fallback=graphene.Boolean(default_value=False),
        **pagination_arguments(),
        description="Live pages of one language in tree order.",
    )
    documents = graphene.Field(
        DocumentCollection,
        required=True,
        locale=graphene.String(description="Documents in this language or in none; usedBy in this language."),
        search=graphene.String(description="Words of the title or description."),
        collection=graphene.String(description="A collection's name."),
        file_type=graphene.String(description="An extension, e.g. pdf."),
        sort=DocumentSort(default_value=DocumentSort.CREATED_DESC.value),
        **pagination_arguments(),
        description="The document library: documents of public collections only.",
    )
    navigation = graphene.List(
        graphene.NonNull(NavigationItemType),
        required=True,
        locale=graphene.String(),
        depth=graphene.Int(default_value=2, description=f"Levels below the home page, 1 to {MAX_NAVIGATION_DEPTH}."),
        description="The menu of one language: pages marked 'show in menus'.",
    )

    def resolve_documents(
        root, info, locale=None, search=None, collection=None, file_type=None, sort="-created_at", limit=None, offset=0
    ):
        documents = Document.objects.select_related("details")
        documents = get_visibility(info).public_media(documents)
        if locale is not None:
            language = get_locale(info, locale)
            info.context.documents_locale = language
            documents = documents.filter(
                Q(details__isnull=True) | Q(details__language__in=["", language.language_code])
            )
        if search:
            if len(search) > api_settings.SEARCH_MAX_LENGTH:
                raise GraphQLError(f"search is longer than {api_settings.SEARCH_MAX_LENGTH} characters.")
            for word in search.split():
                documents = documents.filter(Q(title__icontains=word) | Q(details__description__icontains=word))
        if collection:
            documents = documents.filter(collection__name__iexact=collection)
        if file_type:
            documents = documents.filter(file__iendswith=f".{file_type.lstrip('.').lower()}")
        return paginate(documents.order_by(plain(sort), "pk"), limit, offset)

    def resolve_page(
        root, info, id=None, url_path=None, translation_key=None, locale=None, fallback=False, preview_token=None
    ):
        given = [value is not None for value in (id, url_path, translation_key, preview_token)]
        if sum(given) != 1:
            raise GraphQLError("Give exactly one of id, urlPath, translationKey or previewToken.")
        if preview_token is not None:
            info.context.private = True  # a draft: never cached, never shared
            if not may_preview(info.context, info.context.request):
                raise GraphQLError(
                    "Previews need an API key with the preview scope (Authorization: Bearer <key>).",
                    extensions={"code": "FORBIDDEN"},
                )
            return prepare(info, [page_for_token(preview_token)])[0]
        if url_path is not None and not url_path.startswith("/"):
            raise GraphQLError("urlPath must start with '/'.")
        locales = locales_for(info, locale, fallback) if (locale or url_path or translation_key) else None
        page = find_page(info, id, url_path, translation_key, locales)
        if page is None:
            raise GraphQLError("Page not found.", extensions={"code": "NOT_FOUND"})
        return prepare(info, [page], locales[0] if locales else None)[0]

    def resolve_pages(root, info, locale=None, types=None, fallback=False, limit=None, offset=0):
        locales = locales_for(info, locale, fallback)
        queryset = in_locales(visible_pages().type(*models_for(types)), locales)
        return paginate(queryset.order_by("path").specific(), limit, offset, locales[0], locales)

    def resolve_navigation(root, info, locale=None, depth=2):
        if not 1 <= depth <= MAX_NAVIGATION_DEPTH:
            raise GraphQLError(f"depth must be between 1 and {MAX_NAVIGATION_DEPTH}, got {depth}.")
        language = get_locale(info, locale)
        # A page published in the menu (or taken out of it: its row) changes the answer.
        info.context.depend_on(menu(language.language_code))
        home = home_page_in(info, language)
        if home is None:
            return []
        pages = (
            api_pages()
            .filter(path__startswith=home.path, depth__gt=home.depth, depth__lte=home.depth + depth)
            .filter(show_in_menus=True)
            .order_by("path")
            .specific(defer="page" not in selected_fields(info))
        )
        items = {home.path: {"children": []}}
        for page in pages:
            parent = items.get(page.path[: -Page.steplen])
            if parent is None:  # below a page that is not in the menu
                continue
            info.context.read(page, page.pk)
            item = items[page.path] = {"page": page, "children": []}
            parent["children"].append(item)
        return items[home.path]["children"]
