"""What other pages show of the events, so that those pages' apps need not know them."""

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from core import navigation
from events import festivals
from events.models import EventIndexPage
from events.schedule import schedule_of
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


FEATURED_HEADINGS = {
    "current": lambda title: _("On now: %(edition)s") % {"edition": title},
    "next": lambda title: _("Coming next: %(edition)s") % {"edition": title},
    "past": lambda title: _("The latest edition: %(edition)s") % {"edition": title},
}


@register.inclusion_tag("events/festival_editions.html")
def festival_editions_of(programme):
    """A festival programme's editions, linked, and the schedule and line-up of the one
    on now or next (else the latest); nothing for a programme without editions."""
    editions = festivals.editions_of_programme(programme)
    now = timezone.now()
    featured = festivals.featured(editions, now)
    if featured is None:
        return {"editions": editions}
    return {
        "editions": editions,
        "featured": featured,
        "featured_heading": FEATURED_HEADINGS[featured.state(now)](featured.page.title),
        **schedule_of(featured.events),
    }
