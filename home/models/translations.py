"""What each translated revision was made from."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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

