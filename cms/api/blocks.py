"""GraphQL types of the StreamField blocks every page body uses, and ``stream_blocks``,
which turns any stream into what the block types read (rich text rendered, private images
and documents removed)."""

import graphene
from django.db.models import prefetch_related_objects
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.struct_block import StructValue
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import Image
from wagtail.rich_text import RichText

from cms.api.media import DocumentType, ImageType, shown_in
from cms.api.richtext import rich_text, rich_text_renderer
from cms.api.visibility import get_visibility


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


class BodyField(graphene.Field):
    """A page's ``body`` stream (``home.blocks.BodyStreamBlock``) as a list of typed blocks."""

    def __init__(self, **kwargs):
        super().__init__(
            graphene.List(graphene.NonNull(BodyBlock)),
            required=True,
            resolver=lambda page, info: stream_blocks(info, page, page.body),
            **kwargs,
        )
