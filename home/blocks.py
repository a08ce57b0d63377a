"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the document outline correct."""

    text = blocks.CharBlock(label=_("Text"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")


class FigureBlock(blocks.StructBlock):
    """An image with its caption and credit, as the news and practices pages print them."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Figure")


class QuoteBlock(blocks.StructBlock):
    """A quotation attributed to a person, e.g. a Congress President's statement."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=255)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a file in the document library (PDF, office formats)."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=255,
        help_text=_("Defaults to the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")


class KeyFigureBlock(blocks.StructBlock):
    """A number shown large with its label, e.g. "130 cities and regions"."""

    value = blocks.CharBlock(label=_("Figure"), max_length=20)
    label = blocks.CharBlock(label=_("Label"), max_length=120)

    class Meta:
        icon = "order"
        label = _("Key figure")


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    figure = FigureBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()

    class Meta:
        label = _("Body")
