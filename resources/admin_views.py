"""The moderation queue in the admin: materials waiting for moderation, oldest first,
with their files and the three decisions. Both views check on the server that the user
may moderate (`resources.moderate_resource`).

A material shared by someone whose membership of its organisation staff have not
confirmed yet says so, in its row and once approved, with a link to confirm it in
Partner accounts: approving it makes the organisation a contributor.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin import messages as admin_messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from resources import moderation
from resources.models import PartnerAccount, Resource, ResourceFile, ResourceStatus

APPROVE, CHANGES, REJECT = "approve", "changes", "reject"


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[(APPROVE, APPROVE), (CHANGES, CHANGES), (REJECT, REJECT)])
    message = forms.CharField(
        label=gettext_lazy("Message to the contributor"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Required to ask for changes; optional to reject."),
    )


def unconfirmed_accounts(user_ids):
    """{user id: partner account} of those users whose membership is not confirmed."""
    accounts = PartnerAccount.objects.filter(user_id__in=user_ids, membership_confirmed=False)
    return {account.user_id: account for account in accounts}


def confirm_url(account):
    """The page of Partner accounts where staff confirm the account's membership."""
    return reverse("resource_partner_accounts:edit", args=[account.pk])


def waiting_materials():
    """The materials waiting for moderation, oldest first, each with its current files
    as `current_files` and, when its submitter's membership is not confirmed, the link
    to confirm it as `confirm_membership_url`: four queries, whatever their number."""
    materials = list(
        Resource.objects.filter(status=ResourceStatus.SUBMITTED)
        .select_related("organisation", "locale")
        .order_by("created_at", "pk")
    )
    files = {}
    keys = {material.translation_key for material in materials}
    for file in ResourceFile.objects.current().filter(resource_key__in=keys):
        files.setdefault(file.resource_key, []).append(file)
    unconfirmed = unconfirmed_accounts({material.submitted_by_id for material in materials})
    for material in materials:
        material.current_files = files.get(material.translation_key, [])
        account = unconfirmed.get(material.submitted_by_id)
        material.confirm_membership_url = confirm_url(account) if account else ""
    return materials


class TitledAdminView(WagtailAdminTemplateMixin):
    """An admin page whose header names it (after Home), as Wagtail's own pages do."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class ModerationQueueView(TitledAdminView, TemplateView):
    template_name = "resources/admin/moderation_queue.html"
    page_title = gettext_lazy("Moderation queue")
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not moderation.may_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            materials=waiting_materials(), form=DecisionForm(), **kwargs
        )


@require_POST
def moderate(request, pk):
    """Approve, ask for changes to, or reject one material, then back to the queue.
    A post from someone who may not moderate answers 403 (not the admin's redirect)."""
    if not moderation.may_moderate(request.user):
        return HttpResponseForbidden()
    resource = get_object_or_404(Resource, pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the decisions offered."))
        return redirect("resource_moderation")
    message = form.cleaned_data["message"]
    step = form.cleaned_data["decision"]
    try:
        if step == APPROVE:
            moderation.approve(resource, by=request.user)
            done = _("“%(title)s” is approved; the contributor will be emailed.")
        elif step == CHANGES:
            moderation.ask_for_changes(resource, message, by=request.user)
            done = _("Changes asked for “%(title)s”; the contributor will be emailed.")
        else:
            moderation.reject(resource, message, by=request.user)
            done = _("“%(title)s” is rejected; the contributor will be emailed.")
    except moderation.ModerationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done % {"title": resource.title})
        if step == APPROVE:
            warn_of_unconfirmed_membership(request, resource)
    return redirect("resource_moderation")


def warn_of_unconfirmed_membership(request, resource):
    """Once approved, a material of an unconfirmed member: say so, linking to confirm."""
    account = unconfirmed_accounts([resource.submitted_by_id]).get(resource.submitted_by_id)
    if account is None:
        return
    admin_messages.warning(
        request,
        _(
            "%(email)s, who shared it, is not a confirmed member of %(organisation)s: "
            "check that they belong to it before confirming their membership."
        )
        % {"email": account.user.email, "organisation": account.organisation},
        buttons=[admin_messages.button(confirm_url(account), _("Confirm the membership"))],
    )
