from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "practices"
    verbose_name = _("Good practices and strategy")

    def ready(self):
        from api.signals import invalidate_on_change
        from practices.models import Theme

        # A theme's name and slug appear in practices and their facets.
        invalidate_on_change(Theme)
