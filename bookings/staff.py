"""
What staff read about bookings: the dates of each event with their counts, and one
date's people in order (booked, offered, waiting), each read with one query.

A date is named in addresses by its `date_key` (its start in UTC, or "series" for a
place in a whole series).
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, Q, Sum
from django.shortcuts import get_object_or_404
from django.utils import timezone

from applications.forms import display_answer
from applications.staff_language import call_in_staff_language
from bookings.enums import BookingStatus
from bookings.models import Booking, Registration
from core.i18n import title_in_active_language

SERIES = "series"
KEY_FORMAT = "%Y%m%dT%H%M%SZ"
# The people staff see on a date: cancelled and expired bookings are in the log only.
ON_THE_LIST = (BookingStatus.BOOKED, BookingStatus.OFFERED, BookingStatus.WAITING)
# The dates listed: those still to come, and those of the past week (for the door).
LISTED_SINCE = datetime.timedelta(days=7)


def date_key(start):
    if start is None:
        return SERIES
    return start.astimezone(datetime.UTC).strftime(KEY_FORMAT)


def start_of(key):
    """The start a date key names; ValueError for a key that names none."""
    if key == SERIES:
        return None
    return datetime.datetime.strptime(key, KEY_FORMAT).replace(tzinfo=datetime.UTC)


def event_title(event_field="event"):
    """For `.annotate()`: the title of the event at `event_field` in the admin's
    language, from its published translation; a subquery per row, no query more.
    People book in three languages, planners read in one."""
    return title_in_active_language(f"{event_field}__translation_key", F(f"{event_field}__title"))


def with_events():
    """Registration settings with their events, each event's title in the admin's
    language annotated (`Registration.event_in_admin_language`)."""
    return Registration.objects.select_related("event").annotate(event_title=event_title())


def registration_or_404(registration_id):
    return get_object_or_404(with_events(), pk=registration_id)


@dataclass
class DateSheet:
    """One date of an event, its people in the order they booked."""

    registration: Registration
    start: datetime.datetime | None
    bookings: list = field(default_factory=list)

    def with_status(self, status):
        return [booking for booking in self.bookings if booking.status == status]

    @property
    def booked(self):
        return self.with_status(BookingStatus.BOOKED)

    @property
    def offered(self):
        return self.with_status(BookingStatus.OFFERED)

    @property
    def waiting(self):
        return self.with_status(BookingStatus.WAITING)

    @property
    def booked_places(self):
        return sum(booking.places for booking in self.booked)

    @property
    def offered_places(self):
        return sum(booking.places for booking in self.offered)

    @property
    def capacity(self):
        return self.registration.capacity

    @property
    def places_free(self):
        return max(self.capacity - self.booked_places - self.offered_places, 0)

    @property
    def key(self):
        return date_key(self.start)


def date_sheet(registration, start):
    """The people booked, offered a place and waiting on one date: one query."""
    bookings = Booking.objects.filter(
        registration=registration, start=start, status__in=ON_THE_LIST
    ).order_by("created_at", "pk")
    return DateSheet(registration, start, list(bookings))


@dataclass
class DateCounts:
    registration: Registration
    start: datetime.datetime | None
    booked: int
    offered: int
    waiting: int

    @property
    def key(self):
        return date_key(self.start)


def dated_counts(bookings):
    """Per event and date: places booked and offered, people waiting (one grouped query)."""
    return (
        bookings.values("registration", "start")
        .annotate(
            booked=Sum("places", filter=Q(status=BookingStatus.BOOKED), default=0),
            offered=Sum("places", filter=Q(status=BookingStatus.OFFERED), default=0),
            waiting=Count("pk", filter=Q(status=BookingStatus.WAITING)),
        )
        .order_by("start", "registration")
    )


def dates_with_bookings(now=None):
    """The dates with someone on their list, from a week ago on, and whole series:
    two queries, however many dates."""
    since = (now or timezone.now()) - LISTED_SINCE
    return counts_of_dates(
        Booking.objects.filter(status__in=ON_THE_LIST).filter(Q(start__gte=since) | Q(start=None))
    )


def coming_dates_with_bookings(days, now=None):
    """The dates of `days` days from today (the whole of today: an event under way is
    still at the door) with someone on their list, soonest first: two queries, however
    many dates."""
    today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return counts_of_dates(
        Booking.objects.filter(
            status__in=ON_THE_LIST,
            start__gte=today,
            start__lt=today + datetime.timedelta(days=days),
        )
    )


def counts_of_dates(bookings):
    """The DateCounts of each event and date of `bookings`, in the order of their starts."""
    rows = list(dated_counts(bookings))
    registrations = with_events().in_bulk({row["registration"] for row in rows})
    return [
        DateCounts(
            registrations[row["registration"]],
            row["start"],
            row["booked"],
            row["offered"],
            row["waiting"],
        )
        for row in rows
    ]


@dataclass
class DoorCounts:
    booked: int
    arrived: int

    @property
    def no_show(self):
        return self.booked - self.arrived


def door_counts(bookings):
    """Places booked and places of those who arrived, among `bookings` (booked ones)."""
    return DoorCounts(
        booked=sum(booking.places for booking in bookings),
        arrived=sum(booking.places for booking in bookings if booking.arrived_at),
    )


def matches(booking, search):
    """Whether a name or reference holds `search`, whatever the letters' case (in
    Python: SQLite compares only ASCII letters without case, not Cyrillic)."""
    search = search.strip().casefold()
    return search in booking.name.casefold() or search in booking.reference.casefold()


def counts_per_date(registration):
    """[(start, DoorCounts)] for each date of the event with places booked: one query."""
    rows = (
        Booking.objects.filter(registration=registration, status=BookingStatus.BOOKED)
        .values("start")
        .annotate(
            booked=Sum("places"),
            arrived=Sum("places", filter=Q(arrived_at__isnull=False), default=0),
        )
        .order_by("start")
    )
    return [(row["start"], DoorCounts(row["booked"], row["arrived"])) for row in rows]


def staff_questions(event):
    """The event's booking questions by block id, in the admin's language where the event
    has a translation in it ({} for an event asking nothing: no query)."""
    if not event.booking_questions:
        return {}
    return {block.id: block.value for block in call_in_staff_language(event).booking_questions}


def answer_text(answer, question):
    """An answer as staff (or the person, on their private page) read it: a choice in
    the wording of `question`, their language's (by its place among the question's
    choices, when the form stored it), the rest as the person gave it."""
    positions = answer.get("choices")
    if question is not None and positions is not None and "choices" in question:
        choices = list(question["choices"])
        if all(position < len(choices) for position in positions):
            return ", ".join(choices[position] for position in positions)
    return display_answer(answer)


def answers_shown(booking, questions):
    """[(question, answer)] of a booking as staff read them: the question in their
    language (else as the person read it), the answer as text."""
    shown = []
    for answer in booking.answers:
        question = questions.get(answer["id"])
        label = question["label"] if question else answer["label"]
        shown.append((label, answer_text(answer, question)))
    return shown


def with_answers(bookings, registration):
    """The bookings, each with `answers_shown` set for the staff's pages."""
    questions = staff_questions(registration.event)
    for booking in bookings:
        booking.answers_shown = answers_shown(booking, questions)
    return bookings
