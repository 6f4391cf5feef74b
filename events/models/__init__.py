from .occurrences import EventOccurrence
from .pages import EventIndexPage, EventPage, FestivalPage
from .venues import Venue

__all__ = ["EventIndexPage", "EventOccurrence", "EventPage", "FestivalPage", "Venue"]
