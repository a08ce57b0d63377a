from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LoadersConfig(AppConfig):
    """Bulk content loaders: the demo site (``load_demo_content``) and the importer of the
    former website (``import_legacy_site``). They use every content app, so they sit above them."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "loaders"
    verbose_name = _("Content loaders")
