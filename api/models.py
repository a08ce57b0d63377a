"""Records of the public API: safelisted queries, API keys, preview snapshots, and the
per-language alt texts of images (which the API's Image type serves).

Models that moved here from ``home`` kept their tables at first; their tables now carry this
app's name too (migration 0006, docs/decisions.md).
"""

from datetime import timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from api.conf import api_settings


class SafelistedQuery(models.Model):
    """A query registered at deploy time (``manage.py register_queries``): with
    ``API_SAFELIST`` on, the API answers these and nothing else."""

    sha256 = models.CharField(_("SHA-256"), max_length=64, primary_key=True)
    name = models.CharField(_("name"), max_length=255, help_text=_("The file or the operation it was registered from."))
    query = models.TextField(_("query"))
    registered_at = models.DateTimeField(_("registered at"), auto_now=True)

    class Meta:
        verbose_name = _("safelisted query")
        verbose_name_plural = _("safelisted queries")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ApiKey(models.Model):
    """A key a partner site sends as ``Authorization: Bearer <key>``, like Contentful's delivery
    and preview tokens or Strapi's API tokens. Only its SHA-256 is stored; the key itself is
    shown once, when it is created. Anonymous access stays possible for public content: a key
    adds scopes and its own rate limit."""

    class Scope(models.TextChoices):
        DELIVERY = "delivery", _("Delivery: public content (as anonymous callers)")
        PREVIEW = "preview", _("Preview: drafts through preview tokens")
        EDITORIAL = "editorial", _("Editorial: translation report and progress")

    PREFIX = "acms_"

    name = models.CharField(_("name"), max_length=255, help_text=_("Who uses it, e.g. “City of Strasbourg website”."))
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices, default=Scope.DELIVERY)
    key_prefix = models.CharField(_("key starts with"), max_length=16, editable=False, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    rate_limit = models.PositiveIntegerField(
        _("requests per minute"), null=True, blank=True, help_text=_("Empty: API_RATE_LIMIT_KEY.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, help_text=_("A revoked key is refused."))

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.key_prefix}…)"

    @staticmethod
    def hash(key):
        import hashlib

        return hashlib.sha256(key.encode()).hexdigest()

    def set_new_key(self):
        """Give this record a new random key; returns it (the only time it can be read)."""
        import secrets

        key = self.PREFIX + secrets.token_urlsafe(32)
        self.key_prefix = key[: len(self.PREFIX) + 6]
        self.key_hash = self.hash(key)
        return key

    @property
    def active(self):
        return self.revoked_at is None

    def allows(self, scope):
        """Whether this key may use ``scope`` (every key may read public content)."""
        return self.active and (scope == self.Scope.DELIVERY or scope == self.scope)


class PreviewSnapshot(models.Model):
    """The unsaved state of a page at the moment an editor pressed Preview.

    The API shows it to whoever holds the signed token naming it (see ``api.preview``);
    snapshots older than the token lifetime are useless and are deleted as new ones arrive.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    content = models.JSONField(encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "preview snapshot"

    def __str__(self):
        return f"Preview of page {self.page_id} at {self.created_at:%Y-%m-%d %H:%M}"

    @classmethod
    def take(cls, page):
        """Store ``page`` (possibly unsaved edits of an existing page) and drop expired snapshots."""
        expired = timezone.now() - timedelta(seconds=api_settings.PREVIEW_TOKEN_MAX_AGE)
        cls.objects.filter(created_at__lt=expired).delete()
        return cls.objects.create(page_id=page.pk, content=page.serializable_data())

    def as_page(self):
        """The previewed page, built over the stored page's tree position."""
        return self.page.specific.with_content_json(self.content)


class ImageAltText(models.Model):
    """An image's alternative text in one language, for screen readers.

    Images are shared by every language; a page shows its image with the alt text of the
    page's language."""

    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="alt_texts"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    text = models.CharField(
        _("alternative text"), max_length=255, help_text=_("What the image shows, for people who cannot see it.")
    )

    panels = [FieldPanel("image"), FieldPanel("locale"), FieldPanel("text")]

    class Meta:
        verbose_name = _("image alt text")
        verbose_name_plural = _("image alt texts")
        constraints = [models.UniqueConstraint(fields=["image", "locale"], name="one_alt_text_per_language")]

    def __str__(self):
        return f"{self.image.title} ({self.locale.language_code}): {self.text}"


class DocumentDetails(models.Model):
    """What the document library shows of a document besides Wagtail's fields: a description
    and the language of its text (edited on the document's own form in the admin)."""

    document = models.OneToOneField(
        "wagtaildocs.Document", primary_key=True, on_delete=models.CASCADE, related_name="details"
    )
    description = models.TextField(_("description"), blank=True)
    language = models.CharField(
        _("language"),
        max_length=16,
        blank=True,
        # A language code of settings.LANGUAGES (checked by the form): no choices here, so that
        # adding a language needs no migration.
        help_text=_("The language of the text; empty when it has several or none."),
    )

    class Meta:
        verbose_name = _("document details")
        verbose_name_plural = _("document details")

    def __str__(self):
        return str(self.document)


class PendingInvalidation(models.Model):
    """An invalidation of the shared cache (dependency tags to touch, derived values to forget) that
    could not be made because the cache was unreachable: kept here, and made as soon as the
    cache answers again (``api.invalidation``), so that an answer cached before the outage
    never comes back once the content has changed."""

    generations = models.JSONField(default=list)
    keys = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.generations} {self.keys}"
