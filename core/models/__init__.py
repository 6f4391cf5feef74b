"""Shared models: the custom image, the abstract base page, the footer snippet and the
centre's contact details."""

from .contact import ContactDetails
from .footer import Footer
from .images import CustomImage, CustomRendition
from .pages import BasePage

__all__ = ["BasePage", "ContactDetails", "CustomImage", "CustomRendition", "Footer"]
