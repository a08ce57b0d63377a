"""Blocks specific to news and remembrance pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class SpeakerBlock(blocks.StructBlock):
    """Someone who spoke at a commemoration, with what they said."""

    name = blocks.CharBlock(label=_("Name"), max_length=255)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=255)
    quote = blocks.TextBlock(label=_("Quote"), required=False)
    photo = ImageChooserBlock(label=_("Photo"), required=False)

    class Meta:
        icon = "user"
        label = _("Speaker")
