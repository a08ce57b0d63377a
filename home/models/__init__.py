from .base import BasePage, MainImageMixin
from .pages import HomePage, StandardPage
from .settings import ContactPoint, ContactSettings, ContactSettingsText, SocialMediaSettings
from .snippets import Member, TerminologyNote
from .translations import TagLabel

__all__ = [
    "BasePage",
    "ContactSettings",
    "ContactPoint",
    "ContactSettingsText",
    "HomePage",
    "MainImageMixin",
    "Member",
    "SocialMediaSettings",
    "StandardPage",
    "TagLabel",
    "TerminologyNote",
]
