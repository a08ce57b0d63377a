from .base import BasePage, MainImageMixin
from .pages import HomePage, StandardPage
from .settings import ContactSettings, SocialMediaSettings
from .snippets import Member, TerminologyNote

__all__ = [
    "BasePage",
    "ContactSettings",
    "HomePage",
    "MainImageMixin",
    "Member",
    "SocialMediaSettings",
    "StandardPage",
    "TerminologyNote",
]
