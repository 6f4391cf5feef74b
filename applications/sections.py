"""Open calls as other pages show them: a programme lists its calls that are not closed."""

from django.utils import timezone

from applications.models import OpenCallPage

# What the lists of calls show (applications/open_calls.html): the rest of a call's
# page (its questions, its emails) stays in the database.
LISTED = ("title", "url_path", "summary", "opens_at", "closes_at")


def open_calls_of(programme):
    """The programme's calls not closed yet, the soonest to open first."""
    return list(
        OpenCallPage.objects.child_of(programme)
        .live()
        .filter(closes_at__gt=timezone.now())
        .order_by("opens_at")
        .only(*LISTED)
    )


def calls_taking_applications(locale_id, limit=3):
    """The calls open now in one language, the soonest to close first (for the home page)."""
    now = timezone.now()
    return list(
        OpenCallPage.objects.live()
        .filter(locale_id=locale_id, opens_at__lte=now, closes_at__gt=now)
        .order_by("closes_at")
        .only(*LISTED)[:limit]
    )
