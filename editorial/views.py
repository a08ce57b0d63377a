"""Admin views of the editorial app: the translation status report, "submit translation for
review", "send test event" of webhooks, "publish now" of releases, and the editorial calendar
(with its private iCalendar feed)."""

from datetime import date, timedelta

from django.apps import apps
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page, TranslatableMixin, WorkflowMixin, WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views import submit_translations, update_translations

from editorial.localize import (
    held_back_translations,
    managed_translation,
    translation_locales,
    untranslated_strings,
)
from editorial.translation import OUTDATED, STATUS_LABELS, STATUSES, translation_statuses


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    """Reports → Translation status: per language, the counts of each state and the pages
    whose translation is outdated (or, with ?status=, in another state)."""

    template_name = "editorial/translation_status_report.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def editable(self, page):
        return page is not None and page.permissions_for_user(self.request.user).can_edit()

    def get_context_data(self, **kwargs):
        from editorial.translator_desk import action_for, source_locale, source_pages

        context = super().get_context_data(**kwargs)
        locales = Locale.objects.exclude(pk=source_locale().pk).order_by("language_code")
        chosen_status = self.request.GET.get("status") if self.request.GET.get("status") in STATUSES else OUTDATED
        chosen = locales.filter(language_code=self.request.GET.get("locale")).first() or locales.first()
        sources = list(source_pages())
        reports = []
        for locale in locales:
            items = translation_statuses(sources, locale, include_drafts=True)
            reports.append(
                {
                    "locale": locale,
                    "counts": {status: sum(1 for item in items if item.status == status) for status in STATUSES},
                    "items": [
                        (
                            item,
                            action_for(self.request.user, item),
                            self.editable(item.source),
                            self.editable(item.translation),
                        )
                        for item in items
                        if item.status == chosen_status
                    ]
                    if locale == chosen
                    else [],
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
    translation = managed_translation(instance)
    if translation is None:
        messages.error(request, _("This is not a translation managed in the translation editor."))
        return False
    if missing := untranslated_strings(translation.source, translation.target_locale):
        # Reviewers approve what the public will read: a text with gaps (which wagtail-localize
        # fills with the source language) is never published, so it is not reviewed either.
        messages.error(
            request,
            ngettext(
                "Not submitted: %(count)s string is not translated yet.",
                "Not submitted: %(count)s strings are not translated yet.",
                missing,
            )
            % {"count": missing},
        )
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


class TranslatorLocalesMixin:
    """wagtail-localize's "Translate" forms offer, and accept, only the languages the user
    translates into (``editorial.localize.translation_locales``)."""

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=translation_locales(self.request.user).values("pk"))
        return form


class SubmitPageTranslationView(TranslatorLocalesMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(TranslatorLocalesMixin, submit_translations.SubmitSnippetTranslationView):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", saying which translations were not published
    because strings are untranslated (they are kept as drafts, ``editorial.localize``)."""

    def get_form(self):
        form = super().get_form()
        form.fields["publish_translations"].help_text = _(
            "Apply the updates and publish the translations whose every string is translated. The others "
            "keep their published text and wait as drafts until their translators finish them."
        )
        return form

    def form_valid(self, form):
        with held_back_translations() as held:
            response = super().form_valid(form)
        for item in held:
            messages.warning(self.request, str(item))
        return response


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


class OpenReleaseView(WagtailAdminTemplateMixin, TemplateView):
    """A screen about one open release, for users with ``permission``: its pages, each with
    what stops it from being published (``items``: [(item, problem or "")])."""

    permission = None

    def dispatch(self, request, pk):
        from editorial.models import Release

        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.release = get_object_or_404(Release, pk=pk, status=Release.Status.OPEN)
        return super().dispatch(request, pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = self.release.items.select_related("page", "page__locale", "revision")
        context.update(release=self.release, items=[(item, item.problem()) for item in items])
        return context


class ReleasePublishView(OpenReleaseView):
    """Releases → Publish now: each page and whether it is ready; POST publishes them all."""

    template_name = "editorial/release_publish.html"
    header_icon = "upload"
    permission = "editorial.publish_release"

    def get_page_title(self):
        return _("Publish release “%(name)s”") % {"name": self.release.name}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["ready"] = not any(problem for _item, problem in context["items"])
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


class TranslationSourcesView(WagtailAdminTemplateMixin, TemplateView):
    """Translations → Pages to translate: the source language's page tree, read-only, with the
    state of each page in the viewer's languages and the action they may take (Translate,
    Update, Continue, Review). Wagtail has no "view" page permission, so translators, whose
    page rights are on their own language's tree, browse the sources here."""

    template_name = "editorial/translation_sources.html"
    page_title = _("Pages to translate")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, page_id=None):
        from editorial.translator_desk import source_locale

        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        pages = Page.objects.filter(locale=source_locale())
        if page_id is None:
            self.parent = pages.filter(depth=2).first() or Page.get_first_root_node()
        else:
            self.parent = get_object_or_404(pages, pk=page_id)
        return super().dispatch(request, page_id)

    def locales(self):
        return [locale for locale in translation_locales(self.request.user) if locale.pk != self.parent.locale_id]

    def rows(self, pages, locales):
        from editorial.translator_desk import action_for

        statuses = {locale.pk: translation_statuses(pages, locale, include_drafts=True) for locale in locales}
        return [
            (
                page,
                [
                    (item, action_for(self.request.user, item))
                    for item in (statuses[locale.pk][index] for locale in locales)
                ],
            )
            for index, page in enumerate(pages)
        ]

    def get_breadcrumbs_items(self):
        items = [*super().get_breadcrumbs_items(), {"url": reverse("translation_sources"), "label": self.page_title}]
        for ancestor in self.parent.get_ancestors(inclusive=True).filter(depth__gt=2):
            items.append({"url": reverse("translation_sources", args=(ancestor.pk,)), "label": ancestor.title})
        return items

    def get_page_subtitle(self):
        return self.parent.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = self.locales()
        children = list(self.parent.get_children().live().order_by("path"))
        with_children = set(
            Page.objects.filter(pk__in=[page.pk for page in children], numchild__gt=0).values_list("pk", flat=True)
        )
        context.update(
            locales=locales,
            parent_row=self.rows([self.parent], locales)[0] if self.parent.depth > 1 else None,
            rows=self.rows(children, locales),
            with_children=with_children,
        )
        return context


def translation_progress(request, translation_id):
    """{"missing": untranslated strings, "message": saying so}: the translation editor's action bar asks it
    after each change, to enable its main action once every string is translated."""
    from django.http import JsonResponse

    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=translation_id)
    instance = translation.get_target_instance()
    if isinstance(instance, Page):
        allowed = instance.permissions_for_user(request.user).can_edit()
    else:
        allowed = request.user.has_perm(get_permission_name("change", type(instance)))
    if not allowed:
        raise PermissionDenied
    missing = untranslated_strings(translation.source, translation.target_locale)
    message = ngettext("%(count)s string still to translate.", "%(count)s strings still to translate.", missing) % {
        "count": missing
    }
    return JsonResponse({"missing": missing, "message": message if missing else ""})


# The admin shows a month; the subscribed feed what was due lately and the coming year.
CALENDAR_FEED_PAST_DAYS = 31
CALENDAR_FEED_FUTURE_DAYS = 366


class EditorialCalendarView(WagtailAdminTemplateMixin, TemplateView):
    """Editorial calendar: a month of scheduled go-lives, planned ones not approved yet,
    expiries, releases and commemorations, with the user's private iCalendar address."""

    template_name = "editorial/editorial_calendar.html"
    page_title = _("Editorial calendar")
    header_icon = "date"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def month(self):
        try:
            year, month = (int(part) for part in self.request.GET.get("month", "").split("-"))
            return date(year, month, 1)
        except (TypeError, ValueError):
            return timezone.localdate().replace(day=1)

    def get_context_data(self, **kwargs):
        from editorial.calendar import calendar_entries, calendar_token

        context = super().get_context_data(**kwargs)
        first = self.month()
        following = (first + timedelta(days=32)).replace(day=1)
        entries = calendar_entries(first, following - timedelta(days=1))
        days = {}
        for entry in entries:
            days.setdefault(entry.day, []).append(entry)
        feed_path = reverse("editorial_calendar_ics", args=(calendar_token(self.request.user),))
        context.update(
            month=first,
            previous_month=(first - timedelta(days=1)).replace(day=1),
            next_month=following,
            days=sorted(days.items()),
            feed_url=self.request.build_absolute_uri(feed_path),
        )
        return context


class ReleasePreviewView(OpenReleaseView):
    """Releases → Preview the release: one signed token that shows every page of the release,
    in every language, as the public will see it once it is published (``X-Release-Preview``),
    and the link to the preview frontend (HEADLESS_PREVIEW_URL) with it."""

    template_name = "editorial/release_preview.html"
    header_icon = "view"
    permission = "editorial.view_release"

    def dispatch(self, request, pk):
        response = super().dispatch(request, pk)
        response["Referrer-Policy"] = "no-referrer"  # the page shows a token
        return response

    def get_page_title(self):
        return _("Preview release “%(name)s”") % {"name": self.release.name}

    def get_context_data(self, **kwargs):
        from django.conf import settings

        from api.preview import url_with_query
        from editorial.release_preview import make_release_token

        context = super().get_context_data(**kwargs)
        token = make_release_token(self.release)
        target = settings.HEADLESS_PREVIEW_URL
        context.update(
            token=token,
            frontend_url=url_with_query(target, {"release": token}) if target else None,
            graphql_url=self.request.build_absolute_uri(reverse("graphql")),
        )
        return context


def editorial_calendar_ics(request, token):
    """The editorial calendar of the coming year as iCalendar, for the editor whose secret
    address this is (calendar applications cannot sign in)."""
    import icalendar

    from editorial.calendar import absolute_admin_url, calendar_entries, user_for_token

    if user_for_token(token) is None:
        raise Http404
    today = timezone.localdate()
    entries = calendar_entries(
        today - timedelta(days=CALENDAR_FEED_PAST_DAYS), today + timedelta(days=CALENDAR_FEED_FUTURE_DAYS)
    )
    document = icalendar.Calendar()
    document.add("prodid", "-//Council of Europe//Alliance CMS editorial calendar//EN")
    document.add("version", "2.0")
    document.add("x-wr-calname", str(_("Editorial calendar")))
    stamp = timezone.now()
    for entry in entries:
        event = icalendar.Event()
        event.add("uid", f"{entry.uid}@alliance-cms-editorial")
        event.add("dtstamp", stamp)
        language = f" [{entry.language}]" if entry.language else ""
        event.add("summary", f"{entry.kind_label}: {entry.title}{language}")
        if entry.at is not None:
            event.add("dtstart", entry.at)
            event.add("dtend", entry.at + timedelta(minutes=15))
        else:
            event.add("dtstart", entry.day)
            event.add("dtend", entry.day + timedelta(days=1))
        if entry.admin_url:
            event.add("url", absolute_admin_url(entry.admin_url))
        if entry.note:
            event.add("description", entry.note)
        document.add_component(event)
    response = HttpResponse(document.to_ical(), content_type="text/calendar; charset=utf-8")
    # A private address: never kept by a shared cache, never indexed.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
