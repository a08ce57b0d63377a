"""Records of the editorial app: what each translated revision was made from, webhook
subscriptions (managed in the admin), the log of every delivery, and releases.

The models that moved here from ``home`` have their tables renamed to this app's (migration 0007)."""

import secrets
import uuid
from datetime import date

from django.conf import settings
from django.contrib.admin import display as admin_display
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable


def new_secret():
    return secrets.token_hex(32)


class WebhookSubscription(models.Model):
    """An external site that wants to hear when content changes (to rebuild or purge its cache),
    or one of the Alliance's own tools (chat, e-mail) that also hears of the review workflow."""

    class Audience(models.TextChoices):
        PARTNER = "partner", _("Partner site: public changes only")
        INTERNAL = "internal", _("Alliance tool: also the review workflow (drafts, comments)")

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
    audience = models.CharField(
        _("audience"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.PARTNER,
        help_text=_(
            "Workflow events carry drafts' titles, reviewers' names and comments: only the Alliance's own "
            "tools may receive them."
        ),
    )
    on_submitted = models.BooleanField(_("submitted for review"), default=False)
    on_approved = models.BooleanField(_("approved"), default=False, help_text=_("Each review task approved."))
    on_rejected = models.BooleanField(_("changes requested"), default=False, help_text=_("With the comment."))
    on_comment = models.BooleanField(_("comment added"), default=False, help_text=_("Comments and replies."))
    on_translation_submitted = models.BooleanField(_("translation submitted for review"), default=False)
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("secret"),
        FieldPanel("audience"),
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
        MultiFieldPanel(
            [
                FieldPanel("on_submitted"),
                FieldPanel("on_approved"),
                FieldPanel("on_rejected"),
                FieldPanel("on_comment"),
                FieldPanel("on_translation_submitted"),
            ],
            heading=_("Review workflow (Alliance tools only)"),
        ),
        FieldPanel("active"),
    ]

    class Meta:
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
        "release.published": "on_publish",
        "workflow.submitted": "on_submitted",
        "workflow.approved": "on_approved",
        "workflow.rejected": "on_rejected",
        "comment.added": "on_comment",
        "translation.submitted": "on_translation_submitted",
    }
    WORKFLOW_SWITCHES = ["on_submitted", "on_approved", "on_rejected", "on_comment", "on_translation_submitted"]

    def clean(self):
        super().clean()
        if self.audience != self.Audience.INTERNAL:
            chosen = [name for name in self.WORKFLOW_SWITCHES if getattr(self, name)]
            if chosen:
                raise ValidationError(
                    {
                        name: _("A partner site hears of public changes only: choose the audience “Alliance tool”.")
                        for name in chosen
                    }
                )

    def wants(self, action):
        if not self.active:
            return False
        if action == "test":
            return True
        switch = self.SWITCHES[action]
        # Never to a partner, whatever the switches say (set outside the form, say).
        if switch in self.WORKFLOW_SWITCHES and self.audience != self.Audience.INTERNAL:
            return False
        return getattr(self, switch)


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
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.action} → {self.subscription} ({self.get_status_display()})"

    @property
    def attempt_history(self):
        attempts = list(self.attempt_log.all())
        if not attempts:
            return "-"
        return format_html_join(mark_safe("<br>"), "{}", ((str(attempt),) for attempt in attempts))

    attempt_history.fget.short_description = _("attempts, one by one")


class WebhookAttempt(models.Model):
    """One try at sending a delivery: when, how long it took, what the receiver answered."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log")
    number = models.PositiveSmallIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("started"))
    duration_ms = models.PositiveIntegerField(_("duration (ms)"))
    response_code = models.PositiveSmallIntegerField(_("response code"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("webhook attempt")
        verbose_name_plural = _("webhook attempts")
        ordering = ["delivery", "number"]

    def __str__(self):
        outcome = f"HTTP {self.response_code}" if self.response_code else ""
        if self.error:
            outcome = f"{outcome} {self.error}".strip()
        return (
            f"#{self.number} {self.started_at:%Y-%m-%d %H:%M:%S} UTC, {self.duration_ms} ms: {outcome or 'no answer'}"
        )


class TranslatedRevision(models.Model):
    """A page revision written by wagtail-localize from a version of its source.

    ``source_synced_at`` is the ``TranslationSource.last_updated_at`` the revision's strings were
    applied to: when the live revision of a translation was made from a source version older
    than the source page's last publication, the live translation is outdated.

    ``source_content`` keeps the source's content at that version, for "what changed".

    ``strings_missing`` counts the source strings that had no translation when the revision was
    written: wagtail-localize fills them with the source language's text, so such a revision is
    never published (``editorial.localize``). Unknown (null) for revisions written before it was
    recorded.
    """

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, primary_key=True, related_name="translated_from"
    )
    source = models.ForeignKey("wagtail_localize.TranslationSource", on_delete=models.CASCADE, related_name="+")
    source_synced_at = models.DateTimeField(_("source version"))
    strings_missing = models.PositiveIntegerField(_("untranslated strings"), null=True, blank=True)
    # The source's content at that version (TranslationSource.content_json): what "what changed"
    # compares the source's live content with, after later syncs too. Empty before it was kept.
    source_content = models.TextField(_("source content"), blank=True, editable=False)

    class Meta:
        verbose_name = _("translated revision")

    def __str__(self):
        return f"revision {self.revision_id} from source version {self.source_synced_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def strings_missing_in(cls, revision):
        """The untranslated strings recorded for ``revision`` (0 when it was not written by
        wagtail-localize or nothing was missing)."""
        if revision is None or revision.pk is None:
            return 0
        recorded = cls.objects.filter(revision_id=revision.pk).values_list("strings_missing", flat=True)
        return next(iter(recorded), None) or 0


class Release(ClusterableModel):
    """Approved page revisions, in any language, published together (like Strapi's Releases and
    Contentful's Launch): by hand ("Publish now") or at ``scheduled_at`` (``publish_scheduled``).

    A page placed in an open release is not published when its review is approved: the approved
    revision is pinned on its item (``editorial.releases.finish_workflow``) and goes live with
    the rest of the release, in one transaction."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        PUBLISHED = "published", _("Published")

    name = models.CharField(_("name"), max_length=255)
    scheduled_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to publish the release by hand (Publish now)."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN, editable=False)
    last_error = models.TextField(_("why it was not published"), blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("scheduled_at", permission="editorial.publish_release"),
        InlinePanel("items", heading=_("Pages"), label=_("Page"), min_num=1),
    ]

    class Meta:
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        ordering = ["-created_at"]
        permissions = [("publish_release", _("Can publish and schedule releases"))]

    def __str__(self):
        return self.name

    @property
    def is_open(self):
        return self.status == self.Status.OPEN

    def problems(self):
        """[(item, why it cannot be published)] of the items that stop the release."""
        items = self.items.select_related("page", "page__locale", "revision")
        return [(item, problem) for item in items if (problem := item.problem())]

    @admin_display(description=_("pages"))
    def readiness(self):
        """Each page and where it stands, one per line (the inspect view shows it)."""
        return "\n".join(f"{item.label()}: {item.problem() or _('ready')}" for item in self.items.all())


class ReleaseItem(Orderable):
    """One page of a release, and the revision its review approved."""

    release = ParentalKey(Release, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("approved revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True, editable=False)

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("page of a release")
        constraints = [models.UniqueConstraint(fields=["release", "page"], name="one_item_per_page_and_release")]

    def label(self):
        return f"{self.page.title} ({self.page.locale.language_code})"

    def clean(self):
        if not self.page_id:
            return
        other = ReleaseItem.objects.filter(page_id=self.page_id, release__status=Release.Status.OPEN)
        if self.release_id:
            other = other.exclude(release_id=self.release_id)
        if other.exists():
            raise ValidationError(
                {"page": _("This page is already in the open release “%(name)s”.") % {"name": other.first().release}}
            )

    def problem(self):
        """Why this item stops its release from publishing, or "" when it is ready."""
        page = self.page
        if self.revision_id is None:
            if page.live and not page.has_unpublished_changes:
                return ""  # already live as it is: nothing to publish
            return _("not approved yet (submit it for review)")
        if page.workflow_in_progress:
            return _("no longer approved: it is in review again")
        if page.latest_revision_id != self.revision_id:
            return _("edited since it was approved (submit it for review again)")
        if missing := TranslatedRevision.strings_missing_in(self.revision):
            return _("%(count)s strings are not translated") % {"count": missing}
        return ""


class Commemoration(models.Model):
    """A day the Alliance marks again and again (2 August, the Dosta! prize ceremony): shown
    on the editorial calendar so its content is prepared in time, in every language."""

    name = models.CharField(_("name"), max_length=255)
    month = models.PositiveSmallIntegerField(_("month"), validators=[MinValueValidator(1), MaxValueValidator(12)])
    day = models.PositiveSmallIntegerField(_("day"), validators=[MinValueValidator(1), MaxValueValidator(31)])
    every_years = models.PositiveSmallIntegerField(
        _("every (years)"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("1: every year; 2: every other year (counted from the first year)."),
    )
    first_year = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(1900), MaxValueValidator(2200)]
    )
    note = models.TextField(_("note for editors"), blank=True, help_text=_("What to prepare, and by when."))

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("month"), FieldPanel("day"), FieldPanel("every_years"), FieldPanel("first_year")],
            heading=_("When"),
        ),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("commemoration")
        verbose_name_plural = _("commemorations")
        ordering = ["month", "day", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.month and self.day:
            try:
                date(2000, self.month, self.day)  # a leap year: 29 February is a day
            except ValueError:
                raise ValidationError({"day": _("This month has no such day.")}) from None

    def occurrences(self, start, end):
        """The days it falls on from ``start`` to ``end`` (dates, both included)."""
        found = []
        for year in range(max(start.year, self.first_year), end.year + 1):
            if (year - self.first_year) % self.every_years:
                continue
            try:
                day = date(year, self.month, self.day)
            except ValueError:  # 29 February in a common year: marked on the 28th
                day = date(year, self.month, self.day - 1)
            if start <= day <= end:
                found.append(day)
        return found


def no_tab_or_newline(value):
    if any(character in value for character in "\t\r\n"):
        raise ValidationError(_("A term is one line, without tabs."))


class GlossaryTerm(models.Model):
    """How the Alliance translates a term ("Roma and Travellers" is "Roms et Gens du voyage"):
    applied by machine translation (a DeepL glossary) and checked in the translation editor."""

    source_language = models.CharField(
        _("source language"), max_length=20, default="en", help_text=_("Language code, e.g. en.")
    )
    source_term = models.CharField(_("term"), max_length=255, validators=[no_tab_or_newline])
    target_language = models.CharField(
        _("target language"), max_length=20, default="fr", help_text=_("Language code, e.g. fr.")
    )
    target_term = models.CharField(_("translation"), max_length=255, validators=[no_tab_or_newline])
    note = models.TextField(_("note"), blank=True, help_text=_("Why this translation, where it comes from."))

    panels = [
        FieldPanel("source_language"),
        FieldPanel("source_term"),
        FieldPanel("target_language"),
        FieldPanel("target_term"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["source_language", "target_language", "source_term"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_language", "target_language", "source_term"], name="one_translation_per_term"
            )
        ]

    def __str__(self):
        return f"{self.source_term} → {self.target_term}"


class DeepLGlossary(models.Model):
    """The DeepL glossary made from the glossary terms of a language pair (DeepL glossaries
    cannot be changed: a new one is made when the terms change, and the old one deleted)."""

    source_language = models.CharField(max_length=20)
    target_language = models.CharField(max_length=20)
    fingerprint = models.CharField(max_length=64)
    glossary_id = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "DeepL glossary"
        constraints = [
            models.UniqueConstraint(fields=["source_language", "target_language"], name="one_deepl_glossary_per_pair")
        ]

    def __str__(self):
        return f"DeepL glossary {self.glossary_id} ({self.source_language}-{self.target_language})"
