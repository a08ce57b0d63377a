"""Applications of local and regional authorities to take part in the Alliance.

They arrive through the public API (``applyForMembership``), are reviewed by the Alliance's
staff in the admin (Membership applications), and hold personal data: each is deleted once it
has not changed for ``MEMBERSHIP_APPLICATION_RETENTION_DAYS`` (``delete_expired_applications``).
"""

import hashlib
import json
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from home.models import Member

# The longest texts an applicant may send (the API answers a field error beyond them).
MOTIVATION_MAX_LENGTH = 5000


def new_reference():
    """A short reference the applicant can quote (not guessable, unlike the row id)."""
    return "APP-" + secrets.token_hex(4).upper()


class MembershipApplicationQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Applications unchanged for longer than the retention period."""
        now = now or timezone.now()
        return self.filter(updated_at__lt=now - timedelta(days=settings.MEMBERSHIP_APPLICATION_RETENTION_DAYS))


class MembershipApplication(models.Model):
    """One authority's application to take part in the Alliance, and its review."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        UNDER_REVIEW = "under_review", _("Under review")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    reference = models.CharField(_("reference"), max_length=12, unique=True, default=new_reference, editable=False)
    authority_name = models.CharField(_("authority"), max_length=255)
    kind = models.CharField(_("kind"), max_length=12, choices=Member.Kind.choices)
    country = CountryField(_("country"))
    contact_name = models.CharField(_("contact person"), max_length=255)
    contact_role = models.CharField(_("role"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)
    motivation = models.TextField(_("motivation"), max_length=MOTIVATION_MAX_LENGTH)
    consent_given_at = models.DateTimeField(
        _("consent to data processing given"), help_text=_("When the applicant agreed to the processing of their data.")
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)

    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True)
    notes = models.TextField(_("notes"), blank=True, help_text=_("For the Alliance's staff only."))
    member = models.ForeignKey(
        Member,
        verbose_name=_("member created"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True, db_index=True)

    # A double submit (the same key) stores one application; the digest tells a replay of the
    # same submission from a different one reusing the key.
    idempotency_key = models.CharField(max_length=100, unique=True, editable=False)
    submission_digest = models.CharField(max_length=64, editable=False)

    objects = MembershipApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.authority_name} ({self.reference})"

    @staticmethod
    def digest(data):
        """A stable digest of a submission's fields."""
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()

    def accept(self, user=None):
        """Mark accepted and create the authority as a draft member in every language (once):
        the default language's draft, and a wagtail-localize translation draft for each other
        language, for editors and translators to complete and publish."""
        from wagtail.models import Locale
        from wagtail_localize.operations import TranslationCreator

        self.status = self.Status.ACCEPTED
        self.decided_at = self.decided_at or timezone.now()
        if self.member_id is None:
            default_locale = Locale.get_default()
            member = Member(
                locale=default_locale,
                name=self.authority_name,
                kind=self.kind,
                country=self.country,
                website=self.website,
                live=False,
            )
            member.save()
            member.save_revision(user=user, log_action=True)
            TranslationCreator(user, Locale.objects.exclude(pk=default_locale.pk)).create_translations(member)
            self.member = member
        self.save()
