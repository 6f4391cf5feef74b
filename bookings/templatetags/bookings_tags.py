"""The "Book a place" link an event page shows when its event takes bookings.

Whether it does is kept in the cache under the site's content version (a registration
saved changes the version, bookings/signals.py), so the event page costs no query more
and stays the same for every visitor. So are the places left it shows, and the
listings' (bookings/places.py): a change of the places held changes the version."""

from django import template

from bookings import places
from bookings.enums import RegistrationMode
from bookings.models import Registration
from core.page_cache import for_content_version

register = template.Library()


def takes_bookings(event):
    def compute():
        registrations = Registration.objects.filter(event_key=event.translation_key)
        return "yes" if registrations.exclude(mode=RegistrationMode.NONE).exists() else "no"

    return for_content_version(f"bookings:registration:{event.translation_key}", compute) == "yes"


@register.inclusion_tag("bookings/booking_link.html", takes_context=True)
def booking_link(context, event):
    request = context.get("request")
    url = event.get_url(request) + "book/" if takes_bookings(event) else None
    return {"booking_url": url}


@register.inclusion_tag("bookings/places_left.html")
def places_left(event):
    """ "2 places left" / "Full — join the waiting list" for the event's next dates."""
    return {"dates": places.next_places(event) if takes_bookings(event) else []}


@register.simple_tag
def places_of_days(days):
    """The places left of every date a listing shows ([(day, occurrences)]), read at
    once: {(event key, start): text}."""
    return places.places_in_listing([o for _day, found in days for o in found])


@register.simple_tag
def places_of_occurrences(occurrences):
    return places.places_in_listing(occurrences)


@register.simple_tag
def places_of(listing_places, occurrence):
    """The places left of one listed date, from places_of_days's answer ("" if none)."""
    if not listing_places:
        return ""
    return listing_places.get((occurrence.event.translation_key, occurrence.start), "")
