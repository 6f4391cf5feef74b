"""What other pages show of the events: the next dates on the home and programme pages."""

from events.stored_dates import upcoming


def next_events(locale_id, count=4):
    return upcoming(count, locale_id=locale_id)


def next_events_of_programme(programme, count=5):
    return upcoming(
        count, locale_id=programme.locale_id, programme__translation_key=programme.translation_key
    )
