"""What other pages show of the events: the next dates on the home and programme pages."""

from events.models import EventPage
from events.stored_dates import upcoming


def _events_of_language(locale_id):
    return EventPage.objects.live().filter(locale_id=locale_id)


def next_events(locale_id, count=4):
    return upcoming(_events_of_language(locale_id), count)


def next_events_of_programme(programme, count=5):
    events = _events_of_language(programme.locale_id).filter(
        programme__translation_key=programme.translation_key
    )
    return upcoming(events, count)
