"""The abstract page every Alliance page type derives from, and the mixins some share."""

from types import SimpleNamespace

from django.conf import settings
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, Workflow
from wagtail.search import index

from api.blocks import stream_blocks
from api.context import ApiContext
from api.models import PreviewSnapshot
from api.pages import frontend_url
from api.preview import make_preview_token, url_with_query
from api.visibility import Visibility, visible_pages
from editorial.localize import ApprovedRowMixin


class BasePage(ApprovedRowMixin, Page):
    """Common fields and behaviour of every Alliance page.

    Pages are headless-first: the public sites read them over GraphQL, the templates only
    serve the editors' preview and a plain fallback rendering.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown in lists and as the lead of the page."),
    )

    # Model fields the page type's GraphQL type exposes as they are, besides the fields of
    # every page (api.types.PageObjectType); fields that need a resolver are declared there.
    api_graphql_fields = []

    # The review workflow this page type always goes through (see editorial.organisation); None means
    # the workflow assigned to the page or an ancestor in Settings → Workflows.
    workflow_name = None

    search_fields = Page.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        # The preview site shows what the API shows (api.visibility): not a placeholder
        # alias (another language's text), nothing past its expiry time even before
        # publish_scheduled unpublishes it, nothing under a restriction.
        if not visible_pages().filter(pk=self.pk).exists():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        """The page as the API gives it (``api.visibility``): the body through the API's
        block function, so a link to a hidden page has no href, a private image or document is
        left out, and only public translations are offered as alternates."""
        context = super().get_context(request, *args, **kwargs)
        visibility = Visibility()
        context["main_image"] = visibility.media(getattr(self, "main_image", None))
        body = getattr(self, "body", None)
        if body is not None:
            context["blocks"] = stream_blocks(SimpleNamespace(context=ApiContext.of(request)), self, body)
        context["translations"] = (
            visible_pages().filter(translation_key=self.translation_key).exclude(pk=self.pk).select_related("locale")
        )
        return context

    def get_workflow(self):
        if self.workflow_name and getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            workflow = Workflow.objects.filter(name=self.workflow_name, active=True).first()
            if workflow is not None:
                return workflow
        return super().get_workflow()

    def serve_preview(self, request, mode_name):
        """With HEADLESS_PREVIEW_URL set (or else a frontend URL for the page's language,
        CMS_FRONTEND_URLS), send the editor's preview to the frontend with a signed token for a
        snapshot of the page being edited; else render the template."""
        target = settings.HEADLESS_PREVIEW_URL or (frontend_url(self) if self.pk else None)
        if not target or not self.pk:
            return super().serve_preview(request, mode_name)
        token = make_preview_token(PreviewSnapshot.take(self))
        query = {"token": token, "locale": self.locale.language_code, "type": type(self).__name__}
        response = redirect(url_with_query(target, query))
        # The token is in the frontend's URL: the redirect tells the browser to send no Referer
        # (frontends should do the same on their preview pages, docs/api.md).
        response["Referrer-Policy"] = "no-referrer"
        return response

    def get_template(self, request, *args, **kwargs):
        # One plain template renders every type for previews; frontends use the API.
        return "page.html"


class MainImageMixin(models.Model):
    """A page's main image: the picture lists, cards and social previews use."""

    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Landscape picture, at least 1200 pixels wide."),
    )

    class Meta:
        abstract = True
