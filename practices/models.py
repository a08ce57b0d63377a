"""Good practices (classified promising / demonstrated / replicated) and strategy documents."""

from django import forms
from django.conf import global_settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial import organisation
from home.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from home.models import BasePage, MainImageMixin
from practices.blocks import ActionLineBlock, PartnerBlock

YEAR_VALIDATORS = [MinValueValidator(1945), MaxValueValidator(2100)]


class Theme(models.Model):
    """A theme of the Alliance's controlled vocabulary.

    The rows are created by a migration from ``Theme.Code`` and cannot be added in the admin:
    the frontends filter on these codes. Labels are translated through gettext.
    """

    class Code(models.TextChoices):
        HOUSING = "housing", _("Housing")
        EDUCATION = "education", _("Education")
        HEALTH = "health", _("Health")
        EMPLOYMENT = "employment", _("Employment")
        POLITICAL_PARTICIPATION = "political-participation", _("Political participation")
        ANTI_GYPSYISM = "anti-gypsyism", _("Anti-Gypsyism")
        CULTURE_REMEMBRANCE = "culture-remembrance", _("Culture and remembrance")
        WOMEN_YOUTH = "women-youth", _("Roma women and youth")

    code = models.SlugField(_("code"), max_length=40, choices=Code.choices, unique=True)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["code"]

    def __str__(self):
        return str(self.label)

    @property
    def label(self):
        return self.Code(self.code).label


class GoodPracticeIndexPage(BasePage):
    """The searchable collection of good practices."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.GoodPracticePage"]

    class Meta:
        verbose_name = _("good practice index page")
        verbose_name_plural = _("good practice index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from api.visibility import visible_pages

        context["items"] = visible_pages().child_of(self).specific().order_by("title")
        return context


class GoodPracticePage(MainImageMixin, BasePage):
    """A practice of a city, region or state for Roma inclusion, classified by the Council
    of Europe's evidence scale."""

    api_graphql_fields = ["city_or_region", "period_start", "period_end", "dosta_prize_year"]

    class Level(models.TextChoices):
        LOCAL = "local", _("Local")
        REGIONAL = "regional", _("Regional")
        NATIONAL = "national", _("National")

    class Status(models.TextChoices):
        PROMISING = "promising", _("Promising")
        DEMONSTRATED = "demonstrated", _("Demonstrated")
        REPLICATED = "replicated", _("Replicated")

    country = CountryField(_("country"))
    city_or_region = models.CharField(_("city or region"), max_length=255)
    # Linked once, in any language: the API shows the member's translation in the page's language,
    # so a translation does not wait for the member to be translated (SynchronizedField).
    member = models.ForeignKey(
        "home.Member",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member city or region whose practice this is: its profile lists it."),
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.LOCAL)
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), related_name="practices")
    status = models.CharField(
        _("status"),
        max_length=15,
        choices=Status.choices,
        default=Status.PROMISING,
        help_text=_(
            "Promising: early results; demonstrated: evaluated results; "
            "replicated: reproduced elsewhere with similar results."
        ),
    )
    period_start = models.PositiveSmallIntegerField(_("from (year)"), validators=YEAR_VALIDATORS)
    period_end = models.PositiveSmallIntegerField(
        _("to (year)"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Leave empty while the practice is running."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    partners = StreamField([("partner", PartnerBlock())], verbose_name=_("partners"), blank=True)
    results = RichTextField(_("results"), features=RICH_TEXT_FEATURES, blank=True)
    dosta_prize_year = models.PositiveSmallIntegerField(
        _("Dosta! prize year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2007), MaxValueValidator(2100)],
        help_text=_("The year the Dosta! Congress Prize for Municipalities was awarded, if it was."),
    )

    override_translatable_fields = [SynchronizedField("member")]
    workflow_name = organisation.PRACTICES_WORKFLOW
    parent_page_types = ["practices.GoodPracticeIndexPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [
        index.SearchField("city_or_region"),
        index.SearchField("body"),
        index.SearchField("results"),
        index.FilterField("country"),
        index.FilterField("status"),
        index.FilterField("level"),
        index.FilterField("dosta_prize_year"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("city_or_region")]),
                FieldPanel("member"),
                FieldPanel("level"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("dosta_prize_year"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("main_image"),
        FieldPanel("body"),
        FieldPanel("partners"),
        FieldPanel("results"),
    ]

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def clean(self):
        super().clean()
        if self.period_end and self.period_start and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end year cannot be before the start year.")})


class StrategyDocumentPage(MainImageMixin, BasePage):
    """A strategy of the Alliance, e.g. its strategic orientations 2014-2020, with its lines of
    action and the official documents in each language."""

    api_graphql_fields = ["period_start", "period_end"]

    period_start = models.PositiveSmallIntegerField(_("from (year)"), validators=YEAR_VALIDATORS)
    period_end = models.PositiveSmallIntegerField(_("to (year)"), validators=YEAR_VALIDATORS)
    summary = RichTextField(_("summary"), features=RICH_TEXT_FEATURES, blank=True)
    action_lines = StreamField([("action_line", ActionLineBlock())], verbose_name=_("lines of action"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    workflow_name = organisation.PRACTICES_WORKFLOW
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("action_lines"),
        index.SearchField("body"),
    ]
    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Period")),
        FieldPanel("summary"),
        FieldPanel("action_lines"),
        FieldPanel("body"),
        InlinePanel("attachments", heading=_("Documents"), label=_("Document")),
    ]

    class Meta:
        verbose_name = _("strategy document")
        verbose_name_plural = _("strategy documents")


class StrategyDocumentAttachment(Orderable):
    """An official file of a strategy in one language (the PDF of the French text, say)."""

    page = ParentalKey(StrategyDocumentPage, related_name="attachments", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10, choices=global_settings.LANGUAGES, default="en")

    panels = [FieldPanel("document"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
