"""Admin views of the editorial app: the translation status report, "submit translation for
review", "send test event" of webhooks, and "publish now" of releases."""

from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page, TranslatableMixin, WorkflowMixin, WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation

from cms.api.visibility import api_page_models
from editorial.translation import OUTDATED, STATUS_LABELS, STATUSES, translation_statuses


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    """Reports → Translation status: per language, the counts of each state and the pages
    whose translation is outdated (or, with ?status=, in another state)."""

    template_name = "editorial/translation_status_report.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        locales = Locale.objects.exclude(pk=source_locale.pk).order_by("language_code")
        chosen_status = self.request.GET.get("status") if self.request.GET.get("status") in STATUSES else OUTDATED
        chosen = locales.filter(language_code=self.request.GET.get("locale")).first() or locales.first()
        sources = Page.objects.live().filter(locale=source_locale).type(*api_page_models().values()).order_by("path")
        reports = []
        for locale in locales:
            items = translation_statuses(sources, locale, include_drafts=True)
            reports.append(
                {
                    "locale": locale,
                    "counts": {status: sum(1 for item in items if item.status == status) for status in STATUSES},
                    "items": [item for item in items if item.status == chosen_status] if locale == chosen else [],
                }
            )
        context.update(
            reports=reports,
            chosen=chosen,
            chosen_status=chosen_status,
            chosen_label=STATUS_LABELS[chosen_status],
            statuses=list(STATUS_LABELS.items()),
        )
        return context


def submit_translation(request, instance):
    """Write the translated strings of ``instance`` (a page or snippet translation) into a draft
    and start, or resume, its review workflow. Returns False when it is not a managed
    translation (nothing was done)."""
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale=instance.locale, enabled=True
    ).first()
    if translation is None:
        messages.error(request, _("This is not a translation managed in the translation editor."))
        return False
    translation.save_target(user=request.user, publish=False)
    instance = type(instance).objects.get(pk=instance.pk)
    workflow = instance.get_workflow()
    workflow_state = instance.current_workflow_state
    if workflow is None:
        messages.error(request, _("No review workflow applies to this page."))
    elif workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        workflow_state.resume(request.user)
        messages.success(request, _("The translation was submitted for review again."))
    elif instance.workflow_in_progress:
        messages.success(request, _("The translation was saved; it is already in review."))
    else:
        workflow.start(instance, request.user)
        messages.success(request, _("The translation was submitted for review."))
    return True


@require_POST
def submit_translation_for_review(request, page_id):
    """A translator's "Submit for review" from the translation editor: write the translated
    strings into a draft of the page and start the page type's review workflow (translators
    cannot publish; moderators approve translations as they approve sources)."""
    page = get_object_or_404(Page, pk=page_id).specific
    permissions = page.permissions_for_user(request.user)
    if not (permissions.can_edit() and permissions.can_submit_for_moderation()):
        raise PermissionDenied
    submit_translation(request, page)
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_POST
def submit_snippet_translation_for_review(request, app_label, model_name, pk):
    """The same for a snippet with a review workflow (members, terminology notes)."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        raise Http404 from None
    if not (issubclass(model, WorkflowMixin) and issubclass(model, TranslatableMixin)) or not hasattr(
        model, "snippet_viewset"
    ):
        raise Http404
    instance = get_object_or_404(model, pk=pk)
    if not request.user.has_perm(get_permission_name("change", model)):
        raise PermissionDenied
    submit_translation(request, instance)
    return redirect(model.snippet_viewset.get_url_name("edit"), quote(instance.pk))


@require_POST
def send_test_webhook(request, pk):
    """Send a "test" event to one webhook subscription now, and say how it went."""
    from editorial.models import WebhookSubscription
    from editorial.webhooks import send_test_event

    if not request.user.has_perm("editorial.change_webhooksubscription"):
        raise PermissionDenied
    subscription = get_object_or_404(WebhookSubscription, pk=pk)
    delivery = send_test_event(subscription)
    if delivery.status == delivery.Status.DELIVERED:
        messages.success(request, _("Test event delivered to %(url)s.") % {"url": subscription.url})
    else:
        messages.error(
            request,
            _("The test event was not accepted: %(error)s. It will be retried; see the webhook log.")
            % {"error": delivery.last_error or delivery.last_response_code},
        )
    return redirect("wagtailsnippets_editorial_webhooksubscription:edit", quote(subscription.pk))


class ReleasePublishView(WagtailAdminTemplateMixin, TemplateView):
    """Releases → Publish now: each page and whether it is ready; POST publishes them all."""

    template_name = "editorial/release_publish.html"
    header_icon = "upload"

    def dispatch(self, request, pk):
        from editorial.models import Release

        if not request.user.has_perm("editorial.publish_release"):
            raise PermissionDenied
        self.release = get_object_or_404(Release, pk=pk, status=Release.Status.OPEN)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Publish release “%(name)s”") % {"name": self.release.name}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = self.release.items.select_related("page", "page__locale")
        context.update(
            release=self.release,
            items=[(item, item.problem()) for item in items],
            ready=not self.release.problems(),
        )
        return context

    def post(self, request, pk):
        from editorial.releases import ReleaseNotPublished, publish_release

        try:
            publish_release(self.release, user=request.user)
        except ReleaseNotPublished as refusal:
            messages.error(request, _("The release was not published: %(reason)s") % {"reason": refusal})
            return redirect("releases:publish", self.release.pk)
        messages.success(
            request,
            _("Release “%(name)s” published: %(count)s pages are live.")
            % {"name": self.release.name, "count": self.release.items.count()},
        )
        return redirect("releases:index")
