from .applications import Application, ApplicationFile, ReferenceCounter, Review
from .calls import OpenCallPage
from .decisions import DecisionEmail
from .history import ApplicationLogEntry
from .settings import DataProtectionSettings

__all__ = [
    "Application",
    "ApplicationFile",
    "ApplicationLogEntry",
    "DataProtectionSettings",
    "DecisionEmail",
    "OpenCallPage",
    "ReferenceCounter",
    "Review",
]
