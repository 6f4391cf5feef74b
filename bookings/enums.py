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
