"""Partner accounts in the admin (Resource centre → Partner accounts), for resource
moderators and superusers (`resources.view_partneraccount`, `change_partneraccount`).

Read-mostly: the listing shows who signed up for which organisation, and the form
changes only two things: access granted without a contribution, and the membership
confirmed (someone who named an existing organisation at sign-up is not its member
until then: resources/signup.py). No add or delete here, and nothing of the password.
"""

from django.urls import path
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_columns import YesNoColumn
from resources.models import PartnerAccount

FIELDS = ["access_granted", "membership_confirmed"]
# The hook of the admin's "Resource centre" menu (wagtail_hooks.py), which lists this too.
MENU_HOOK = "register_resource_centre_menu_item"


def language_name(account):
    """The name of the language the account signed up in, in the admin's language
    ("Таджикский" for "tg" in the Russian admin); the code itself if Django has no
    name for it."""
    try:
        return get_language_info(account.language)["name_translated"]
    except KeyError:
        return account.language


def email_address(account):
    """The account's email address, said to be unverified until its owner follows the
    link sent at sign-up (one column for both keeps the table within 1280 px)."""
    if account.email_verified_at is None:
        return gettext("%(email)s (not verified)") % {"email": account.user.email}
    return account.user.email


class PartnerAccountViewSet(ModelViewSet):
    model = PartnerAccount
    icon = "group"
    menu_label = _("Partner accounts")
    menu_name = "partner-accounts"
    menu_order = 3
    menu_hook = MENU_HOOK
    url_prefix = "resource-partner-accounts"
    form_fields = FIELDS
    # The first column is the account's title (its organisation, as `str(account)`):
    # Wagtail links it to the edit form and gives it the row's actions menu.
    list_display = [
        "organisation",
        Column("user", label=_("Email"), accessor=email_address),
        Column("language", label=_("Language"), accessor=language_name),
        YesNoColumn("access_granted", label=_("Access granted")),
        YesNoColumn("membership_confirmed", label=_("Membership confirmed")),
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
        # The key is a number ("int"): any other address is not found (404).
        pk = f"<{self.pk_path_converter}:pk>"
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"edit/{pk}/", self.edit_view, name="edit"),
            path(f"history/{pk}/", self.history_view, name="history"),
            path(f"history-results/{pk}/", self.history_results_view, name="history_results"),
        ]
