"""Links to the calendar files (.ics) pages offer, for the pages' templates."""

from django import template

from events import calendars

register = template.Library()


@register.inclusion_tag("events/calendar_link.html")
def calendar_link(page):
    """The link to the page's calendar file, with what it adds; nothing when it offers none."""
    return {"calendar": calendars.link_of(page)}


@register.inclusion_tag("events/calendar_alternate.html")
def calendar_alternate(page):
    """The page's calendar file as an alternate of the page, for the <head>."""
    return {"calendar": calendars.link_of(page), "title": page.title}
