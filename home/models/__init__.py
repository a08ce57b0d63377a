from .base import BasePage, MainImageMixin
from .pages import HomePage, StandardPage
from .preview import PreviewSnapshot
from .settings import ContactSettings, SocialMediaSettings
from .snippets import Member, TerminologyNote
from .translations import TranslatedRevision
from .webhooks import WebhookDelivery, WebhookSubscription

__all__ = [
    "BasePage",
    "ContactSettings",
    "HomePage",
    "MainImageMixin",
    "Member",
    "PreviewSnapshot",
    "SocialMediaSettings",
    "StandardPage",
    "TerminologyNote",
    "TranslatedRevision",
    "WebhookDelivery",
    "WebhookSubscription",
]
