"""Someone who lost the email with their booking's private link asks for it again.

They give the address they booked with; each of its bookings still to come (booked,
offered a place or waiting, for today or later, or for a whole series) gets an email
with its link, in the language it was made in, through the mail worker. The page
answers the same whatever the address, so that it never tells who booked. One address
is sent its links once in LINKS_INTERVAL (asking again changes nothing), and one
visitor may ask a few times an hour (settings.BOOKING_LINKS_LIMIT). As for
applications: applications/lost_links.py.
"""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from bookings import tasks
from bookings.enums import TOLD_OF_CHANGES
from bookings.models import Booking
from ops.rate_limit import first_in, over_limit

LINKS_INTERVAL = 15 * 60  # seconds


def too_many_requests(request):
    limit, period = settings.BOOKING_LINKS_LIMIT
    return over_limit(request, "booking-links", limit, period)


def coming_bookings(email, now=None):
    """The bookings made with `email` that still matter to their person: holding or
    waiting for a place, on a date from today on or for a whole series."""
    today = timezone.localdate(now)
    start_of_today = timezone.make_aware(datetime.datetime.combine(today, datetime.time()))
    return Booking.objects.filter(
        Q(start__gte=start_of_today) | Q(start=None),
        email__iexact=email,
        status__in=TOLD_OF_CHANGES,
    )


def send_links(email):
    """Queue the link email of each coming booking made with `email` (as the form
    cleaned it), unless that address was sent them within LINKS_INTERVAL."""
    if not first_in("booking-links", email, LINKS_INTERVAL):
        return
    for booking_id in coming_bookings(email).values_list("pk", flat=True):
        tasks.queue_email(booking_id, "link")
