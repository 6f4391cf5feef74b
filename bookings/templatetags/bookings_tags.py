"""The "Book a place" link an event page shows when its event takes bookings.

Whether it does is kept in the cache under the site's content version (a registration
saved changes the version, bookings/signals.py), so the event page costs no query more
and stays the same for every visitor: places left are told on the booking form."""

from django import template

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
