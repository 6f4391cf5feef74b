"""The Applications panel of the admin's dashboard, where staff land after signing in.

For staff who see applications (Festival planners, reviewers): each open call's
applications still to be judged, new and under review, and for a reviewer how many of
those they have not scored yet. Each number links to the listing, filtered. Two
queries: the counts grouped by call, and the calls' titles in the admin's language.
"""

from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import reverse

from wagtail.admin.ui.components import Component

from applications.admin_views import scored_by
from applications.enums import ApplicationStatus
from applications.filters import open_calls
from applications.permissions import is_reviewer, sees_every_application, visible_applications

NEW, UNDER_REVIEW = ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW


def shows_applications(user):
    return sees_every_application(user) or is_reviewer(user)


def listing_url(call_key, status):
    query = urlencode({"call_key": call_key, "status": status})
    return f"{reverse('applications_admin:index')}?{query}"


def waiting_by_call(user):
    """For each call with applications still to judge: its title, and the number of
    them new, under review, and under review without the user's own score, each with
    the listing's address that shows them."""
    unscored = ~scored_by(user)
    counts = (
        visible_applications(user)
        .filter(status__in=[NEW, UNDER_REVIEW])
        .order_by()
        .values("call_key")
        .annotate(
            new=Count("pk", filter=Q(status=NEW)),
            under_review=Count("pk", filter=Q(status=UNDER_REVIEW)),
            unscored=Count("pk", filter=Q(unscored, status=UNDER_REVIEW)),
        )
    )
    counts = {row["call_key"]: row for row in counts}
    return [
        {
            "title": call["title"],
            "new": counts[key]["new"],
            "new_url": listing_url(key, NEW),
            "under_review": counts[key]["under_review"],
            "unscored": counts[key]["unscored"],
            "under_review_url": listing_url(key, UNDER_REVIEW),
        }
        for call in open_calls()
        if (key := call["translation_key"]) in counts
    ]


class ApplicationsPanel(Component):
    name = "applications"
    template_name = "applications/admin/dashboard_panel.html"
    order = 50  # first: before Wagtail's own panels

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {
            "calls": waiting_by_call(self.user),
            # A reviewer's own scores; planners see every review in the listing.
            "shows_unscored": not sees_every_application(self.user),
            "listing_url": reverse("applications_admin:index"),
        }
