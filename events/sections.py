"""What other pages show of the events: the next dates on the home and programme pages."""

from events.stored_dates import upcoming


def next_events(locale_id, count=4):
    return upcoming(count, locale_id=locale_id)


def next_events_of_programme(programme, programme_ids, count=5):
    """`programme_ids`: the programme's versions in every language (an event of this
    language may name it in another)."""
    return upcoming(count, locale_id=programme.locale_id, programme_id__in=programme_ids)
