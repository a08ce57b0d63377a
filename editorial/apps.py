from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """How content gets reviewed, translated and announced: the editorial groups and
    workflows, the translation integrity rules and status, and webhooks."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = _("Editorial workflow and translation")

    def ready(self):
        from api.registry import registry
        from editorial import localize, organisation, release_preview, translation, webhooks

        localize.install()
        organisation.translate_workflow_names()
        webhooks.connect()
        registry.set_translation_statuses(translation.statuses_by_page)
        registry.set_release_preview(release_preview.previewing_release)
