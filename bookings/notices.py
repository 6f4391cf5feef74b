"""
Telling people booked for an event when plans change.

When an event page is published (Wagtail's page_published signal), it is compared
with its previous live revision: a date booked that no longer takes place (cancelled,
or gone from the series), the whole event cancelled or postponed, a new time or a new
venue each become a `BookingNotice`, pending. Nothing is sent then: a planner opens the
notice in the admin, reads the message in each language it will go out in, and
confirms. Then one task per person and sender (bookings/senders.py) goes to the mail
worker, which retries when the mail server fails (bookings/notice_tasks.py).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from wagtail.log_actions import log
from wagtail.models import PageLogEntry

from bookings import workflow
from bookings.enums import TOLD_OF_CHANGES, NoticeKind, RegistrationMode
from bookings.models import Booking, BookingMove, BookingNotice, Registration
from core.mail import render_text
from core.site_url import absolute_url
from events import occurrences
from events.enums import EventStatus

SENT_ACTION = "bookings.notice_sent"
# Notices of dates that do not take place: sending one cancels the bookings it tells.
CANCELLING = (NoticeKind.DATE_CANCELLED, NoticeKind.EVENT_CANCELLED)


class NoticeRefused(Exception):
    """The notice cannot be sent (any more); the message says why, to staff."""


@dataclass(frozen=True)
class Change:
    kind: str
    starts: tuple  # the dates concerned, aware; None for a place in the whole series
    shift: datetime.timedelta | None = None
    venue_id: int | None = None


@dataclass(frozen=True)
class LanguagePreview:
    code: str
    language: str  # its name, for staff
    count: int
    subject: str
    body: str


def previous_live(page, revision):
    """The page as it was published before `revision`, or None the first time."""
    entry = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish", revision__isnull=False)
        .exclude(revision=revision)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision.as_object() if entry else None


def takes_place(event, start):
    """Whether `event` has a date starting at `start` that is not cancelled."""
    found = occurrences.occurrences_of(event, start, start + datetime.timedelta(microseconds=1))
    return any(item.start == start and not item.cancelled for item in found)


def moved_start(old, new, start):
    """Where a date of `old` starting at `start` went in `new`: the new start of a
    one-off event, or the same day at the new time for a series."""
    if not occurrences.is_recurring(new):
        return occurrences.first_occurrence_start(new)
    zone = occurrences.centre_timezone()
    time = timezone.localtime(occurrences.first_occurrence_start(new), zone).time()
    day = timezone.localtime(start, zone).date()
    return datetime.datetime.combine(day, time, zone)


def changes(old, new, starts):
    """What people booked on `starts` (dates to come, None for the whole series) must
    hear of, `old` and `new` being the event as published before and now."""
    if new.status != old.status and new.status == EventStatus.CANCELLED:
        return [Change(NoticeKind.EVENT_CANCELLED, tuple(starts))]
    if new.status != old.status and new.status == EventStatus.POSTPONED:
        return [Change(NoticeKind.POSTPONED, tuple(starts))]
    if new.status in (EventStatus.CANCELLED, EventStatus.POSTPONED):
        return []
    new_venue = new.venue_id if new.venue_id and new.venue_id != old.venue_id else None
    cancelled, moved, stay = [], defaultdict(list), []
    series_shift = occurrences.first_occurrence_start(new) - occurrences.first_occurrence_start(old)
    for start in starts:
        if start is None and series_shift:  # a place in the whole series: its dates moved
            moved[series_shift].append(start)
            continue
        if start is None or not takes_place(old, start) or takes_place(new, start):
            stay.append(start)
            continue
        candidate = moved_start(old, new, start)
        if candidate != start and takes_place(new, candidate):
            moved[candidate - start].append(start)
        else:
            cancelled.append(start)
    found = []
    if cancelled:
        found.append(Change(NoticeKind.DATE_CANCELLED, tuple(cancelled)))
    for shift, moved_starts in moved.items():
        found.append(Change(NoticeKind.CHANGED, tuple(moved_starts), shift, new_venue))
    if new_venue and stay:
        found.append(Change(NoticeKind.CHANGED, tuple(stay), venue_id=new_venue))
    return found


def as_json(starts):
    return [start.astimezone(datetime.UTC).isoformat() if start else None for start in starts]


def from_json(starts):
    return [datetime.datetime.fromisoformat(start) if start else None for start in starts]


def booked_starts(registration, now):
    """The dates to come (and None for the series) that someone is booked or waiting for."""
    rows = Booking.objects.filter(registration=registration, status__in=TOLD_OF_CHANGES).filter(
        Q(start__gte=now) | Q(start=None)
    )
    found = set(rows.order_by().values_list("start", flat=True).distinct())
    return sorted(found, key=lambda start: (start is not None, start))


def is_recorded(registration, change):
    """Whether the same change was recorded already (publishing each language of the
    event compares it with its own previous revision, and finds the same change)."""
    same = BookingNotice.objects.filter(
        registration=registration,
        kind=change.kind,
        shift=change.shift,
        venue_id=change.venue_id,
    )
    starts = as_json(change.starts)
    return any(notice.starts == starts for notice in same)


def record_changes(page, revision, now=None):
    """Record, as pending notices, the changes of plan publishing `revision` of the
    event `page` makes for people booked. Returns the notices recorded."""
    registration = (
        Registration.objects.filter(event_key=page.translation_key)
        .exclude(mode=RegistrationMode.NONE)
        .first()
    )
    if registration is None:
        return []
    starts = booked_starts(registration, now or timezone.now())
    old = previous_live(page, revision) if starts else None
    if old is None:
        return []
    recorded = []
    for change in changes(old, page, starts):
        if not is_recorded(registration, change):
            recorded.append(
                BookingNotice.objects.create(
                    registration=registration,
                    event=page,
                    kind=change.kind,
                    starts=as_json(change.starts),
                    shift=change.shift,
                    venue_id=change.venue_id,
                )
            )
    return recorded


def pending(registration_key=None):
    """The notices not sent yet (for one event, in all its languages, if a key is given)."""
    notices = BookingNotice.objects.filter(sent_at=None).select_related("event", "venue")
    if registration_key is not None:
        notices = notices.filter(registration__event_key=registration_key)
    return notices


def recipients(notice):
    """The bookings told of the notice: booked, offered or waiting on its dates."""
    starts = from_json(notice.starts)
    dates = Q(start__in=[start for start in starts if start is not None])
    if None in starts:
        dates |= Q(start=None)
    return Booking.objects.filter(
        dates, registration_id=notice.registration_id, status__in=TOLD_OF_CHANGES
    )


def next_date(event, now=None):
    """The start of the event's next date that takes place, or None."""
    now = now or timezone.now()
    for item in occurrences.occurrences_of(event, now, now + occurrences.HORIZON):
        if not item.cancelled:
            return item.start
    return None


def new_start(notice, booking):
    """The booking's date after the change, for a notice that moves dates, else None;
    for a place in the whole series, the series' next date."""
    if notice.shift is None:
        return None
    if booking.start is None:
        return next_date(notice.event)
    # Sending the notice moves the bookings themselves (see send).
    return booking.start if notice.sent_at else booking.start + notice.shift


def message(notice, booking):
    """(subject, body) of the notice for one booking, in the language it was made in."""
    with translation.override(booking.language):
        context = {
            "notice": notice,
            "kind": notice.kind,
            "booking": booking,
            "event": booking.page or notice.event,
            "new_start": new_start(notice, booking),
            "venue": notice.venue.localized if notice.venue else None,
            "private_url": absolute_url(booking.get_private_url()),
        }
        subject = render_text("bookings/email/notice_subject.txt", context)
        body = render_text("bookings/email/notice.txt", context)
    return " ".join(subject.split()), body


def preview(notice):
    """The message in each language it will go out in, with how many people get it."""
    people = recipients(notice)
    counts = dict(people.order_by().values_list("language").annotate(count=Count("pk")))
    found = []
    for code, name in settings.LANGUAGES:
        if counts.get(code):
            sample = people.filter(language=code).select_related("page").first()
            subject, body = message(notice, sample)
            found.append(LanguagePreview(code, str(name), counts[code], subject, body))
    return found


def move_dates(notice, bookings):
    """Move the bookings to their new date (a new time or day of the event)."""
    for booking in bookings:
        booking.start += notice.shift
        booking.end = booking.end + notice.shift if booking.end else None
        booking.save(update_fields=["start", "end"])
        BookingMove.objects.create(
            booking=booking,
            from_status=booking.status,
            to_status=booking.status,
            note=gettext_noop("Date moved by a change of plan."),
            by=notice.sent_by,
        )


def send(notice, by=None, now=None):
    """Send the notice to everyone concerned, through every sender, by the mail worker.
    The tasks are queued in the same transaction that marks the notice sent. A notice
    of a cancelled date or event cancels the bookings and places waiting it tells of
    (logged as the sender's), so the message tells them their booking is cancelled."""
    from bookings.notice_tasks import queue_notice

    with transaction.atomic():
        notice = BookingNotice.objects.select_for_update().get(pk=notice.pk)
        if notice.sent_at is not None:
            raise NoticeRefused(_("This notice has been sent already."))
        people = list(recipients(notice).order_by("pk"))
        notice.sent_at = now or timezone.now()
        notice.sent_by = by
        notice.recipients = len(people)
        if notice.shift is not None:
            move_dates(notice, [booking for booking in people if booking.start])
        if notice.kind in CANCELLING:
            workflow.cancel_with_the_date(
                people, gettext_noop("Cancelled with its date by a change of plan."), by
            )
        notice.save(update_fields=["sent_at", "sent_by", "recipients"])
        log(
            instance=notice.event,
            action=SENT_ACTION,
            user=by,
            data={"notice": notice.pk, "kind": notice.kind, "recipients": len(people)},
        )
        for booking in people:
            queue_notice(notice.pk, booking.pk)
    return notice


def discard(notice):
    """Forget a notice not sent (the change was undone, say)."""
    with transaction.atomic():
        notice = BookingNotice.objects.select_for_update().get(pk=notice.pk)
        if notice.sent_at is not None:
            raise NoticeRefused(_("This notice has been sent already."))
        notice.delete()
