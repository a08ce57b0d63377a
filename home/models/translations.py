"""Per-language texts of objects that every language shares (news tags)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class TagLabel(models.Model):
    """A news tag's name in one language.

    Tags are shared by every language, so a tag filter keeps working when a reader switches
    language; readers see the label of their language (the tag's own name where none is given,
    which suits proper names such as ROMACT)."""

    tag = models.ForeignKey("taggit.Tag", verbose_name=_("tag"), on_delete=models.CASCADE, related_name="labels")
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("name"), max_length=100)

    panels = [FieldPanel("tag"), FieldPanel("locale"), FieldPanel("name")]

    class Meta:
        verbose_name = _("tag translation")
        verbose_name_plural = _("tag translations")
        constraints = [models.UniqueConstraint(fields=["tag", "locale"], name="one_tag_label_per_language")]

    def __str__(self):
        return f"{self.tag.name} ({self.locale.language_code}): {self.name}"
