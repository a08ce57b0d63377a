"""Per-site settings editors manage in Settings: contact details and social links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

# The contact fields written in words, which each language words its own way.
CONTACT_TEXT_FIELDS = ["organisation", "contact_role", "address"]


@register_setting(icon="mail")
class ContactSettings(ClusterableModel, BaseSiteSetting):
    """Who answers for the Alliance, and the participation form. The texts are in the default
    language; "In other languages" gives their wording per language (``for_locale``)."""

    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=255, blank=True)
    contact_role = models.CharField(_("role"), max_length=255, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    participation_form_url = models.URLField(
        _("participation form"),
        blank=True,
        help_text=_("Where a city or region applies to join the Alliance."),
    )

    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("contact_name"), FieldPanel("contact_role")], heading=_("Contact person")),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("participation_form_url"),
        InlinePanel("texts", heading=_("In other languages"), label=_("Language")),
        InlinePanel(
            "contacts",
            heading=_("Other contacts"),
            label=_("Contact"),
            help_text=_("Press office, secretariat: each shown in one language or in all."),
        ),
    ]

    class Meta:
        verbose_name = _("contact details")

    def for_locale(self, locale):
        """These settings with the texts of ``locale`` where it has them (not saved)."""
        text = next((item for item in self.texts.all() if item.locale_id == getattr(locale, "pk", None)), None)
        if text is None:
            return self
        localised = ContactSettings(
            **{field.attname: getattr(self, field.attname) for field in self._meta.concrete_fields}
        )
        for name in CONTACT_TEXT_FIELDS:
            setattr(localised, name, getattr(text, name) or getattr(self, name))
        return localised


class ContactPoint(Orderable):
    """Another office to contact (the Congress's communication unit for the press), shown in
    one language, or in all when no language is set."""

    settings = ParentalKey(ContactSettings, on_delete=models.CASCADE, related_name="contacts")
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: shown in every language."),
    )
    purpose = models.CharField(_("purpose"), max_length=255, help_text=_('What to contact it for, e.g. "Press".'))
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    unit = models.CharField(_("unit or person"), max_length=255, blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    fax = models.CharField(_("fax"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldPanel("locale"),
        FieldPanel("purpose"),
        FieldPanel("organisation"),
        FieldPanel("unit"),
        FieldPanel("phone"),
        FieldPanel("fax"),
        FieldPanel("email"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("other contacts")

    def __str__(self):
        return self.purpose


class ContactSettingsText(Orderable):
    """The contact details' wording in one language."""

    settings = ParentalKey(ContactSettings, on_delete=models.CASCADE, related_name="texts")
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    contact_role = models.CharField(_("role"), max_length=255, blank=True)
    address = models.TextField(_("postal address"), blank=True)

    panels = [FieldPanel("locale"), FieldPanel("organisation"), FieldPanel("contact_role"), FieldPanel("address")]

    class Meta(Orderable.Meta):
        verbose_name = _("contact details in one language")
        constraints = [models.UniqueConstraint(fields=["settings", "locale"], name="one_contact_text_per_language")]


@register_setting(icon="site")
class SocialMediaSettings(BaseSiteSetting):
    """The Alliance's accounts, linked from every site that uses the API."""

    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    rss_url = models.URLField(_("RSS feed"), blank=True)

    panels = [FieldPanel("facebook_url"), FieldPanel("x_url"), FieldPanel("rss_url")]

    class Meta:
        verbose_name = _("social media")
