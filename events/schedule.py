"""A festival edition's programme: its events by day and by stage, and its line-up."""

from collections import defaultdict

from events import occurrences, restrictions
from events.models.pages import EventPage
from people.models import Person


def festival_schedule(festival):
    events = list(
        EventPage.objects.live()
        .child_of(festival)
        .filter(restrictions.public_q())
        .select_related("venue")
        .order_by("start")
    )
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
