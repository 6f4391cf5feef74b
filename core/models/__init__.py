"""Shared models: the custom image, the abstract base page and the footer snippet."""

from .footer import Footer
from .images import CustomImage, CustomRendition
from .pages import BasePage

__all__ = ["BasePage", "CustomImage", "CustomRendition", "Footer"]
