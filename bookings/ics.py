"""The calendar file (.ics) sent with a booking: the date booked, or the whole series."""

from django.utils import timezone

from icalendar import Calendar, Event

from events import ics

DOMAIN = ics.DOMAIN


def booking_calendar(booking):
    page = booking.page
    if booking.start is None:  # the whole series, with its rule and cancelled dates
        return ics.build_calendar([page], None, page.title, booking.language)
    calendar = Calendar()
    calendar.add("prodid", "-//Bactria Culture Centre//Bookings//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"booking-{booking.reference}@{DOMAIN}")
    event.add("dtstamp", timezone.now())
    event.add("summary", page.title)
    event.add("dtstart", booking.start)
    event.add("dtend", booking.end or booking.start)
    url = page.get_full_url()
    if url:
        event.add("url", url)
    event.add("description", "\n\n".join(filter(None, [booking.reference, page.summary, url])))
    if page.venue:
        event.add("location", ", ".join(filter(None, [page.venue.name, page.venue.address])))
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
