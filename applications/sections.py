"""Open calls as other pages show them: a programme lists its calls that are not closed."""

from django.utils import timezone

from applications.models import OpenCallPage


def open_calls_of(programme):
    return list(
        OpenCallPage.objects.child_of(programme)
        .live()
        .filter(closes_at__gt=timezone.now())
        .order_by("opens_at")
    )


def calls_taking_applications(locale_id, limit=3):
    """The calls open now in one language, the soonest to close first (for the home page)."""
    now = timezone.now()
    return list(
        OpenCallPage.objects.live()
        .filter(locale_id=locale_id, opens_at__lte=now, closes_at__gt=now)
        .order_by("closes_at")[:limit]
    )
