"""Admin views of the home app."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from cms.api.visibility import api_page_models
from home.translation import OUTDATED, STATUSES, translation_statuses


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    """Reports → Translation status: per language, the counts of each state and the pages
    whose translation is outdated (or, with ?status=, in another state)."""

    template_name = "home/translation_status_report.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        locales = Locale.objects.exclude(pk=source_locale.pk).order_by("language_code")
        chosen_status = self.request.GET.get("status") if self.request.GET.get("status") in STATUSES else OUTDATED
        chosen = locales.filter(language_code=self.request.GET.get("locale")).first() or locales.first()
        sources = (
            Page.objects.live().filter(locale=source_locale).type(*api_page_models().values()).order_by("path")
        )
        reports = []
        for locale in locales:
            items = translation_statuses(sources, locale)
            reports.append(
                {
                    "locale": locale,
                    "counts": {status: sum(1 for item in items if item.status == status) for status in STATUSES},
                    "items": [item for item in items if item.status == chosen_status] if locale == chosen else [],
                }
            )
        context.update(reports=reports, chosen=chosen, chosen_status=chosen_status, statuses=STATUSES)
        return context
