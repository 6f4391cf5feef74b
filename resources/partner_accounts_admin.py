"""Partner accounts in the admin (Resource centre → Partner accounts), for resource
moderators and superusers (`resources.view_partneraccount`, `change_partneraccount`).

Read-mostly: the listing shows who signed up for which organisation, and the form
changes only two things: access granted without a contribution, and the membership
confirmed (someone who named an existing organisation at sign-up is not its member
until then: resources/signup.py). No add or delete here, and nothing of the password.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from resources.models import PartnerAccount

FIELDS = ["access_granted", "membership_confirmed"]
# The hook of the admin's "Resource centre" menu (wagtail_hooks.py), which lists this too.
MENU_HOOK = "register_resource_centre_menu_item"


class PartnerAccountViewSet(ModelViewSet):
    model = PartnerAccount
    icon = "group"
    menu_label = _("Partner accounts")
    menu_order = 3
    menu_hook = MENU_HOOK
    url_prefix = "resource-partner-accounts"
    form_fields = FIELDS
    list_display = [
        Column("organisation", label=_("Organisation")),
        Column("user", label=_("Email"), accessor="user.email"),
        Column("organisation_type", label=_("Type"), accessor="get_organisation_type_display"),
        Column("language", label=_("Language")),
        DateColumn("email_verified_at", label=_("Email verified")),
        BooleanColumn("access_granted", label=_("Access granted")),
        BooleanColumn("membership_confirmed", label=_("Membership confirmed")),
        DateColumn("created_at", label=_("Signed up")),
    ]
    list_filter = ["membership_confirmed", "access_granted", "organisation_type"]
    search_fields = ["organisation__name", "user__email"]
    search_backend_name = None  # a database search; accounts are not indexed
    ordering = ["membership_confirmed", "-created_at", "-pk"]  # to confirm first
    list_per_page = 50
    copy_view_enabled = False

    def get_index_view_kwargs(self, **kwargs):
        # The organisation and the email of every row in the page's one query.
        return super().get_index_view_kwargs(
            queryset=PartnerAccount.objects.select_related("organisation", "user"), **kwargs
        )

    def get_common_view_kwargs(self, **kwargs):
        # No add, delete or usage views: see get_urlpatterns.
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "delete_url_name", "usage_url_name"):
            view_kwargs[name] = None
        return view_kwargs

    def get_urlpatterns(self):
        # Accounts come from sign-up on the public site: no add, copy or delete here.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("edit/<str:pk>/", self.edit_view, name="edit"),
            path("history/<str:pk>/", self.history_view, name="history"),
            path("history-results/<str:pk>/", self.history_results_view, name="history_results"),
        ]
