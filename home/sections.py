"""
The home page's sections, each one query whatever the amount of content.

Images come with their renditions (core.renditions): one query more for each
section with images, and no cache lookups for each image.
"""

from django.db.models import OuterRef, Subquery

from core import navigation
from core.renditions import as_cards, with_renditions
from events import sections as events_sections
from events.models import EventIndexPage
from home.models import HomeFeaturedProgramme
from news.models import NewsIndexPage, NewsPage
from partners.models import Organisation
from programmes.models import ProgrammePage


def featured_programmes(home):
    """The programmes staff chose, in their order, in the home page's language."""
    position = HomeFeaturedProgramme.objects.filter(
        page=home, programme__translation_key=OuterRef("translation_key")
    ).values("sort_order")[:1]
    chosen = home.featured_programmes.values("programme__translation_key")
    return list(
        with_renditions(
            ProgrammePage.objects.live()
            .filter(locale_id=home.locale_id, translation_key__in=Subquery(chosen))
            .annotate(position=Subquery(position))
            .order_by("position"),
            "hero_image",
        )
    )


def latest_news(home, count):
    """The newest news items under this home page."""
    return list(
        as_cards(NewsPage.objects.live().descendant_of(home), "image", "date").order_by(
            "-date", "-pk"
        )[:count]
    )


def partner_strip(locale_id):
    return list(
        with_renditions(
            Organisation.objects.filter(locale_id=locale_id, show_on_home_page=True), "logo"
        )
    )


def news_index(request):
    return navigation.section_of_type(request, NewsIndexPage)


def events_index(request):
    return navigation.section_of_type(request, EventIndexPage)


def next_events(locale_id):
    """The next few occurrences of events in this language: the block hides when none."""
    return events_sections.next_events(locale_id)
