"""Partnership projects: the index with its filters, the project page and its vocabularies."""

from .pages import (
    ProjectCountry,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectThemeLink,
    ProjectTypeLink,
)
from .terms import ProjectTheme, ProjectType

__all__ = [
    "ProjectCountry",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectTheme",
    "ProjectThemeLink",
    "ProjectType",
    "ProjectTypeLink",
]
