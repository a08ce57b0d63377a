"""Translation records: what each translated revision was made from, and the per-language
texts of objects that every language shares (news tags, images)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class TranslatedRevision(models.Model):
    """A page revision written by wagtail-localize from a version of its source.

    ``source_synced_at`` is the ``TranslationSource.last_updated_at`` the revision's strings were
    applied to: when the live revision of a translation was made from a source version older
    than the source page's last publication, the live translation is outdated.
    """

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, primary_key=True, related_name="translated_from"
    )
    source = models.ForeignKey("wagtail_localize.TranslationSource", on_delete=models.CASCADE, related_name="+")
    source_synced_at = models.DateTimeField(_("source version"))

    class Meta:
        verbose_name = _("translated revision")

    def __str__(self):
        return f"revision {self.revision_id} from source version {self.source_synced_at:%Y-%m-%d %H:%M:%S}"


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


class ImageAltText(models.Model):
    """An image's alternative text in one language, for screen readers.

    Images are shared by every language; a page shows its image with the alt text of the
    page's language."""

    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="alt_texts"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    text = models.CharField(
        _("alternative text"), max_length=255, help_text=_("What the image shows, for people who cannot see it.")
    )

    panels = [FieldPanel("image"), FieldPanel("locale"), FieldPanel("text")]

    class Meta:
        verbose_name = _("image alt text")
        verbose_name_plural = _("image alt texts")
        constraints = [models.UniqueConstraint(fields=["image", "locale"], name="one_alt_text_per_language")]

    def __str__(self):
        return f"{self.image.title} ({self.locale.language_code}): {self.text}"
