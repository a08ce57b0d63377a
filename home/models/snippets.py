"""Snippets: the Alliance's participating cities and regions, and the terminology note.

Both have drafts, revisions and a review workflow like pages: a translation (or a change) is
public once a moderator publishes it, and the API lists live ones only."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index

from editorial.localize import ApprovedRowMixin
from editorial.organisation import SNIPPETS_WORKFLOW


class ReviewedSnippet(ApprovedRowMixin, WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """A translatable snippet with drafts, revisions and a review workflow."""

    # Changes and translations go through this workflow (``setup_editorial`` assigns it).
    workflow_name = SNIPPETS_WORKFLOW

    class Meta(TranslatableMixin.Meta):
        abstract = True


class Member(ReviewedSnippet, index.Indexed):
    """A city or region participating in the Alliance."""

    class Kind(models.TextChoices):
        CITY = "city", _("City or municipality")
        REGION = "region", _("Region")
        ASSOCIATION = "association", _("Association of local or regional authorities")

    class PopulationBand(models.TextChoices):
        UNDER_10K = "under-10k", _("Under 10,000 inhabitants")
        FROM_10K = "10k-50k", _("10,000 to 50,000")
        FROM_50K = "50k-100k", _("50,000 to 100,000")
        FROM_100K = "100k-500k", _("100,000 to 500,000")
        FROM_500K = "500k-1m", _("500,000 to 1 million")
        OVER_1M = "over-1m", _("Over 1 million")

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.CITY)
    population_band = models.CharField(
        _("population"), max_length=12, choices=PopulationBand.choices, blank=True, help_text=_("If known.")
    )
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
    profile = RichTextField(
        _("profile"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("Political, geographical, demographic and economic profile, as the strategy document asks."),
    )
    declaration_signed_on = models.DateField(
        _("signed the Declaration against anti-Gypsyism on"),
        null=True,
        blank=True,
        help_text=_(
            "The Declaration of Mayors and Elected Local Representatives of Council of Europe member States "
            "against anti-Gypsyism. Empty: not signed."
        ),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="member")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="member",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("population_band"),
        FieldRowPanel([FieldPanel("joined_on"), FieldPanel("declaration_signed_on")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Location on the map"),
        ),
        FieldPanel("website"),
        FieldPanel("profile"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
        index.FilterField("locale_id"),
    ]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("member city or region")
        verbose_name_plural = _("member cities and regions")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions


class TerminologyNote(ReviewedSnippet):
    """A definition shown across the site, such as the Council of Europe's use of
    "Roma and Travellers"."""

    term = models.CharField(_("term"), max_length=255)
    definition = RichTextField(_("definition"), features=["bold", "italic", "link"])
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="terminology_note")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="terminology_note",
        for_concrete_model=False,
    )

    panels = [FieldPanel("term"), FieldPanel("definition")]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("terminology note")
        verbose_name_plural = _("terminology notes")
        ordering = ["term"]

    def __str__(self):
        return self.term

    @property
    def revisions(self):
        return self._revisions
