"""The moderation panel of the admin's dashboard, for Resource moderators: how many
materials wait for moderation and since when, with the way to the queue. One query."""

from django.db.models import Count, Min
from django.urls import reverse

from wagtail.admin.ui.components import Component

from resources.models import Resource, ResourceStatus


class ModerationPanel(Component):
    name = "resource_moderation"
    template_name = "resources/admin/dashboard_panel.html"
    order = 60  # after the applications, before Wagtail's own panels

    def get_context_data(self, parent_context):
        # A decision moves every translation of a material: count materials, not rows.
        waiting = Resource.objects.filter(status=ResourceStatus.SUBMITTED).aggregate(
            count=Count("translation_key", distinct=True), oldest=Min("created_at")
        )
        return {**waiting, "queue_url": reverse("resource_moderation")}
