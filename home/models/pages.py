"""Home and standard pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BodyStreamBlock, KeyFigureBlock, RegistryFigureBlock

from .base import BasePage, MainImageMixin


class HomePage(BasePage):
    """The root of each language's tree: hero, key figures and featured content."""

    api_graphql_fields = ["hero_title", "hero_text"]

    hero_title = models.CharField(_("hero title"), max_length=255, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key_figures = StreamField(
        [("figure", KeyFigureBlock()), ("registry_figure", RegistryFigureBlock())],
        verbose_name=_("key figures"),
        blank=True,
        help_text=_(
            "E.g. number of participating cities and regions, countries: counted from the member registry "
            "(“Key figure from the member registry”) or typed."
        ),
    )
    featured = StreamField(
        [("page", PageChooserBlock(label=_("Page")))],
        verbose_name=_("featured items"),
        blank=True,
        help_text=_("Pages highlighted on the home page, in this order."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "practices.GoodPracticeIndexPage",
        "practices.StrategyDocumentPage",
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("key_figures"),
        FieldPanel("featured"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(MainImageMixin, BasePage):
    """A plain content page: About us, History, Participate."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "practices.StrategyDocumentPage"]

    search_fields = BasePage.search_fields + [index.SearchField("body")]
    content_panels = BasePage.content_panels + [FieldPanel("main_image"), FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
