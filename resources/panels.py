"""The material's files in its admin edit form: every version, the current ones marked.

A Wagtail panel (`FileVersionsPanel`) beside the form's fields: it shows what the
material's files are and were, and links each to the download view, which checks on the
server that the staff member may download it (`resources.access.may_download`).
"""

from django.utils.translation import gettext as _

from wagtail.admin.panels import Panel
from wagtail.admin.utils import get_user_display_name

from resources.models import PartnerAccount, ResourceFile


def uploader_name(resource_file):
    """Who uploaded the file, as the admin shows it: a staff member by name; a partner by
    their organisation only (their name is theirs, not the history's)."""
    user = resource_file.uploaded_by
    if user is None:
        return ""
    try:
        account = user.partner_account
    except PartnerAccount.DoesNotExist:
        return get_user_display_name(user)
    return _("A member of %(organisation)s") % {"organisation": account.organisation.name}


def file_versions(resource_key):
    """Every file of the material with the translation key `resource_key`, newest first,
    each with `uploader` (uploader_name); in one query."""
    files = list(
        ResourceFile.objects.filter(resource_key=resource_key)
        .select_related("uploaded_by__partner_account__organisation", "replaced_by")
        .defer("text")
        .order_by("-uploaded_at", "-pk")
    )
    for resource_file in files:
        resource_file.uploader = uploader_name(resource_file)
    return files


class FileVersionsPanel(Panel):
    """The files of the material being edited and their earlier versions (none on the
    form that adds a material: it has no file yet)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "resources/admin/file_versions_panel.html"

        def is_shown(self):
            return self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["files"] = file_versions(self.instance.translation_key)
            return context
