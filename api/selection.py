"""What a query selects, so that page rows are loaded with only the columns it needs.

Parsing a StreamField (a JSON document per row) is the largest cost of loading a page: a list
that does not show bodies should not read them. Resolvers that return pages pass their
queryset through ``slim`` (one model) or ``specific_for`` (pages of several types).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.base import ModelState
from graphql import FieldNode, FragmentSpreadNode, InlineFragmentNode
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

# Fields of the Page interface that read only wagtailcore_page columns (``intro`` lives in
# each page type's own table).
BASE_PAGE_FIELDS = {
    "__typename",
    "id",
    "title",
    "slug",
    "url_path",
    "url",
    "cms_url",
    "locale",
    "translation_key",
    "seo_title",
    "search_description",
    "first_published_at",
    "last_published_at",
    "page_type",
    "translations",
    "parent",
    "children",
    "ancestors",
    "is_fallback",
    "requested_locale",
    "translation_status",
}


def _snake_case(name):
    return "".join(f"_{char.lower()}" if char.isupper() else char for char in name)


def selected_fields(info):
    """The snake_case names of the fields selected under the field being resolved, through
    inline fragments and fragment spreads (``items`` of a collection included)."""
    names = set()

    def collect(selection_set):
        for node in selection_set.selections if selection_set else ():
            if isinstance(node, FieldNode):
                if node.name.value == "items" and node.selection_set:
                    collect(node.selection_set)
                names.add(_snake_case(node.name.value))
            elif isinstance(node, InlineFragmentNode):
                collect(node.selection_set)
            elif isinstance(node, FragmentSpreadNode):
                fragment = info.fragments.get(node.name.value)
                if fragment is not None:
                    collect(fragment.selection_set)

    for field_node in info.field_nodes:
        collect(field_node.selection_set)
    return names


def heavy_fields(model):
    """The StreamField and rich text columns of a page type's own table."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, (StreamField, RichTextField)) and field.model is not Page
    ]


def slim(info, queryset):
    """``queryset`` (of one page type) without the heavy columns the query does not select."""
    unused = [name for name in heavy_fields(queryset.model) if name not in selected_fields(info)]
    return queryset.defer(*unused) if unused else queryset


def specific_for(info, queryset):
    """Specific pages of ``queryset`` (of several types): when the query selects only fields of
    wagtailcore_page, without the per-type queries (``specific(defer=True)``)."""
    return queryset.specific(defer=selected_fields(info) <= BASE_PAGE_FIELDS)


# The wagtailcore_page columns a light page carries: what the Page interface's fields read
# (BASE_PAGE_FIELDS) and what visibility and URLs need. Any other column loads on first use.
LIGHT_PAGE_COLUMNS = [
    "id",
    "title",
    "draft_title",
    "slug",
    "url_path",
    "path",
    "depth",
    "numchild",
    "live",
    "show_in_menus",
    "locale_id",
    "translation_key",
    "content_type_id",
    "seo_title",
    "search_description",
    "first_published_at",
    "last_published_at",
    "expire_at",
    "alias_of_id",
]


def light_pages(info, queryset):
    """The pages of ``queryset`` as light instances of their page types, when the query selects
    only fields of the Page interface (translations, related pages, menus): their
    wagtailcore_page columns read with ``values()`` and set on an instance made without
    ``Model.__init__`` (whose ClusterableModel and field set-up cost more than the row itself).
    Any other column still loads, with a query, on first use. None when the query selects more:
    the caller loads whole pages."""
    if not selected_fields(info) <= BASE_PAGE_FIELDS:
        return None
    pages = []
    for row in queryset.values(*LIGHT_PAGE_COLUMNS):
        model = ContentType.objects.get_for_id(row["content_type_id"]).model_class() or Page
        page = model.__new__(model)
        state = page._state = ModelState()
        state.adding, state.db = False, queryset.db
        values = page.__dict__
        values.update(row)
        for link in model._meta.parents.values():  # a page type's primary key is its page_ptr
            values[link.attname] = row["id"]
        pages.append(page)
    return pages


def pages_for(info, queryset):
    """The pages of ``queryset`` (of any types) as the query needs them: light pages when it
    selects only fields of the Page interface, else specific pages (``specific_for``)."""
    light = light_pages(info, queryset)
    return light if light is not None else specific_for(info, queryset)


def window(info, queryset, offset, limit):
    """One window of an ordered list of one page type: the ids first (a narrow top-N sort over
    the list's index), then only those rows, slimmed. Other lists are sliced as they are."""
    model = getattr(queryset, "model", None)
    if not (isinstance(model, type) and issubclass(model, Page) and model is not Page):
        return queryset[offset : offset + limit]
    ids = list(queryset.values_list("pk", flat=True)[offset : offset + limit])
    rows = {row.pk: row for row in slim(info, model.objects.filter(pk__in=ids))}
    return [rows[pk] for pk in ids if pk in rows]
