from .applications import Application, ApplicationFile, ReferenceCounter, Review
from .calls import OpenCallPage

__all__ = ["Application", "ApplicationFile", "OpenCallPage", "ReferenceCounter", "Review"]
