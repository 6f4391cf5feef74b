from .applications import Application, ApplicationFile, ReferenceCounter, Review
from .calls import OpenCallPage
from .decisions import DecisionEmail
from .settings import DataProtectionSettings

__all__ = [
    "Application",
    "ApplicationFile",
    "DataProtectionSettings",
    "DecisionEmail",
    "OpenCallPage",
    "ReferenceCounter",
    "Review",
]
