from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The public API's own records: the safelist of persisted queries."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "cms.api"
    label = "api"
    verbose_name = _("Public API")
