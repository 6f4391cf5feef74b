"""A festival edition's programme: its events by day and by stage, and its line-up."""

from collections import defaultdict

from events import occurrences, restrictions
from events.models.pages import EventPage
from people.models import Person


def festival_schedule(festival):
    return schedule_of(list(public_in_order(EventPage.objects.live().child_of(festival))))


def public_in_order(events):
    """The public ones of `events`, with their venue, in order of their start."""
    return events.filter(restrictions.public_q()).select_related("venue").order_by("start")


def schedule_of(events):
    """The schedule by day and stage and the line-up of a festival's public events, in
    order of their start."""
    if not events:
        return {"schedule": [], "lineup": []}
    after = min(event.start for event in events)
    before = max(occurrences.last_end(event) or after for event in events)
    by_day = defaultdict(lambda: defaultdict(list))
    for occurrence in occurrences.occurrences(events, after, before):
        by_day[occurrence.start.date()][occurrence.event.venue].append(occurrence)
    schedule = [
        {
            "date": day,
            "stages": [
                {"venue": venue, "occurrences": found}
                for venue, found in sorted(
                    stages.items(), key=lambda item: item[0].name if item[0] else ""
                )
            ],
        }
        for day, stages in sorted(by_day.items())
    ]
    return {"schedule": schedule, "lineup": lineup(events)}


def lineup(events):
    """Everyone who performs at the festival, by name, in one query."""
    person_ids = {
        block["value"]
        for event in events
        for block in event.performers.raw_data
        if block["type"] == "person"
    }
    return list(Person.objects.filter(pk__in=person_ids).select_related("photo"))
