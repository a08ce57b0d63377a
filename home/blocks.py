"""StreamField blocks shared by every page type."""

from django.core.exceptions import ValidationError
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


class RegistryFigureBlock(blocks.StructBlock):
    """A key figure counted from the member registry when the page is read (its language's
    published members), with the day the registry last changed; or, when an editor gives a
    figure from elsewhere, that figure and its source."""

    MEASURES = [
        ("members", _("Participating cities and regions (published members)")),
        ("countries", _("Countries of the participating cities and regions")),
    ]

    measure = blocks.ChoiceBlock(label=_("Count"), choices=MEASURES)
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    override_value = blocks.CharBlock(
        label=_("Figure from another source"),
        max_length=20,
        required=False,
        default="",
        help_text=_("Shown instead of the count, e.g. the signatories of a declaration. Give its source."),
    )
    override_source = blocks.CharBlock(
        label=_("Source of that figure"),
        max_length=255,
        required=False,
        default="",
        help_text=_("E.g. “Declaration of mayors and regional representatives, 2014”."),
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("override_value") and not value.get("override_source"):
            raise blocks.StructBlockValidationError(
                {"override_source": ValidationError(_("Say where a figure from another source comes from."))}
            )
        return value

    class Meta:
        icon = "group"
        label = _("Key figure from the member registry")


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    figure = FigureBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()

    class Meta:
        label = _("Body")
