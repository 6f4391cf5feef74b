"""schema.org Event data for search engines, as JSON-LD."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from events.enums import EventStatus

STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.RESCHEDULED: "https://schema.org/EventRescheduled",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}

# The characters that could end the <script> element or open a comment in it.
ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def attendance_mode(event):
    if event.status == EventStatus.MOVED_ONLINE or (event.online_url and not event.venue):
        return "https://schema.org/OnlineEventAttendanceMode"
    if event.online_url:
        return "https://schema.org/MixedEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def event_data(event, occurrence, request, *, performers, organizer, image_url):
    """`occurrence`: the date shown, the next that takes place where there is one."""
    status = EventStatus.CANCELLED if occurrence.cancelled else event.status
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": event.get_full_url(request),
        "startDate": occurrence.start.isoformat(),
        "endDate": occurrence.end.isoformat(),
        "eventStatus": STATUS[status],
        "eventAttendanceMode": attendance_mode(event),
        "organizer": {
            "@type": "Organization",
            "name": organizer,
            "url": request.build_absolute_uri("/"),
        },
        "performer": [{"@type": "Person", "name": person.name} for person in performers],
        "inLanguage": request.LANGUAGE_CODE,
    }
    if event.all_day:
        data["startDate"] = occurrence.start.date().isoformat()
        data["endDate"] = occurrence.last_day.isoformat()
    if event.previous_start and event.status == EventStatus.RESCHEDULED:
        data["previousStartDate"] = event.previous_start.isoformat()
    if event.venue:
        data["location"] = {
            "@type": "Place",
            "name": event.venue.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.venue.address,
                "addressLocality": event.venue.city,
                "addressCountry": "TJ",
            },
        }
    elif event.online_url:
        data["location"] = {"@type": "VirtualLocation", "url": event.online_url}
    if image_url:
        data["image"] = [image_url]
    offer_url = event.ticket_url or data["url"]
    if event.is_free:
        data["isAccessibleForFree"] = True
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "TJS", "url": offer_url}
    elif event.ticket_url or event.price:
        data["offers"] = {"@type": "Offer", "url": offer_url, "description": event.price}
    return data


def json_ld_script(data):
    text = json.dumps(data, ensure_ascii=False).translate(ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - escaped above
