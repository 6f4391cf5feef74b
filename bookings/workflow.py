"""
Booking places, and every change of a booking's status.

Places are never sold twice: each booking, cancellation, confirmation and expiry
locks the row of its date (`PlacesOfDate`, or the `Registration` for a whole series)
with SELECT ... FOR UPDATE for its transaction, then counts the places held.
A date that is full takes people on its waiting list, in order; a place freed goes
to the first person waiting as an offer valid for settings.BOOKING_OFFER_HOURS. While
anyone waits, a date has no place open to new bookings (`open_places`): the places
free are theirs, in order.
"""

import datetime
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from wagtail.log_actions import log

from bookings import tasks
from bookings.enums import HOLDING_PLACES, BookingStatus
from bookings.models import Booking, BookingCounter, BookingMove, PlacesOfDate, Registration
from core.page_cache import content_changed

ALLOWED_MOVES = {
    BookingStatus.BOOKED: {BookingStatus.CANCELLED},
    BookingStatus.WAITING: {BookingStatus.OFFERED, BookingStatus.BOOKED, BookingStatus.CANCELLED},
    BookingStatus.OFFERED: {BookingStatus.BOOKED, BookingStatus.EXPIRED, BookingStatus.CANCELLED},
    BookingStatus.CANCELLED: set(),
    BookingStatus.EXPIRED: set(),
}


# Ticks at the door and places given back, in the booking's history (worded in
# bookings/wagtail_hooks.py).
ARRIVED_ACTION = "bookings.arrived"
NOT_ARRIVED_ACTION = "bookings.not_arrived"
PLACES_GIVEN_BACK_ACTION = "bookings.places_given_back"


class BookingRefused(Exception):
    """The booking cannot be made or changed; the message says why, to the visitor."""


def next_reference():
    """The next booking reference this year, e.g. BK-2026-0042."""
    key = f"BK-{timezone.localdate().year}"
    with transaction.atomic():  # the counter's row stays locked until the caller commits
        counter, _created = BookingCounter.objects.select_for_update().get_or_create(key=key)
        counter.last += 1
        counter.save(update_fields=["last"])
    return f"{key}-{counter.last:04d}"


def sent_with(token):
    """The booking a form with this token already made, if any (the token as posted)."""
    try:
        token = uuid.UUID(str(token))
    except ValueError:
        return None
    return Booking.objects.filter(submission_token=token).first()


def lock_places(registration, start):
    """Lock the places of one date (or of the series, `start` None) until the commit."""
    if start is None:
        Registration.objects.select_for_update().filter(pk=registration.pk).first()
        return
    PlacesOfDate.objects.get_or_create(registration=registration, start=start)
    PlacesOfDate.objects.select_for_update().filter(registration=registration, start=start).first()


def held_places(registration, starts):
    """{start: places booked or offered} for these dates (None: the series)."""
    rows = Booking.objects.filter(registration=registration, status__in=HOLDING_PLACES)
    dates = [start for start in starts if start is not None]
    rows = rows.filter(start__in=dates) if dates else rows.filter(start=None)
    return dict(rows.values("start").annotate(places=Sum("places")).values_list("start", "places"))


def places_left(registration, start):
    held = held_places(registration, [start]).get(start, 0)
    return max(registration.capacity - held, 0)


def open_places(registration, starts):
    """{start: places a new booking may take} for these dates (None: the series), as
    visitors are told them: none on a date with anyone waiting. One query."""
    rows = Booking.objects.filter(registration=registration)
    dates = [start for start in starts if start is not None]
    rows = rows.filter(start__in=dates) if dates else rows.filter(start=None)
    counts = {
        start: (held or 0, waiting_count)
        for start, held, waiting_count in rows.values("start")
        .annotate(
            held=Sum("places", filter=Q(status__in=HOLDING_PLACES)),
            waiting=Count("pk", filter=Q(status=BookingStatus.WAITING)),
        )
        .values_list("start", "held", "waiting")
    }
    return {
        start: open_after(registration.capacity, *counts.get(start, (0, 0))) for start in starts
    }


def open_after(capacity, held, waiting_count):
    """The places open to new bookings on a date with `held` places booked or offered
    and `waiting_count` people waiting."""
    return 0 if waiting_count else max(capacity - held, 0)


def waiting(registration, start):
    """The people waiting for places on a date, in the order they are offered them."""
    return Booking.objects.filter(
        registration=registration, start=start, status=BookingStatus.WAITING
    ).order_by("created_at", "pk")


def place_in_line(booking):
    """The booking's number on its date's waiting list (1: the next offered a place),
    in the order of `waiting`: one query."""
    ahead = waiting(booking.registration, booking.start).filter(
        Q(created_at__lt=booking.created_at) | Q(created_at=booking.created_at, pk__lt=booking.pk)
    )
    return ahead.count() + 1


def is_open(registration, start, now):
    """Whether bookings for the date starting at `start` are taken at `now`."""
    closes = registration.closes_at or start
    return (registration.opens_at is None or registration.opens_at <= now) and (
        closes is None or now < closes
    )


def move(booking, status, note="", by=None):
    """Change the booking's status, as the table of allowed moves permits, and log it."""
    if status not in ALLOWED_MOVES[booking.status]:
        raise BookingRefused(_("This booking cannot be changed any more."))
    BookingMove.objects.create(
        booking=booking, from_status=booking.status, to_status=status, note=note, by=by
    )
    leaves_the_queue = booking.status == BookingStatus.WAITING
    if leaves_the_queue or (booking.status in HOLDING_PLACES) != (status in HOLDING_PLACES):
        content_changed()  # the places left that pages show (bookings/places.py)
    booking.status = status
    booking.save(update_fields=["status", "offered_until"])


def too_few_places(left):
    return ngettext(
        "Only %(count)s place is left, so you can book %(count)s place.",
        "Only %(count)s places are left, so you can book up to %(count)s places.",
        left,
    ) % {"count": left}


def book(registration, page, start, end, details, language, token):
    """Book `details["places"]` places for `details["name"]` on the date at `start`
    (None: the whole series), or put them on the waiting list when it has no place
    open. Asking for more places than are open is refused: waiting for them would
    keep the open places from everyone else.

    Posting the same form twice returns the booking the first POST made.
    """
    existing = Booking.objects.filter(submission_token=token).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            lock_places(registration, start)
            left = open_places(registration, [start])[start]  # none while anyone waits
            if details["places"] <= left:
                status = BookingStatus.BOOKED
            elif left:  # a few places open, fewer than asked: never wait for them
                raise BookingRefused(too_few_places(left))
            elif registration.waiting_list:
                status = BookingStatus.WAITING
            else:
                raise BookingRefused(_("Sorry, there are not enough places left."))
            booking = Booking.objects.create(
                registration=registration,
                page=page,
                start=start,
                end=end,
                status=status,
                places=details["places"],
                reference=next_reference(),
                language=language,
                name=details["name"],
                email=details["email"],
                phone=details.get("phone", ""),
                answers=details.get("answers", []),
                submission_token=token,
            )
            BookingMove.objects.create(booking=booking, to_status=status)
            if status in HOLDING_PLACES:
                content_changed()  # the places left that pages show (bookings/places.py)
            transaction.on_commit(lambda: tasks.queue_email(booking.pk, status))
    except IntegrityError:
        # A second POST of the same form raced the first one past the check above.
        return Booking.objects.get(submission_token=token)
    return booking


def offer_free_places(registration, start, now):
    """Offer the places free on a date to the people waiting, in order, as long as the
    first one waiting fits. Call it with the date's places locked."""
    left = places_left(registration, start)
    for booking in waiting(registration, start):
        if booking.places > left:
            break
        booking.offered_until = now + datetime.timedelta(hours=settings.BOOKING_OFFER_HOURS)
        move(booking, BookingStatus.OFFERED, gettext_noop("A place became free."))
        left -= booking.places
        transaction.on_commit(
            lambda pk=booking.pk, until=booking.offered_until: tasks.queue_offer(pk, until)
        )


def locked(booking):
    """The booking read again inside the lock of its date's places."""
    lock_places(booking.registration, booking.start)
    return Booking.objects.select_related("registration", "page").get(pk=booking.pk)


def cancel(booking, note="", by=None, now=None):
    """Cancel the booking; its places go to the people waiting."""
    with transaction.atomic():
        booking = locked(booking)
        move(booking, BookingStatus.CANCELLED, note, by)
        offer_free_places(booking.registration, booking.start, now or timezone.now())
    return booking


def can_give_back_places(booking, now):
    """Whether the person may give back some of their places now: the booking holds
    (or waits for) more than one, could still be cancelled, and its date has not begun."""
    return (
        booking.places > 1
        and BookingStatus.CANCELLED in ALLOWED_MOVES[booking.status]
        and (booking.start is None or now < booking.start)
    )


def give_back_places(booking, keep, note="", now=None):
    """Keep only `keep` of the booking's places (at least one, fewer than booked); the
    places freed go to the people waiting, as a cancellation's do. Someone waiting who
    asks for fewer places keeps their place in the line (and may now fit the places free).
    Logged as a move that keeps the status, and in the booking's history."""
    now = now or timezone.now()
    with transaction.atomic():
        booking = locked(booking)
        if not can_give_back_places(booking, now):
            raise BookingRefused(_("This booking cannot be changed any more."))
        if not 1 <= keep < booking.places:
            raise BookingRefused(places_to_keep_refused())
        before = booking.places
        booking.places = keep
        booking.save(update_fields=["places"])
        BookingMove.objects.create(
            booking=booking, from_status=booking.status, to_status=booking.status, note=note
        )
        log(
            instance=booking,
            action=PLACES_GIVEN_BACK_ACTION,
            data={"places": {"before": before, "after": keep}},
        )
        if booking.status in HOLDING_PLACES:
            content_changed()  # the places left that pages show (bookings/places.py)
        offer_free_places(booking.registration, booking.start, now)
    return booking


def places_to_keep_refused():
    return _("Choose how many places you still need: fewer than you booked, and at least one.")


def cancel_with_the_date(bookings, note, by=None):
    """Cancel bookings, offers and places waiting on dates that do not take place any
    more (a date or the whole event cancelled): nobody is offered a place there.
    Returns the bookings as cancelled."""
    cancelled = []
    with transaction.atomic():
        for booking in bookings:
            booking = locked(booking)
            if BookingStatus.CANCELLED in ALLOWED_MOVES[booking.status]:
                move(booking, BookingStatus.CANCELLED, note, by)
                cancelled.append(booking)
    return cancelled


def confirm_offer(booking, now=None):
    """Book the place offered, while the offer holds."""
    now = now or timezone.now()
    with transaction.atomic():
        booking = locked(booking)
        if booking.status != BookingStatus.OFFERED or booking.offered_until <= now:
            raise BookingRefused(_("This offer is no longer valid."))
        move(booking, BookingStatus.BOOKED, gettext_noop("Offer confirmed."))
        transaction.on_commit(lambda: tasks.queue_email(booking.pk, BookingStatus.BOOKED))
    return booking


def expire_offers(now=None):
    """Offers not confirmed in time expire; their places go to the next people waiting.
    Returns how many offers expired."""
    now = now or timezone.now()
    expired = 0
    due = Booking.objects.filter(status=BookingStatus.OFFERED, offered_until__lte=now)
    for registration_id, start in set(due.values_list("registration_id", "start")):
        with transaction.atomic():
            registration = Registration.objects.get(pk=registration_id)
            lock_places(registration, start)
            for booking in due.filter(registration=registration, start=start):
                move(booking, BookingStatus.EXPIRED, gettext_noop("Offer not confirmed in time."))
                expired += 1
            offer_free_places(registration, start, now)
    return expired


def offer_places_of_every_date(registration, now=None):
    """Offer the places free on each date with people waiting (after staff gave the
    event more places, say)."""
    now = now or timezone.now()
    waiting_dates = Booking.objects.filter(registration=registration, status=BookingStatus.WAITING)
    for start in set(waiting_dates.values_list("start", flat=True)):
        with transaction.atomic():
            lock_places(registration, start)
            offer_free_places(registration, start, now)


def promotion_refused(booking):
    """Why staff cannot promote this person now (None: they can). A promotion never
    goes beyond the capacity: a place must be free first (raise the capacity in the
    registration settings, or remove a booking)."""
    if booking.status != BookingStatus.WAITING:
        return _("Only someone on the waiting list can be promoted.")
    left = places_left(booking.registration, booking.start)
    if booking.places > left:
        return ngettext(
            "%(name)s asks for %(asked)s place; places free on this date: %(left)s. "
            "Raise the places in the registration settings or remove a booking first.",
            "%(name)s asks for %(asked)s places; places free on this date: %(left)s. "
            "Raise the places in the registration settings or remove a booking first.",
            booking.places,
        ) % {"name": booking.name, "asked": booking.places, "left": left}
    return None


def promote(booking, by):
    """Staff let a person waiting in, ahead of the others, when their places are free:
    booked at once. Refused beyond the capacity (`promotion_refused`)."""
    with transaction.atomic():
        booking = locked(booking)
        refusal = promotion_refused(booking)
        if refusal:
            raise BookingRefused(refusal)
        move(booking, BookingStatus.BOOKED, gettext_noop("Promoted by staff."), by)
        transaction.on_commit(lambda: tasks.queue_email(booking.pk, BookingStatus.BOOKED))
    return booking


def remove(booking, by, now=None):
    """Staff cancel a booking, an offer or a place on the waiting list; the places
    freed go to the people waiting."""
    return cancel(booking, gettext_noop("Removed by staff."), by, now)


def mark_arrived(booking, by=None, now=None):
    """Staff tick a booked person arrived at the door (the first tick's time stays),
    logged in the booking's history."""
    if booking.status != BookingStatus.BOOKED:
        raise BookingRefused(_("Only a booked place can be ticked as arrived."))
    if booking.arrived_at is None:
        booking.arrived_at = now or timezone.now()
        booking.save(update_fields=["arrived_at"])
        log(instance=booking, action=ARRIVED_ACTION, user=by)
    return booking


def unmark_arrived(booking, by=None):
    """Staff take back a tick of arrived given by mistake: the place counts as a no-show
    again until ticked anew. Logged like the tick."""
    if booking.arrived_at is not None:
        booking.arrived_at = None
        booking.save(update_fields=["arrived_at"])
        log(instance=booking, action=NOT_ARRIVED_ACTION, user=by)
    return booking
