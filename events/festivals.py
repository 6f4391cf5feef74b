"""A festival's editions, for its programme page: each edition with its dates, and the
one to show in full (on now or next, else the latest)."""

import datetime
import functools
import operator
from dataclasses import dataclass, field

from django.utils import timezone

from core import navigation
from events import restrictions
from events.models.pages import EventPage, FestivalPage
from events.schedule import public_in_order


@dataclass
class Edition:
    page: FestivalPage
    events: list = field(default_factory=list)  # its public events, in order

    @property
    def opens(self):
        return self.events[0].first_start if self.events else None

    @property
    def closes(self):
        """Its last end; None when it has no events or one repeats without end."""
        ends = [event.last_end for event in self.events]
        return None if not ends or None in ends else max(ends)

    @property
    def first_day(self):
        return timezone.localtime(self.opens).date() if self.opens else None

    @property
    def last_day(self):
        """The last day it takes place on (its end is exclusive: midnight ends the day
        before)."""
        if self.closes is None:
            return None
        return timezone.localtime(self.closes - datetime.timedelta(microseconds=1)).date()

    def state(self, now):
        """'current', 'next' or 'past'; an edition without events is past."""
        if self.opens is None or (self.closes is not None and self.closes <= now):
            return "past"
        return "current" if self.opens <= now else "next"


def editions_of_programme(programme):
    """The programme's public editions in its language (an edition may name the
    programme in another language), each with its events, in order of their opening
    (editions without events last): two queries, one when there is no edition."""
    pages = list(
        FestivalPage.objects.live()
        .filter(restrictions.public_q())
        .filter(
            locale_id=programme.locale_id, programme_id__in=navigation.translation_ids(programme)
        )
        .only("title", "url_path", "locale_id", "path", "depth")
        .order_by("path")
    )
    if not pages:
        return []
    any_edition = functools.reduce(operator.or_, map(EventPage.objects.child_of_q, pages))
    events = public_in_order(EventPage.objects.live().filter(any_edition)).defer("body")
    editions = {page.pk: Edition(page) for page in pages}
    for event in events:
        edition = next(found for found in editions.values() if event.is_child_of(found.page))
        edition.events.append(event)
    return sorted(editions.values(), key=lambda edition: (edition.opens is None, edition.opens))


def featured(editions, now):
    """The edition on now or the next one; else the latest that took place."""
    coming = [edition for edition in editions if edition.state(now) != "past"]
    if coming:
        return coming[0]
    held = [edition for edition in editions if edition.opens]
    return held[-1] if held else None
