from django.db import models
from django.utils.translation import gettext_lazy as _


class EventCategory(models.TextChoices):
    CONCERT = "concert", _("Concert")
    MASTERCLASS = "masterclass", _("Masterclass")
    CLASS = "class", _("Class")
    WORKSHOP = "workshop", _("Workshop")
    EXHIBITION = "exhibition", _("Exhibition")
    SCREENING = "screening", _("Screening")
    TALK = "talk", _("Talk")
    JAM_SESSION = "jam", _("Jam session")
    CEREMONY = "ceremony", _("Award ceremony")
    OTHER = "other", _("Other")


class EventStatus(models.TextChoices):
    """The statuses schema.org knows, so search engines show them too."""

    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    RESCHEDULED = "rescheduled", _("Rescheduled")
    MOVED_ONLINE = "online", _("Moved online")


class When(models.TextChoices):
    """The shortcuts above the events list: the rest of this week, or its weekend."""

    WEEK = "week", _("This week")
    WEEKEND = "weekend", _("This weekend")
