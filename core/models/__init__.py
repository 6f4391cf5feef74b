"""Shared models: the custom image, the abstract base page, the footer snippet, the
centre's contact details and its privacy notice; the fingerprints of the text objects give
to translate."""

from .contact import ContactDetails
from .footer import Footer
from .images import CustomImage, CustomRendition
from .pages import BasePage
from .privacy import PrivacyNotice
from .text_fingerprints import TextFingerprint

__all__ = [
    "BasePage",
    "ContactDetails",
    "CustomImage",
    "CustomRendition",
    "Footer",
    "PrivacyNotice",
    "TextFingerprint",
]
