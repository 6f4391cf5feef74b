"""schema.org Event and Festival data for search engines, as JSON-LD."""

import re
from decimal import Decimal

from django.utils import timezone

from core.jsonld import CONTEXT, json_ld_script, organization, postal_address
from core.sharing import sharing_image_url
from events.enums import EventStatus

__all__ = ["event_data", "festival_data", "json_ld_script"]

STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.RESCHEDULED: "https://schema.org/EventRescheduled",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}
CURRENCY = "TJS"
# Amounts in a price as staff write it ("20 somoni", "1 500 сомонӣ", "10,50"): digits,
# thousands apart by a space, decimals after a point or a comma.
AMOUNT = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")


def attendance_mode(event):
    if event.status == EventStatus.MOVED_ONLINE or (event.online_url and not event.venue):
        return "https://schema.org/OnlineEventAttendanceMode"
    if event.online_url:
        return "https://schema.org/MixedEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def performer(person):
    """A performer as schema.org types it: an ensemble is a MusicGroup."""
    return {"@type": "MusicGroup" if person.is_group else "Person", "name": person.name}


def place(venue):
    return {
        "@type": "Place",
        "name": venue.name,
        "address": postal_address(venue.address, venue.city, venue.postal_code),
    }


def amounts_in(price):
    """The amounts a price text names, as decimal strings ("20 somoni" → ["20"])."""
    found = (re.sub(r"\s", "", amount).replace(",", ".") for amount in AMOUNT.findall(price))
    return sorted({Decimal(amount) for amount in found})


def offers(event, url, *, on_sale):
    """The offer search engines show when the page shows a price, or None: price and
    currency (somoni), several amounts as a range, on sale while the date is to come."""
    if not (event.is_free or event.price or event.ticket_url):
        return None
    offer = {"@type": "Offer", "url": event.ticket_url or url, "priceCurrency": CURRENCY}
    amounts = [Decimal(0)] if event.is_free else amounts_in(event.price)
    if len(amounts) == 1:
        offer["price"] = str(amounts[0])
    elif amounts:
        offer.update(
            {"@type": "AggregateOffer", "lowPrice": str(amounts[0]), "highPrice": str(amounts[-1])}
        )
    if event.price and not event.is_free:
        offer["description"] = event.price
    if on_sale:
        offer["availability"] = "https://schema.org/InStock"
    return offer


def event_data(event, occurrence, request, *, performers):
    """`occurrence`: the date shown, the next that takes place where there is one."""
    status = EventStatus.CANCELLED if occurrence.cancelled else event.status
    data = {
        "@context": CONTEXT,
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": event.get_full_url(request),
        "startDate": occurrence.start.isoformat(),
        "endDate": occurrence.end.isoformat(),
        "eventStatus": STATUS[status],
        "eventAttendanceMode": attendance_mode(event),
        "organizer": organization(request),
        "performer": [performer(person) for person in performers],
        "inLanguage": request.LANGUAGE_CODE,
    }
    if event.all_day:
        data["startDate"] = occurrence.start.date().isoformat()
        data["endDate"] = occurrence.last_day.isoformat()
    if event.previous_start and event.status == EventStatus.RESCHEDULED:
        data["previousStartDate"] = event.previous_start.isoformat()
    if event.venue:
        data["location"] = place(event.venue)
    elif event.online_url:
        data["location"] = {"@type": "VirtualLocation", "url": event.online_url}
    if image_url := sharing_image_url(request, event):
        data["image"] = [image_url]
    if event.is_free:
        data["isAccessibleForFree"] = True
    on_sale = (
        event.status != EventStatus.CANCELLED
        and not occurrence.cancelled
        and occurrence.end > timezone.now()
    )
    if offer := offers(event, data["url"], on_sale=on_sale):
        data["offers"] = offer
    return data


def festival_data(festival, request, *, schedule, lineup, programme):
    """A festival edition: a schema.org Festival whose sub-events are its events, part
    of the festival's series (its programme) when it has one."""
    found = [
        occurrence
        for day in schedule
        for stage in day["stages"]
        for occurrence in stage["occurrences"]
    ]
    data = {
        "@context": CONTEXT,
        "@type": "Festival",
        "name": festival.title,
        "description": festival.summary,
        "url": festival.get_full_url(request),
        "eventStatus": STATUS[EventStatus.SCHEDULED],
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "organizer": organization(request),
        "performer": [performer(person) for person in lineup],
        "inLanguage": request.LANGUAGE_CODE,
    }
    if found:
        data["startDate"] = min(occurrence.start for occurrence in found).isoformat()
        data["endDate"] = max(occurrence.end for occurrence in found).isoformat()
        venues = {o.event.venue.pk: o.event.venue for o in found if o.event.venue}
        data["location"] = [place(venue) for venue in venues.values()]
        data["subEvent"] = [sub_event(occurrence, request) for occurrence in found]
    if image_url := sharing_image_url(request, festival):
        data["image"] = [image_url]
    if programme is not None:
        data["superEvent"] = {
            "@type": "EventSeries",
            "name": programme.title,
            "url": programme.get_full_url(request),
        }
    return data


def sub_event(occurrence, request):
    event = occurrence.event
    data = {
        "@type": "Event",
        "name": event.title,
        "url": event.get_full_url(request),
        "startDate": occurrence.start.isoformat(),
        "endDate": occurrence.end.isoformat(),
        "eventStatus": STATUS[event.status],
    }
    if event.venue:
        data["location"] = place(event.venue)
    return data
