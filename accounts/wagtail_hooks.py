from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts import views
from accounts.two_factor import has_confirmed_device


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/setup/", views.setup, name="two_factor_setup"),
        path("two-factor/verify/", views.verify_code, name="two_factor_verify"),
        path("two-factor/disable/", views.disable, name="two_factor_disable"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Two-factor authentication: on")
        if has_confirmed_device(request.user)
        else _("Set up two-factor authentication"),
        "help_text": _("Sign in with a code from an authenticator app on your phone as well as your password."),
    }
