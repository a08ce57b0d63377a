from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The public API's foundation and its own records (safelisted queries, API keys,
    preview snapshots, image alt texts).

    It imports no app: apps register with it. At start-up it loads every installed app's
    ``schema`` module (as Django's admin loads ``admin`` modules), where page types register
    themselves with ``api.registry``."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "api"
    label = "api"
    verbose_name = _("Public API")

    def ready(self):
        from api import signals

        signals.connect()
        autodiscover_modules("schema")
