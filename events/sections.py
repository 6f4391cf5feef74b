"""What other pages show of the events: the next dates on the home and programme pages."""

from core import navigation
from events.stored_dates import upcoming


def next_events(locale_id, count=4):
    return upcoming(count, locale_id=locale_id)


def next_events_of_programme(programme, count=5):
    """The next dates of the programme's events in its language; an event may name the
    programme in another language."""
    return upcoming(
        count,
        locale_id=programme.locale_id,
        programme_id__in=navigation.translation_ids(programme),
    )
