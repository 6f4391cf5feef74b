import secrets

from django.conf import settings
from django.contrib.admin import display
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from bookings.enums import BookingStatus, NoticeKind, RegistrationMode

PRIVATE_LINK_SALT = "bookings.private-link"


def new_access_key():
    return secrets.token_urlsafe(24)


class Registration(models.Model):
    """How visitors book places for one event, in every language of it."""

    event = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registration",
    )
    # The event in every language: a booking from /ru/ and one from /tg/ share the places.
    event_key = models.UUIDField(unique=True, editable=False)
    mode = models.CharField(
        _("registration"),
        max_length=10,
        choices=RegistrationMode.choices,
        default=RegistrationMode.PER_DATE,
    )
    capacity = models.PositiveIntegerField(
        _("places"), help_text=_("Per date, or for the whole series.")
    )
    opens_at = models.DateTimeField(
        _("booking opens"), null=True, blank=True, help_text=_("Empty: open now.")
    )
    closes_at = models.DateTimeField(
        _("booking closes"),
        null=True,
        blank=True,
        help_text=_("Empty: until each date starts."),
    )
    max_places = models.PositiveSmallIntegerField(
        _("places per booking"), default=2, help_text=_("How many places one person may book.")
    )
    waiting_list = models.BooleanField(_("waiting list"), default=True)

    panels = [
        FieldPanel(
            "event",
            help_text=_(
                "The questions asked when booking are set on the event's page, "
                "in its “Questions asked when booking” field."
            ),
        ),
        FieldRowPanel([FieldPanel("mode"), FieldPanel("capacity"), FieldPanel("max_places")]),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("waiting_list"),
    ]

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self):
        return self.event_in_admin_language()

    def save(self, *args, **kwargs):
        self.event_key = self.event.translation_key
        super().save(*args, **kwargs)

    def clean(self):
        """Refuses settings under which nobody could book, with the reason on the field
        to change (Wagtail's snippet form shows it there)."""
        super().clean()
        errors = self.unbookable_settings()
        if errors:
            raise ValidationError(errors)

    def unbookable_settings(self):
        """{field name: why} for each setting under which nobody could book: no places,
        no place per booking, more places per booking than places, or booking closing
        before it opens (an empty opening or closing is open now or until each date)."""
        errors = {}
        if self.capacity == 0:
            errors["capacity"] = _("There must be at least one place.")
        if self.max_places == 0:
            errors["max_places"] = _("One booking must be able to take at least one place.")
        elif self.capacity and self.max_places and self.max_places > self.capacity:
            errors["max_places"] = ValidationError(
                _("One booking cannot take more places than there are (%(capacity)s)."),
                params={"capacity": self.capacity},
            )
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("Booking must close after it opens.")
        return errors

    def validate_unique(self, exclude=None):
        """Django's checks, and one registration per event in all its languages (the
        event_key save() sets): its settings in another language are the same event's."""
        exclude = set(exclude or ())
        super().validate_unique(exclude | {"event"})
        if "event" not in exclude and self.event_already_registered():
            raise ValidationError(
                {
                    "event": _(
                        "This event already has registration settings, in this language "
                        "or another: change those instead."
                    )
                }
            )

    def event_already_registered(self):
        """Whether another registration is for this event, in any of its languages."""
        if self.event_id is None:
            return False
        key = self.event.translation_key
        return Registration.objects.filter(event_key=key).exclude(pk=self.pk).exists()

    @display(description=_("event"), ordering="event_title")
    def event_in_admin_language(self):
        """The event's title in the admin's language where the registration settings'
        listing has annotated it on each row (bookings/admin_views.py), with no query
        more; else the event's own title."""
        return getattr(self, "event_title", None) or str(self.event)

    @property
    def per_date(self):
        return self.mode == RegistrationMode.PER_DATE


class PlacesOfDate(models.Model):
    """The row a booking of one date locks, so that two bookings never take the same
    last place (PostgreSQL: SELECT ... FOR UPDATE). A series locks its Registration."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="+")
    start = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registration", "start"], name="one_lock_per_date")
        ]

    def __str__(self):
        return f"{self.registration_id} {self.start:%Y-%m-%d %H:%M}"


class Booking(models.Model):
    """One person's places on one date of an event (or for its whole series)."""

    registration = models.ForeignKey(
        Registration, verbose_name=_("registration"), on_delete=models.PROTECT, related_name="+"
    )
    # The event's page in the language it was booked in (for the emails' title and link).
    page = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The date booked; empty for a place in the whole series.
    start = models.DateTimeField(_("date"), null=True, blank=True)
    end = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=BookingStatus.choices, db_index=True
    )
    places = models.PositiveSmallIntegerField(_("places"), default=1)
    reference = models.CharField(
        pgettext_lazy("booking", "reference"), max_length=24, unique=True, editable=False
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    # The answers to the event's booking questions, each with the question's id, kind
    # and wording as the person read it (applications.forms.answers_to).
    answers = models.JSONField(_("answers"), default=list, blank=True)
    created_at = models.DateTimeField(_("booked"), auto_now_add=True)
    offered_until = models.DateTimeField(_("offer valid until"), null=True, blank=True)
    # Ticked by staff at the door (bookings/admin_views.py, check-in).
    arrived_at = models.DateTimeField(_("arrived"), null=True, blank=True)
    # The hidden token of the form that sent it: posting the same form twice finds this row.
    submission_token = models.UUIDField(unique=True, editable=False)
    access_key = models.CharField(
        max_length=64, unique=True, default=new_access_key, editable=False
    )

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["registration", "start", "status"])]

    def __str__(self):
        # Its reference alone: Wagtail labels the booking's history with it, and a
        # label outlives the booking (personal data goes with the booking).
        return self.reference

    @property
    def private_token(self):
        """The random access key, signed: the same link every time it is given out."""
        return signing.Signer(salt=PRIVATE_LINK_SALT).sign(self.access_key)

    def get_private_url(self):
        return reverse("bookings:booking", args=[self.private_token])

    @classmethod
    def from_private_token(cls, token):
        """The booking a private link names, or None for a forged or stale link."""
        try:
            access_key = signing.Signer(salt=PRIVATE_LINK_SALT).unsign(token)
        except signing.BadSignature:
            return None
        return (
            cls.objects.select_related("registration", "page").filter(access_key=access_key).first()
        )


class BookingMove(models.Model):
    """One change of a booking's status, and why: the log staff read."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="moves")
    at = models.DateTimeField(auto_now_add=True)
    from_status = models.CharField(max_length=10, choices=BookingStatus.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=BookingStatus.choices)
    note = models.CharField(max_length=200, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.booking_id}: {self.from_status} → {self.to_status}"


class BookingCounter(models.Model):
    """The last booking number given in a year, e.g. BK-2026."""

    key = models.CharField(max_length=20, primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.key}: {self.last}"


class BookingNotice(models.Model):
    """A change of plan recorded when an event is published, waiting for a planner to
    check the message and send it to the people booked (bookings/notices.py)."""

    registration = models.ForeignKey(
        Registration, verbose_name=_("registration"), on_delete=models.CASCADE, related_name="+"
    )
    # The page whose publication recorded it (any of the event's languages).
    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("change"), max_length=10, choices=NoticeKind.choices)
    # The dates concerned (ISO 8601, UTC); empty: every date to come, and the series.
    starts = models.JSONField(default=list, blank=True)
    # How far those dates moved, for a new time or date.
    shift = models.DurationField(null=True, blank=True)
    venue = models.ForeignKey(
        "events.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    class Meta:
        verbose_name = _("notice to booked people")
        verbose_name_plural = _("notices to booked people")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.event}"
