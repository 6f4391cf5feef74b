"""The translations panel of the admin's dashboard, for staff who translate or edit
pages (Communication editors, Festival planners): how many Russian and Tajik versions
are missing, out of date or incomplete, each number a link to the Translation status
report showing them. The report's own fixed number of queries."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from core import translation_status as status

TO_DO = (status.MISSING, status.OUTDATED, status.INCOMPLETE)


class TranslationsPanel(Component):
    name = "translations"
    template_name = "core/admin/dashboard_panel.html"
    order = 80  # after the applications, materials and bookings

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        report_url = reverse("translation_status")
        counts = status.status_counts(status.translation_sections(self.user, report_url))
        labels = status.status_labels()
        to_do = [
            {"label": labels[name], "count": counts[name], "url": f"{report_url}?only={name}"}
            for name in TO_DO
        ]
        return {
            "to_do": to_do,
            "nothing_to_do": not any(item["count"] for item in to_do),
            "report_url": report_url,
        }
