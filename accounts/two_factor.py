"""Two-factor authentication (TOTP) for admin accounts, on django-otp.

Optional for everyone (Account → Two-factor authentication); required for superusers and the
members of ADMIN_2FA_REQUIRED_GROUPS when that setting names groups. A user with a confirmed
device signs in with their password and then a six-digit code; until then the session is not
"verified" and counts as signed out everywhere but the code page.
"""

from django.conf import settings
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator app"


def is_required_for(user):
    """Whether ``user`` must use two-factor authentication (a setting names their group)."""
    groups = settings.ADMIN_2FA_REQUIRED_GROUPS
    if not groups or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name__in=groups).exists()


def has_confirmed_device(user):
    return user.is_authenticated and user_has_device(user, confirmed=True)


def pending_device(user):
    """The user's unconfirmed authenticator (created now if none): shown as a QR code until a
    first code confirms it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def verify(user, token, confirmed=True):
    """The device of ``user`` that accepts ``token`` (django-otp throttles repeated failures),
    or None."""
    token = "".join(str(token or "").split())
    if not token.isdigit():
        return None
    for device in TOTPDevice.objects.filter(user=user, confirmed=confirmed):
        if device.verify_is_allowed()[0] and device.verify_token(token):
            return device
    return None
