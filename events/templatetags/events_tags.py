"""What other pages show of the events, so that those pages' apps need not know them."""

from django import template

from core import navigation
from events.models import EventIndexPage
from events.sections import next_events_of_programme

register = template.Library()


@register.inclusion_tag("events/next_events.html", takes_context=True)
def next_events_of(context, programme, heading, heading_id):
    """The programme's next dates (its events in the page's language that name it in
    any language), with a link to all events; nothing when none are coming."""
    request = context["request"]
    occurrences = next_events_of_programme(programme)
    return {
        "request": request,
        "occurrences": occurrences,
        "heading": heading,
        "heading_id": heading_id,
        "events_index": (
            navigation.section_of_type(request, EventIndexPage) if occurrences else None
        ),
    }
