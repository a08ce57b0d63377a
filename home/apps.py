from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_configured_locales(sender, using="default", **kwargs):
    """Give every language in WAGTAIL_CONTENT_LANGUAGES its Locale row, so that enabling a
    language is a settings change plus ``migrate``. Locales are never deleted here: removing
    one is an editorial decision taken in Settings → Locales."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Home and site")

    def ready(self):
        from api.signals import invalidate_on_change
        from home.models import (
            ContactPoint,
            ContactSettings,
            ContactSettingsText,
            Member,
            SocialMediaSettings,
            TagLabel,
            TerminologyNote,
        )

        post_migrate.connect(create_configured_locales, sender=self)
        # Snippets, settings and tag labels can appear in any API answer.
        invalidate_on_change(
            Member, TerminologyNote, ContactSettings, ContactSettingsText, ContactPoint, SocialMediaSettings, TagLabel
        )
