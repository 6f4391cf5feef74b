from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class PartnerRole(models.TextChoices):
    DONOR = "donor", _("Donor")
    LEAD = "lead", _("Lead partner")
    IMPLEMENTING = "implementing", _("Implementing partner")
    PARTNER = "partner", _("Partner")


class Currency(models.TextChoices):
    EUR = "EUR", "EUR"
    USD = "USD", "USD"
    TJS = "TJS", "TJS"


# The countries the centre's projects work in, named in the visitor's language.
class Country(models.TextChoices):
    AF = "AF", _("Afghanistan")
    KZ = "KZ", _("Kazakhstan")
    KG = "KG", _("Kyrgyzstan")
    LA = "LA", _("Lao People's Democratic Republic")
    RW = "RW", _("Rwanda")
    TJ = "TJ", _("Tajikistan")
    TM = "TM", _("Turkmenistan")
    UZ = "UZ", _("Uzbekistan")
    FR = "FR", _("France")
    DE = "DE", _("Germany")
    KR = "KR", _("Republic of Korea")
    NL = "NL", _("Netherlands")
    CH = "CH", _("Switzerland")
