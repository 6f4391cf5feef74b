from django.db import models
from django.utils.translation import gettext_lazy as _


class RegistrationMode(models.TextChoices):
    NONE = "none", _("No registration")
    PER_DATE = "per_date", _("A place on one date")
    SERIES = "series", _("A place for the whole series")


class BookingStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    WAITING = "waiting", _("On the waiting list")
    OFFERED = "offered", _("Place offered")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Offer expired")


# The bookings that hold places: a booked place, or one offered and not yet confirmed.
HOLDING_PLACES = (BookingStatus.BOOKED, BookingStatus.OFFERED)


class NoticeKind(models.TextChoices):
    """What changed in an event that people booked for (bookings/notices.py)."""

    DATE_CANCELLED = "date", _("A date cancelled")
    EVENT_CANCELLED = "cancelled", _("Event cancelled")
    POSTPONED = "postponed", _("Event postponed")
    CHANGED = "changed", _("New time or venue")


# The bookings told of a change: those holding places and those waiting for one.
TOLD_OF_CHANGES = (BookingStatus.BOOKED, BookingStatus.OFFERED, BookingStatus.WAITING)
