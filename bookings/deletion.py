"""An event page with bookings is not deleted: the bookings are the record of who
booked (kept until the retention period ends, bookings/privacy.py) and each person's
private link shows them. Staff cancel the event instead (status: cancelled), so that
the people booked are told; once its bookings are gone the page can be deleted.

Wagtail asks before deleting one page (`before_delete_page`) or several
(`before_bulk_action`): both run `refusal` on the pages and their subpages.
"""

from django.db.models import Q
from django.utils.translation import ngettext

from wagtail.models import Page

from bookings.models import Booking


def bookings_on(pages):
    """The bookings made for the events among `pages` and their subpages, in any
    language of them (a booking belongs to the event in every language)."""
    doomed = Page.objects.none()
    for page in pages:
        doomed |= Page.objects.descendant_of(page, inclusive=True)
    return Booking.objects.filter(
        Q(registration__event_key__in=doomed.values("translation_key"))
        | Q(page__in=doomed.values("pk"))
    )


def refusal(pages):
    """Why these pages cannot be deleted, or None when no event among them has bookings."""
    count = bookings_on(pages).count()
    if not count:
        return None
    return ngettext(
        "Not deleted: this event has %(count)s booking, kept as the record of who booked "
        "until the retention period ends. To call the event off, set its status to "
        "Cancelled and publish: the people booked are told.",
        "Not deleted: these events have %(count)s bookings, kept as the record of who "
        "booked until the retention period ends. To call an event off, set its status to "
        "Cancelled and publish: the people booked are told.",
        count,
    ) % {"count": count}
