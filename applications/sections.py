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
