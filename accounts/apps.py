from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Admin accounts: two-factor authentication, the sign-in lock-out page."""

    name = "accounts"
    verbose_name = _("Accounts")
