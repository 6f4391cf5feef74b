"""The admin's form of a material: staff upload its file in the same form.

The file goes through `resources.files.add_file`, as partners' uploads do, with the same
checks (`resources.uploads.check_material_file`): a refused file is an error on the
field, and the form keeps the other answers. A new file is added beside the current
ones or, when staff choose one, replaces it as its new version (the old one is kept).

The themes offered are those of the material's own language (themes are translated
snippets, one row per language).
"""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from projects.models import ProjectTheme
from resources.files import add_file
from resources.models import ResourceFile
from resources.uploads import check_material_file


class ResourceAdminForm(WagtailAdminModelForm):
    new_file = forms.FileField(label=_("Add a file"), required=False)
    replaces = forms.ModelChoiceField(
        label=_("As a new version of"),
        queryset=ResourceFile.objects.none(),
        required=False,
        empty_label=_("None: add it beside the current files"),
        help_text=_("The file it replaces is kept in the material's history."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_file"].help_text = _(
            "PDF, Word, Excel, CSV, PowerPoint, ZIP, MP4, JPG or PNG, at most %(size)s."
        ) % {"size": filesizeformat(settings.RESOURCE_MAX_FILE_BYTES)}
        if self.instance.pk:
            self.fields["replaces"].queryset = ResourceFile.objects.current().filter(
                resource_key=self.instance.translation_key
            )
        if "themes" in self.fields:
            self.offer_themes_of_own_language()

    def offer_themes_of_own_language(self):
        """Offer the themes of the material's language only. A theme chosen in another
        language (an imported translation keeps its source's) shows as its translation
        in this one, so that saving stores that; one with no translation stays offered,
        so that saving does not drop it."""
        locale_id = self.instance.locale_id or Locale.get_default().pk
        chosen = list(self.instance.themes.all())
        translations = dict(
            ProjectTheme.objects.filter(
                locale_id=locale_id, translation_key__in=[theme.translation_key for theme in chosen]
            ).values_list("translation_key", "pk")
        )
        shown = [translations.get(theme.translation_key, theme.pk) for theme in chosen]
        self.fields["themes"].queryset = ProjectTheme.objects.filter(
            Q(locale_id=locale_id) | Q(pk__in=shown)
        )
        self.initial["themes"] = shown

    def clean_new_file(self):
        upload = self.cleaned_data.get("new_file")
        if upload:
            check_material_file(upload)  # raises a ValidationError saying what is wrong
            upload.seek(0)
        return upload

    def save(self, commit=True):
        """Save the material and add its new file. A published material's edits wait in
        a revision (Wagtail saves it with commit=False) until they are published; its
        files are no part of a revision (they hang on the translation key), so the
        file is added whenever the material exists."""
        resource = super().save(commit=commit)
        upload = self.cleaned_data.get("new_file")
        if upload and resource.pk is not None:
            add_file(resource, upload, by=self.for_user, replaces=self.cleaned_data.get("replaces"))
        return resource
