"""GraphQL types of the StreamField blocks every page body uses, and ``stream_blocks``,
which turns any stream into what the block types read (rich text rendered, private images
and documents removed)."""

import graphene
from wagtail.blocks import RichTextBlock, StructBlock
from wagtail.blocks.list_block import ListValue
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from api.media import DocumentType, ImageType, shown_in
from api.richtext import rich_text, rich_text_renderer


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


def block_leaves(block, raw_value):
    """(child block, raw value) of each field of a struct block, or of the block itself."""
    if isinstance(block, StructBlock):
        return [(child, (raw_value or {}).get(name)) for name, child in block.child_blocks.items()]
    return [(block, raw_value)]


def stream_blocks(info, page, stream):
    """StreamField children as plain dicts the block types read (rich text rendered).

    Built from the stream's stored form: the images and documents chosen in every block and
    everything its rich text links to or embeds are looked up together, one query per kind
    (images with their renditions), whatever the length of the stream. Images and documents
    pass the privacy check there, once: a private one is None in the block, so no resolver can
    read anything of it (not even its title)."""
    children = [
        (stream.stream_block.child_blocks[raw["type"]], raw)
        for raw in stream.raw_data
        if raw["type"] in stream.stream_block.child_blocks
    ]
    leaves = [leaf for block, raw in children for leaf in block_leaves(block, raw["value"])]
    renderer = rich_text_renderer(info, page.locale)
    renderer.prime(
        [value for block, value in leaves if isinstance(block, RichTextBlock)],
        image_ids={value for block, value in leaves if isinstance(block, ImageChooserBlock)},
        document_ids={value for block, value in leaves if isinstance(block, DocumentChooserBlock)},
    )
    images = {}  # image id -> the image as shown in this page's language (alt text)

    def value_of(block, raw_value):
        if isinstance(block, RichTextBlock):
            return rich_text(info, page.locale, raw_value)
        if isinstance(block, ImageChooserBlock):
            if raw_value not in images:
                images[raw_value] = shown_in(info, [renderer.images.get(raw_value)], [page.locale_id])[0]
            return images[raw_value]
        if isinstance(block, DocumentChooserBlock):
            return renderer.documents.get(raw_value)
        value = block.to_python(raw_value) if raw_value is not None else block.get_default()
        return list(value) if isinstance(value, ListValue) else value

    blocks = []
    for block, raw in children:
        if isinstance(block, RichTextBlock):
            value = {"html": value_of(block, raw["value"])}
        elif isinstance(block, StructBlock):
            value = {
                name: value_of(child, (raw["value"] or {}).get(name)) for name, child in block.child_blocks.items()
            }
        else:
            value = {"value": value_of(block, raw["value"])}
        blocks.append({"block_type": raw["type"], "id": raw.get("id"), **value})
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
