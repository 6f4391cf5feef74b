"""A limit on how often one address may post application forms (ops/rate_limit.py)."""

from django.conf import settings

from ops.rate_limit import over_limit


def too_many_posts(request):
    """Count this POST; True once the address went over the limit for the period."""
    limit, period = settings.APPLICATION_POST_LIMIT
    return over_limit(request, "applications", limit, period)
