"""Per-site settings editors manage in Settings: contact details and social links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Who answers for the Alliance, and the participation form."""

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
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role")], heading=_("Contact person")
        ),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("participation_form_url"),
    ]

    class Meta:
        verbose_name = _("contact details")


@register_setting(icon="site")
class SocialMediaSettings(BaseSiteSetting):
    """The Alliance's accounts, linked from every site that uses the API."""

    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    rss_url = models.URLField(_("RSS feed"), blank=True)

    panels = [FieldPanel("facebook_url"), FieldPanel("x_url"), FieldPanel("rss_url")]

    class Meta:
        verbose_name = _("social media")
