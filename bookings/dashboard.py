"""The bookings panel of the admin's dashboard, for staff who see bookings (Festival
planners): the dates of the next two weeks with someone booked or waiting, each with its
counts and the ways to its people and to the check-in at the door. Two queries."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from bookings import staff
from bookings.admin_views import date_title

DAYS = 14  # today and the thirteen days after it


class ComingBookingsPanel(Component):
    name = "coming_bookings"
    template_name = "bookings/admin/dashboard_panel.html"
    order = 70  # after the applications and materials, before Wagtail's own panels

    def get_context_data(self, parent_context):
        dates = staff.coming_dates_with_bookings(DAYS)
        return {
            "dates": [
                {
                    "title": date_title(counts.registration, counts.start),
                    "counts": counts,
                    "people_url": reverse(
                        "bookings_admin:date", args=[counts.registration.pk, counts.key]
                    ),
                    "check_in_url": reverse(
                        "bookings_admin:check_in", args=[counts.registration.pk, counts.key]
                    ),
                }
                for counts in dates
            ],
            "all_dates_url": reverse("bookings_admin:dates"),
        }
