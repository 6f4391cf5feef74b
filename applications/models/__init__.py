from .applications import Application, ApplicationFile, ReferenceCounter, Review
from .calls import OpenCallPage
from .decisions import DecisionEmail

__all__ = [
    "Application",
    "ApplicationFile",
    "DecisionEmail",
    "OpenCallPage",
    "ReferenceCounter",
    "Review",
]
