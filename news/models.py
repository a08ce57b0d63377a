"""News items and remembrance pages (2 August, International Roma Genocide Remembrance Day)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.fields import StreamField
from wagtail.search import index

from editorial import organisation
from home.blocks import BodyStreamBlock
from home.models import BasePage, MainImageMixin
from news.blocks import SpeakerBlock


class NewsIndexPage(BasePage):
    """Lists news and remembrance pages, newest first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage", "news.RemembrancePage"]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from api.visibility import visible_pages

        context["items"] = visible_pages().child_of(self).specific().order_by("-first_published_at")
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(MainImageMixin, BasePage):
    """A news item: launch events, statements, calls to join."""

    api_graphql_fields = ["date"]

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through=NewsPageTag, blank=True, help_text=_("Keywords, e.g. ROMACT.")
    )
    related_pages = StreamField(
        [("page", PageChooserBlock(label=_("Page")))],
        verbose_name=_("related pages"),
        blank=True,
    )

    workflow_name = organisation.NEWS_WORKFLOW
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("main_image"),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("related_pages"),
    ]

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
        # The API's default order (newest first, then by id): a list window is read from it.
        indexes = [models.Index(fields=["date", "page_ptr"], name="news_page_date_order")]


class RemembrancePage(MainImageMixin, BasePage):
    """A commemoration, above all 2 August, the International Roma Genocide Remembrance Day
    (the Pharrajimos)."""

    api_graphql_fields = ["commemoration_date", "year", "place"]

    commemoration_date = models.DateField(_("commemoration date"))
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("The year of this commemoration, e.g. 2013."))
    place = models.CharField(_("place"), max_length=255, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    speakers = StreamField(
        [("speaker", SpeakerBlock())],
        verbose_name=_("speakers and quotes"),
        blank=True,
    )
    related_news = StreamField(
        [("page", PageChooserBlock(label=_("News page"), page_type="news.NewsPage"))],
        verbose_name=_("related news"),
        blank=True,
    )

    workflow_name = organisation.REMEMBRANCE_WORKFLOW
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [
        index.SearchField("place"),
        index.SearchField("body"),
        index.SearchField("speakers"),
        index.FilterField("year"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("commemoration_date"), FieldPanel("year")]), FieldPanel("place")],
            heading=_("Commemoration"),
        ),
        FieldPanel("main_image"),
        FieldPanel("body"),
        FieldPanel("speakers"),
        FieldPanel("related_news"),
    ]

    class Meta:
        verbose_name = _("remembrance page")
        verbose_name_plural = _("remembrance pages")
        indexes = [models.Index(fields=["commemoration_date", "page_ptr"], name="remembrance_date_order")]
