"""What a new application sets off: an e-mail to the Alliance's membership staff and a
webhook event (without the applicant's personal data) for subscriptions that want it."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from editorial.organisation import MEMBERSHIP_STAFF
from editorial.webhooks import all_language_codes, record_event

logger = logging.getLogger("membership")


def staff_addresses():
    """The e-mail addresses of the active members of the membership staff group."""
    users = get_user_model().objects.filter(groups__name=MEMBERSHIP_STAFF, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def send_staff_email(application):
    """Tell the membership staff (in the CMS's default language) that ``application`` arrived.
    A failure to send is logged: the application is stored whatever happens to the mail."""
    recipients = staff_addresses()
    if not recipients:
        logger.warning(
            "No active user with an e-mail in %r: application %s not announced.", MEMBERSHIP_STAFF, application
        )
        return
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "membership_applications:edit", args=[application.pk]
    )
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New membership application: %(authority)s") % {"authority": application.authority_name}
        body = "\n".join(
            [
                _("%(authority)s (%(kind)s, %(country)s) applies to take part in the Alliance.")
                % {
                    "authority": application.authority_name,
                    "kind": application.get_kind_display(),
                    "country": application.country.name,
                },
                "",
                _("Reference: %(reference)s") % {"reference": application.reference},
                _("Contact: %(name)s, %(role)s") % {"name": application.contact_name, "role": application.contact_role},
                "",
                _("Review it in the CMS: %(url)s") % {"url": admin_url},
            ]
        )
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:
        logger.exception("Could not e-mail the membership staff about application %s", application)


def application_payload(application, action):
    return {
        "action": action,
        "occurred_at": timezone.now().isoformat(),
        "languages": all_language_codes(),
        "application": {
            "reference": application.reference,
            "authority": application.authority_name,
            "kind": application.kind,
            "country": application.country.code,
            "language": application.language,
        },
    }


def announce(application):
    """Queue the webhook event inside the current transaction and the staff e-mail after it."""
    record_event("application.received", application_payload, application)
    transaction.on_commit(lambda: send_staff_email(application))
