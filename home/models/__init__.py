from .base import BasePage, MainImageMixin
from .pages import HomePage, StandardPage
from .preview import PreviewSnapshot
from .settings import ContactSettings, ContactSettingsText, SocialMediaSettings
from .snippets import Member, TerminologyNote
from .translations import ImageAltText, TagLabel, TranslatedRevision
from .webhooks import WebhookDelivery, WebhookSubscription

__all__ = [
    "BasePage",
    "ContactSettings",
    "ContactSettingsText",
    "HomePage",
    "ImageAltText",
    "MainImageMixin",
    "Member",
    "PreviewSnapshot",
    "SocialMediaSettings",
    "StandardPage",
    "TagLabel",
    "TerminologyNote",
    "TranslatedRevision",
    "WebhookDelivery",
    "WebhookSubscription",
]
