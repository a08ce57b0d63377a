"""The editorial screens of the admin: translation status report, "submit translation for
review", the page type's workflow named on the add form, and the webhooks."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, ListingButton
from wagtail.models import Workflow
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.localize import managed_translation, untranslated_strings
from editorial.models import Commemoration, GlossaryTerm, Release, WebhookDelivery, WebhookSubscription
from editorial.organisation import page_types_with_own_workflow
from editorial.views import (
    EditorialCalendarView,
    ReleasePreviewView,
    ReleasePublishView,
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
    TranslationSourcesView,
    TranslationStatusReportView,
    UpdateTranslationsView,
    send_test_webhook,
    submit_snippet_translation_for_review,
    submit_translation_for_review,
    translation_progress,
)


class WebhookSubscriptionViewSet(SnippetViewSet):
    model = WebhookSubscription
    icon = "link-external"
    menu_label = _("Webhooks")
    list_display = ["name", "url", "active"]


class WebhookDeliveryViewSet(SnippetViewSet):
    """The delivery log: read it in the admin (administrators and moderators); deliveries are
    created by content events and "send test event" only."""

    model = WebhookDelivery
    icon = "list-ul"
    menu_label = _("Webhook log")
    list_display = ["action", "subscription", "status", "attempts", "last_response_code", "created_at"]
    list_filter = ["status", "action"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "subscription",
        "action",
        "event_id",
        "status",
        "attempts",
        "attempt_history",
        "next_attempt_at",
        "last_response_code",
        "last_error",
        "created_at",
        "delivered_at",
        "payload",
    ]


class CommemorationViewSet(SnippetViewSet):
    """Days the Alliance marks again and again, shown on the editorial calendar."""

    model = Commemoration
    icon = "date"
    menu_label = _("Commemorations")
    list_display = ["name", "month", "day", "every_years", "first_year"]


class GlossaryViewSet(SnippetViewSet):
    """How the Alliance translates its terms: applied by DeepL, checked in the translation editor."""

    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Glossary")
    list_display = ["source_term", "target_term", "source_language", "target_language"]
    list_filter = ["target_language"]
    search_fields = ["source_term", "target_term"]


register_snippet(GlossaryViewSet)
register_snippet(WebhookSubscriptionViewSet)
register_snippet(WebhookDeliveryViewSet)
register_snippet(CommemorationViewSet)


def publish_url(user, release):
    if release.is_open and user.has_perm("editorial.publish_release"):
        return reverse("releases:publish", args=(release.pk,))
    return None


def preview_url(release):
    return reverse("releases:preview", args=(release.pk,)) if release.is_open else None


class ReleaseIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if url := publish_url(self.request.user, instance):
            buttons.append(ListingButton(_("Publish now"), url, icon_name="upload", priority=5))
        if url := preview_url(instance):
            buttons.append(ListingButton(_("Preview the release"), url, icon_name="view", priority=6))
        return buttons


class ReleaseEditView(generic.EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if url := publish_url(self.request.user, self.object):
            buttons.append(Button(_("Publish now"), url=url, icon_name="upload", priority=5))
        if url := preview_url(self.object):
            buttons.append(Button(_("Preview the release"), url=url, icon_name="view", priority=6))
        return buttons


class ReleaseViewSet(ModelViewSet):
    """Releases: pages in any language that go live together, by hand or at a set time."""

    model = Release
    index_view_class = ReleaseIndexView
    edit_view_class = ReleaseEditView
    icon = "calendar-check"
    menu_label = _("Releases")
    menu_order = 150
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["name", "scheduled_at", "status", "published_at", "last_error"]
    list_filter = ["status"]
    search_fields = ["name"]
    inspect_view_fields = ["name", "scheduled_at", "status", "readiness", "last_error", "published_at", "published_by"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/publish/", ReleasePublishView.as_view(), name="publish"),
            path("<int:pk>/preview/", ReleasePreviewView.as_view(), name="preview"),
        ]


@hooks.register("register_admin_viewset")
def register_release_viewset():
    return ReleaseViewSet("releases")


@hooks.register("register_admin_urls")
def translation_admin_urls():
    return [
        path("reports/translation-status/", TranslationStatusReportView.as_view(), name="translation_status_report"),
        path("editorial-calendar/", EditorialCalendarView.as_view(), name="editorial_calendar"),
        path("translations/sources/", TranslationSourcesView.as_view(), name="translation_sources"),
        path("translations/sources/<int:page_id>/", TranslationSourcesView.as_view(), name="translation_sources"),
        path(
            "translations/<int:page_id>/submit-for-review/",
            submit_translation_for_review,
            name="submit_translation_for_review",
        ),
        path(
            "translations/snippets/<str:app_label>/<str:model_name>/<str:pk>/submit-for-review/",
            submit_snippet_translation_for_review,
            name="submit_snippet_translation_for_review",
        ),
        path("webhooks/<int:pk>/send-test-event/", send_test_webhook, name="send_test_webhook"),
        path("translations/<int:translation_id>/progress/", translation_progress, name="translation_progress"),
        # wagtail-localize's own addresses, answered first by our subclasses of its views (this
        # app's hooks run before wagtail-localize's): its links and buttons need no change.
        path("localize/submit/page/<int:page_id>/", SubmitPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslationView.as_view(),
        ),
        path("localize/update/<int:translation_source_id>/", UpdateTranslationsView.as_view()),
    ]


def refuse_to_publish_untranslated_text(request, instance):
    """The translation editor's "Publish" (a POST with action=publish): refused with a clear
    message while strings are untranslated, before wagtail-localize would publish the gaps in
    the source language (``editorial.localize`` keeps it a draft anyway) and call it published."""
    from wagtail.models import Page
    from wagtail.snippets.permissions import get_permission_name

    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if isinstance(instance, Page):
        may_publish = instance.permissions_for_user(request.user).can_publish()
    else:
        may_publish = request.user.has_perm(get_permission_name("publish", type(instance)))
    if not may_publish:
        return None  # wagtail-localize refuses it
    translation = managed_translation(instance)
    if translation is None:
        return None
    if missing := untranslated_strings(translation.source, translation.target_locale):
        messages.error(
            request,
            ngettext(
                "Not published: %(count)s string is not translated yet.",
                "Not published: %(count)s strings are not translated yet.",
                missing,
            )
            % {"count": missing},
        )
        return redirect(request.get_full_path())
    return None


hooks.register("before_edit_page", refuse_to_publish_untranslated_text)
hooks.register("before_edit_snippet", refuse_to_publish_untranslated_text)


@hooks.register("register_snippet_listing_buttons")
def webhook_test_button(snippet, user, next_url=None):
    if isinstance(snippet, WebhookSubscription) and user.has_perm("editorial.change_webhooksubscription"):
        url = reverse("send_test_webhook", args=(snippet.pk,))
        yield ListingButton(
            _("Send test event"),
            url,
            icon_name="resubmit",
            priority=50,
            # A POST with the CSRF token (Wagtail's action controller), not a link to follow.
            attrs={"data-controller": "w-action", "data-action": "w-action#post", "data-w-action-url-value": url},
        )


@hooks.register("register_page_header_buttons")
def submit_translation_button(page, user, view_name=None, next_url=None):
    """On a translated page: "Submit translation for review" for those who cannot publish."""
    from wagtail.admin.widgets import Button

    permissions = page.permissions_for_user(user)
    if permissions.can_publish() or not permissions.can_edit():
        return
    if managed_translation(page) is not None:
        yield Button(
            _("Submit translation for review"),
            reverse("submit_translation_for_review", args=(page.pk,)),
            icon_name="resubmit",
            priority=5,
            attrs={
                "data-controller": "w-action",
                "data-w-action-url-value": reverse("submit_translation_for_review", args=(page.pk,)),
            },
        )


class SubmitToPageTypeWorkflowMenuItem(SubmitForModerationMenuItem):
    """ "Submit to News review" on the add form of a page type with its own workflow, where
    Wagtail names the parent page's workflow (the page enters its type's, BasePage.get_workflow)."""

    def __init__(self, workflow, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.workflow = workflow

    def is_shown(self, context):
        return getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["label"] = _("Submit to %(workflow_name)s") % {"workflow_name": self.workflow.name}
        return context


@hooks.register("construct_page_action_menu")
def name_the_page_types_workflow(menu_items, request, context):
    if context.get("view") != "create" or request.resolver_match is None:
        return
    kwargs = request.resolver_match.kwargs
    try:
        content_type = ContentType.objects.get_by_natural_key(
            kwargs["content_type_app_name"], kwargs["content_type_model_name"]
        )
    except (KeyError, ContentType.DoesNotExist):
        return
    workflow_name = page_types_with_own_workflow().get(content_type.model_class())
    if workflow_name is None:
        return
    workflow = Workflow.objects.get(name=workflow_name)
    for position, item in enumerate(menu_items):
        if item.name == "action-submit":
            menu_items[position] = SubmitToPageTypeWorkflowMenuItem(workflow, order=item.order)


@hooks.register("register_reports_menu_item")
def translation_status_report_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status_report"), icon_name="globe", order=800)


@hooks.register("construct_homepage_panels")
def translator_panel(request, panels):
    from editorial.translator_desk import TranslatorPanel

    if request.user.has_perm("wagtail_localize.submit_translation"):
        panels.append(TranslatorPanel(request.user))


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_admin_menu_item")
def translations_menu_item():
    return TranslationsMenuItem(
        _("Pages to translate"), reverse("translation_sources"), icon_name="wagtail-localize-language", order=250
    )


@hooks.register("register_admin_menu_item")
def editorial_calendar_menu_item():
    return MenuItem(_("Editorial calendar"), reverse("editorial_calendar"), icon_name="date", order=260)
