"""Shared models: the custom image, the abstract base page, the footer snippet, the
centre's contact details and its privacy notice."""

from .contact import ContactDetails
from .footer import Footer
from .images import CustomImage, CustomRendition
from .pages import BasePage
from .privacy import PrivacyNotice

__all__ = [
    "BasePage",
    "ContactDetails",
    "CustomImage",
    "CustomRendition",
    "Footer",
    "PrivacyNotice",
]
