"""Snippets: the Alliance's participating cities and regions, and the terminology note."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Member(TranslatableMixin, index.Indexed, models.Model):
    """A city or region participating in the Alliance."""

    class Kind(models.TextChoices):
        CITY = "city", _("City or municipality")
        REGION = "region", _("Region")

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.CITY)
    country = CountryField(_("country"))
    joined_on = models.DateField(_("joined on"), null=True, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("joined_on"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Location on the map"),
        ),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("member city or region")
        verbose_name_plural = _("member cities and regions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class TerminologyNote(TranslatableMixin, models.Model):
    """A definition shown across the site, such as the Council of Europe's use of
    "Roma and Travellers"."""

    term = models.CharField(_("term"), max_length=255)
    definition = RichTextField(_("definition"), features=["bold", "italic", "link"])

    panels = [FieldPanel("term"), FieldPanel("definition")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("terminology note")
        verbose_name_plural = _("terminology notes")
        ordering = ["term"]

    def __str__(self):
        return self.term
