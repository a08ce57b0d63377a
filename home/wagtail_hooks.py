"""Admin registration of the site-wide snippets."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Member, TerminologyNote, WebhookDelivery, WebhookSubscription
from home.views import TranslationStatusReportView


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "group"
    menu_label = _("Members")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "kind", "country", "joined_on"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]


class TerminologyNoteViewSet(SnippetViewSet):
    model = TerminologyNote
    icon = "info-circle"
    list_display = ["term"]


register_snippet(MemberViewSet)
register_snippet(TerminologyNoteViewSet)


class WebhookSubscriptionViewSet(SnippetViewSet):
    model = WebhookSubscription
    icon = "link-external"
    menu_label = _("Webhooks")
    list_display = ["name", "url", "active"]


class WebhookDeliveryViewSet(SnippetViewSet):
    """The delivery log: read it in the admin; deliveries are created by page events only."""

    model = WebhookDelivery
    icon = "list-ul"
    menu_label = _("Webhook log")
    list_display = ["action", "subscription", "status", "attempts", "last_response_code", "created_at"]
    list_filter = ["status", "action"]
    inspect_view_enabled = True


register_snippet(WebhookSubscriptionViewSet)
register_snippet(WebhookDeliveryViewSet)


@hooks.register("register_admin_urls")
def translation_status_report_urls():
    return [path("reports/translation-status/", TranslationStatusReportView.as_view(), name="translation_status_report")]


@hooks.register("register_reports_menu_item")
def translation_status_report_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status_report"), icon_name="globe", order=800)
