"""Records of the public API."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SafelistedQuery(models.Model):
    """A query registered at deploy time (``manage.py register_queries``): with
    ``API_SAFELIST`` on, the API answers these and nothing else."""

    sha256 = models.CharField(_("SHA-256"), max_length=64, primary_key=True)
    name = models.CharField(_("name"), max_length=255, help_text=_("The file it was registered from."))
    query = models.TextField(_("query"))
    registered_at = models.DateTimeField(_("registered at"), auto_now=True)

    class Meta:
        verbose_name = _("safelisted query")
        verbose_name_plural = _("safelisted queries")
        ordering = ["name"]

    def __str__(self):
        return self.name
