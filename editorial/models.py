"""Records of the editorial app: what each translated revision was made from, webhook
subscriptions (managed in the admin) and the log of every delivery.

These models moved here from ``home`` and keep their tables (``db_table``)."""

import secrets
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


def new_secret():
    return secrets.token_hex(32)


class WebhookSubscription(models.Model):
    """An external site that wants to hear when content changes (to rebuild or purge its cache)."""

    name = models.CharField(_("name"), max_length=255)
    url = models.URLField(_("URL"), help_text=_("Receives a signed JSON POST for each event."))
    secret = models.CharField(
        _("signing secret"),
        max_length=128,
        default=new_secret,
        help_text=_("Shared with the subscriber to verify the X-Alliance-Signature header."),
    )
    on_publish = models.BooleanField(_("published"), default=True, help_text=_("Pages, members, terminology notes."))
    on_unpublish = models.BooleanField(_("unpublished"), default=True)
    on_delete = models.BooleanField(_("deleted"), default=True)
    on_move = models.BooleanField(_("page moved"), default=True)
    on_media = models.BooleanField(_("images and documents"), default=True, help_text=_("Saved or deleted."))
    on_settings = models.BooleanField(_("site settings changed"), default=True)
    # Off by default: most subscribers are frontends that rebuild on content changes.
    on_applications = models.BooleanField(
        _("membership application received"),
        default=False,
        help_text=_("Reference, authority, kind, country and language only: never the contact's personal data."),
    )
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("secret"),
        MultiFieldPanel(
            [
                FieldPanel("on_publish"),
                FieldPanel("on_unpublish"),
                FieldPanel("on_delete"),
                FieldPanel("on_move"),
                FieldPanel("on_media"),
                FieldPanel("on_settings"),
                FieldPanel("on_applications"),
            ],
            heading=_("Events"),
        ),
        FieldPanel("active"),
    ]

    class Meta:
        db_table = "home_webhooksubscription"
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")
        ordering = ["name"]

    def __str__(self):
        return self.name

    # Event action -> the switch that subscribes to it ("test" events always go).
    SWITCHES = {
        "published": "on_publish",
        "snippet.published": "on_publish",
        "unpublished": "on_unpublish",
        "snippet.unpublished": "on_unpublish",
        "deleted": "on_delete",
        "snippet.deleted": "on_delete",
        "moved": "on_move",
        "image.saved": "on_media",
        "image.deleted": "on_media",
        "document.saved": "on_media",
        "document.deleted": "on_media",
        "settings.changed": "on_settings",
        "application.received": "on_applications",
    }

    def wants(self, action):
        if not self.active:
            return False
        return action == "test" or getattr(self, self.SWITCHES[action])


class WebhookDelivery(models.Model):
    """One event for one subscriber, and what happened when it was sent."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    event_id = models.UUIDField(_("event"), default=uuid.uuid4, editable=False)
    action = models.CharField(_("action"), max_length=30)
    payload = models.JSONField(_("payload"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), db_index=True)
    last_response_code = models.PositiveSmallIntegerField(_("last response code"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        db_table = "home_webhookdelivery"
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.action} → {self.subscription} ({self.get_status_display()})"


class TranslatedRevision(models.Model):
    """A page revision written by wagtail-localize from a version of its source.

    ``source_synced_at`` is the ``TranslationSource.last_updated_at`` the revision's strings were
    applied to: when the live revision of a translation was made from a source version older
    than the source page's last publication, the live translation is outdated.
    """

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, primary_key=True, related_name="translated_from"
    )
    source = models.ForeignKey("wagtail_localize.TranslationSource", on_delete=models.CASCADE, related_name="+")
    source_synced_at = models.DateTimeField(_("source version"))

    class Meta:
        db_table = "home_translatedrevision"
        verbose_name = _("translated revision")

    def __str__(self):
        return f"revision {self.revision_id} from source version {self.source_synced_at:%Y-%m-%d %H:%M:%S}"
