"""20 people book the last 5 places of a date at the same moment, each in a thread with
its own database connection. Run by test_parallel_bookings.py in a process of its own,
on a PostgreSQL database of its own; prints how the bookings ended, as JSON."""

import datetime
import json
import threading
import uuid

import django

django.setup()

from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.models import Locale, Page  # noqa: E402

from bookings import workflow  # noqa: E402
from bookings.enums import BookingStatus  # noqa: E402
from bookings.models import Booking, Registration  # noqa: E402
from events.models import EventPage  # noqa: E402

PEOPLE = 20


def site_root():
    """The tree's root: the tables were made from the models (`race_settings`), without
    the migrations that add Wagtail's root page and first language."""
    Locale.objects.get_or_create(language_code="en")
    return Page.get_first_root_node() or Page.add_root(title="Root")


def main():
    start = timezone.now() + datetime.timedelta(days=7)
    event = EventPage(title="Workshop", slug=f"workshop-{uuid.uuid4().hex[:6]}", start=start)
    site_root().add_child(instance=event)
    registration = Registration.objects.create(event=event, capacity=25, max_places=1)
    for number in range(20):  # the first 20 places are gone
        details = {"places": 1, "name": f"Early {number}", "email": "early@example.org"}
        workflow.book(registration, event, start, None, details, "en", uuid.uuid4())
    ready = threading.Barrier(PEOPLE)
    errors = []

    def book(number):
        try:
            ready.wait()
            details = {"places": 1, "name": f"Late {number}", "email": "late@example.org"}
            workflow.book(registration, event, start, None, details, "en", uuid.uuid4())
        except Exception as error:  # noqa: BLE001 - reported to the test
            errors.append(repr(error))
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=book, args=(n,)) for n in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    late = Booking.objects.filter(registration=registration, name__startswith="Late")
    print(
        json.dumps(
            {
                "booked": late.filter(status=BookingStatus.BOOKED).count(),
                "waiting": late.filter(status=BookingStatus.WAITING).count(),
                "places_left": workflow.places_left(registration, start),
                "database": connection.vendor,
                "errors": errors,
            }
        )
    )


if __name__ == "__main__":
    main()
