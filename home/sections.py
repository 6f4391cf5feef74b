"""
The home page's sections, each one query whatever the amount of content.

Images come with their renditions (core.renditions): one query more for each
section with images, and no cache lookups for each image.
"""

from django.db.models import OuterRef, QuerySet, Subquery

from core import navigation
from core.renditions import as_cards, with_renditions
from events import sections as events_sections
from events.models import EventIndexPage
from home.models import HomeFeaturedProgramme
from news.models import NewsIndexPage, NewsPage
from partners.models import Organisation
from programmes.models import ProgrammePage


def featured_programmes(home):
    """The programmes staff chose, in their order, in the home page's language: the
    saved choice read inside one query; in the editor's preview, the form's unsaved
    choice, held in memory (modelcluster)."""
    programmes = with_renditions(
        ProgrammePage.objects.live().filter(locale_id=home.locale_id), "hero_image"
    )
    chosen = home.featured_programmes.all()
    if isinstance(chosen, QuerySet):
        position = HomeFeaturedProgramme.objects.filter(
            page=home, programme__translation_key=OuterRef("translation_key")
        ).values("sort_order")[:1]
        keys = chosen.values("programme__translation_key")
        return list(
            programmes.filter(translation_key__in=Subquery(keys))
            .annotate(position=Subquery(position))
            .order_by("position")
        )
    keys = [
        item.programme.translation_key
        for item in sorted(chosen, key=lambda item: item.sort_order or 0)
    ]
    return sorted(
        programmes.filter(translation_key__in=keys),
        key=lambda page: keys.index(page.translation_key),
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
