"""The moderation queue in the admin: materials waiting for moderation, oldest first,
with their files and the three decisions. Both views check on the server that the user
may moderate (`resources.moderate_resource`)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from resources import moderation
from resources.models import Resource, ResourceFile, ResourceStatus

APPROVE, CHANGES, REJECT = "approve", "changes", "reject"


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[(APPROVE, APPROVE), (CHANGES, CHANGES), (REJECT, REJECT)])
    message = forms.CharField(
        label=gettext_lazy("Message to the contributor"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Required to ask for changes; optional to reject."),
    )


def waiting_materials():
    """The materials waiting for moderation, oldest first, each with its current files
    as `current_files`: three queries, whatever their number."""
    materials = list(
        Resource.objects.filter(status=ResourceStatus.SUBMITTED)
        .select_related("organisation", "locale")
        .order_by("created_at", "pk")
    )
    files = {}
    keys = {material.translation_key for material in materials}
    for file in ResourceFile.objects.current().filter(resource_key__in=keys):
        files.setdefault(file.resource_key, []).append(file)
    for material in materials:
        material.current_files = files.get(material.translation_key, [])
    return materials


class ModerationQueueView(WagtailAdminTemplateMixin, TemplateView):
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
    return redirect("resource_moderation")
