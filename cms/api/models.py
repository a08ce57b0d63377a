"""Records of the public API."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SafelistedQuery(models.Model):
    """A query registered at deploy time (``manage.py register_queries``): with
    ``API_SAFELIST`` on, the API answers these and nothing else."""

    sha256 = models.CharField(_("SHA-256"), max_length=64, primary_key=True)
    name = models.CharField(_("name"), max_length=255, help_text=_("The file it was registered from."))
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
