"""Two-factor authentication screens of the admin: set up, give the code, switch off."""

import base64

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.forms import CodeForm
from accounts.two_factor import has_confirmed_device, is_required_for, pending_device, verify


def next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return "wagtailadmin_home"


def setup(request):
    """Show the QR code of a new authenticator; the first code it gives confirms it."""
    if has_confirmed_device(request.user):
        return TemplateResponse(request, "accounts/two_factor_status.html", {"required": is_required_for(request.user)})
    device = pending_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        confirmed = verify(request.user, form.cleaned_data["code"], confirmed=False)
        if confirmed is not None:
            confirmed.confirmed = True
            confirmed.save(update_fields=["confirmed"])
            otp_login(request, confirmed)
            messages.success(request, _("Two-factor authentication is on. Sign-ins will ask for a code."))
            return redirect(next_url(request))
        form.add_error("code", _("This code is not the one the app shows now. Try the next one."))
    qr_code = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return TemplateResponse(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr_code": qr_code.to_string(encoding="unicode"),
            "secret": _base32(device.bin_key),
            "required": is_required_for(request.user),
            "next": request.GET.get("next", ""),
        },
    )


def _base32(key):
    """The secret as authenticator apps take it typed in."""
    return base64.b32encode(key).decode().rstrip("=")


def verify_code(request):
    """The second step of signing in: the code of the user's authenticator."""
    if request.user.is_verified() or not has_confirmed_device(request.user):
        return redirect(next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = verify(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(next_url(request))
        form.add_error("code", _("This code is not valid. Check the time on your phone, and try the next one."))
    return TemplateResponse(
        request, "accounts/two_factor_verify.html", {"form": form, "next": request.GET.get("next", "")}
    )


@require_POST
def disable(request):
    """Switch two-factor authentication off (not where the user's group requires it)."""
    if is_required_for(request.user):
        messages.error(request, _("Your role requires two-factor authentication: it cannot be switched off."))
    else:
        TOTPDevice.objects.filter(user=request.user).delete()
        messages.success(request, _("Two-factor authentication is off."))
    return redirect("wagtailadmin_account")
