from .pages import EventIndexPage, EventPage, FestivalPage
from .venues import Venue

__all__ = ["EventIndexPage", "EventPage", "FestivalPage", "Venue"]
