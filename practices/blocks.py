"""Blocks for good practices and strategy documents."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES


class PartnerBlock(blocks.StructBlock):
    """An organisation that took part in a practice."""

    name = blocks.CharBlock(label=_("Name"), max_length=255)
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "group"
        label = _("Partner")


class ActionLineBlock(blocks.StructBlock):
    """One line of action of a strategy, with the measures it plans."""

    number = blocks.CharBlock(label=_("Number"), max_length=10, help_text=_("E.g. 3.1"))
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    description = blocks.RichTextBlock(label=_("Description"), features=RICH_TEXT_FEATURES)
    measures = blocks.ListBlock(blocks.TextBlock(label=_("Measure")), label=_("Measures"))

    class Meta:
        icon = "list-ol"
        label = _("Line of action")
