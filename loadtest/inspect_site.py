"""Run inside the site (`python -m loadtest.inspect_site WHAT`): prints what the checks need.

`calls`: the addresses of the open calls. `applications PREFIX`: every application
whose email starts with PREFIX, with its files' checksums read back through the site's
private storage, and whether its emails went out. `booking_forms`: the booking forms of
the events that take bookings with a waiting list (a full date still keeps a booking).
`bookings PREFIX`: every booking whose email starts with PREFIX, and how many of their
emails wait in the queue.
"""

import hashlib
import json
import os
import sys

import django


def calls():
    from applications.models import OpenCallPage

    return [call.url for call in OpenCallPage.objects.live() if call.status == "open"]


def applications(prefix):
    from django_tasks_db.models import DBTaskResult

    from applications.models import Application

    found = []
    for application in Application.objects.filter(email__startswith=prefix).prefetch_related(
        "files"
    ):
        files = {}
        for file in application.files.all():
            with file.file.open("rb") as stored:
                files[file.original_name] = hashlib.sha256(stored.read()).hexdigest()
        found.append(
            {
                "reference": application.reference,
                "token": str(application.submission_token),
                "email": application.email,
                "files": files,
                "mailed": bool(application.confirmation_sent_at and application.staff_notified_at),
            }
        )
    waiting = DBTaskResult.objects.filter(backend_name="mail", status="READY").count()
    return {"applications": found, "mail_waiting": waiting}


def booking_forms():
    from bookings.models import Registration
    from events.models import EventPage

    keys = Registration.objects.filter(waiting_list=True).exclude(mode="none")
    events = EventPage.objects.live().filter(translation_key__in=keys.values("event_key"))
    return [f"{event.url}book/" for event in events if not event.is_cancelled]


def bookings(prefix):
    from django_tasks_db.models import DBTaskResult

    from bookings.models import Booking

    found = [
        {"reference": reference, "email": email, "status": status}
        for reference, email, status in Booking.objects.filter(email__startswith=prefix)
        .order_by("pk")
        .values_list("reference", "email", "status")
    ]
    waiting = DBTaskResult.objects.filter(
        backend_name="mail", status="READY", task_path="bookings.tasks.send_booking_email"
    ).count()
    return {"bookings": found, "mail_waiting": waiting}


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bactria_site.settings.production")
    django.setup()
    what, *args = sys.argv[1:]
    commands = {
        "calls": calls,
        "applications": applications,
        "booking_forms": booking_forms,
        "bookings": bookings,
    }
    print(json.dumps(commands[what](*args)))  # noqa: T201
