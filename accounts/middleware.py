"""Sign-in middleware."""

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from accounts.two_factor import has_confirmed_device, is_required_for


class TwoFactorMiddleware:
    """After django-otp's OTPMiddleware: a signed-in user who has an authenticator (or must have
    one) but has not given a code in this session is sent to the code page (or to set one up)
    from the admin, and counts as signed out everywhere else (the API, previews)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.paths = None

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return self.get_response(request)
        if self.paths is None:
            self.paths = {
                "admin": (reverse("wagtailadmin_home"), reverse("admin:index")),
                "open": {
                    reverse("two_factor_verify"),
                    reverse("two_factor_setup"),
                    reverse("wagtailadmin_logout"),
                    reverse("wagtailadmin_javascript_catalog"),
                },
            }
        if has_confirmed_device(user):
            target = "two_factor_verify"
        elif is_required_for(user):
            target = "two_factor_setup"
        else:
            return self.get_response(request)
        if request.path in self.paths["open"]:
            return self.get_response(request)
        if request.path.startswith(self.paths["admin"]):
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        request.user = AnonymousUser()
        return self.get_response(request)
