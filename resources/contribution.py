"""A partner shares a material: the contribution form and what it stores; and, when the
moderators ask for changes, the same form to change it and send it back (`change`).

The material waits for moderation (status SUBMITTED) in the language the partner wrote
it in, under their organisation; its file is checked as every upload is
(resources.uploads) and kept in private storage (resources.files) until staff approve.
"""

import datetime

from django import forms
from django.conf import settings
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.log_actions import log

from core import browser_checks
from partners.models import Organisation
from projects.models import ProjectTheme
from resources import moderation
from resources.account_forms import Honeypot
from resources.files import add_file
from resources.models import (
    Licence,
    MaterialLanguage,
    Resource,
    ResourceFile,
    ResourceKind,
    ResourceStatus,
)
from resources.uploads import browser_limits, check_material_file

EARLIEST_YEAR = 1950


class ContributionForm(Honeypot):
    title = forms.CharField(label=pgettext_lazy("material", "Title"), max_length=255)
    summary = forms.CharField(
        label=pgettext_lazy("material", "Summary"),
        max_length=1200,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What the material is about and who it is for, in a few sentences."),
    )
    # No type is chosen for the partner: a material left as the first type would
    # be filed wrongly without a word.
    kind = forms.ChoiceField(
        label=_("Type"), choices=[("", _("Choose a type…")), *ResourceKind.choices]
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=ProjectTheme.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages of the material"),
        queryset=MaterialLanguage.objects.in_listed_order(),
        widget=forms.CheckboxSelectMultiple,
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=EARLIEST_YEAR)
    authors = forms.CharField(label=_("Authors"), max_length=300, required=False)
    licence = forms.ChoiceField(label=_("Licence"), choices=Licence.choices, initial=Licence.CC_BY)
    file = forms.FileField(label=_("File"))
    rights = forms.BooleanField(
        label=_(
            "My organisation holds the rights to this material and shares it under the "
            "licence chosen above."
        )
    )

    field_order = [
        "title",
        "summary",
        "kind",
        "themes",
        "languages",
        "year",
        "authors",
        "licence",
        "file",
        "rights",
        "website",
    ]

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = ProjectTheme.objects.filter(locale=locale)
        year = self.fields["year"]
        year.max_value = datetime.date.today().year
        year.widget.attrs["max"] = year.max_value
        year.widget.attrs.update(
            browser_checks.whole_number(year, above=(year.max_value, future_year_message()))
        )
        self.fields["file"].help_text = _(
            "PDF, Word, Excel, CSV, PowerPoint, ZIP, MP4, JPG or PNG, at most %(size)s."
        ) % {"size": filesizeformat(settings.RESOURCE_MAX_FILE_BYTES)}
        self.fields["file"].widget.attrs.update(browser_limits())

    def clean_year(self):
        year = self.cleaned_data.get("year")
        if year is not None and year > datetime.date.today().year:
            raise forms.ValidationError(future_year_message())
        return year

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_material_file(upload)  # raises a ValidationError saying what is wrong
        upload.seek(0)
        return upload


def future_year_message():
    return _("The year cannot be in the future.")


def organisation_in(locale, organisation):
    """The organisation's row in `locale` when it is translated, else the row itself."""
    return (
        Organisation.objects.filter(
            translation_key=organisation.translation_key, locale=locale
        ).first()
        or organisation
    )


def contribute(form, account, locale):
    """Store the material and its file, waiting for moderation; the new Resource.
    Raises ValidationError (nothing stored) when the file is refused."""
    data = form.cleaned_data
    user = account.user
    with transaction.atomic():
        resource = Resource(
            locale=locale,
            title=data["title"],
            summary=data["summary"],
            kind=data["kind"],
            year=data["year"],
            authors=data["authors"],
            licence=data["licence"],
            organisation=organisation_in(locale, account.organisation),
            status=ResourceStatus.SUBMITTED,
            submitted_by=user,
            public=False,
        )
        resource.save()
        resource.themes.set(data["themes"])
        resource.languages.set(data["languages"])
        resource.save()
        add_file(resource, data["file"], by=user)
        log(instance=resource, action="wagtail.create", user=user)
    return resource


class ChangeForm(ContributionForm):
    """The contribution form for a material sent back: its answers, a new file optional."""

    def __init__(self, *args, resource, **kwargs):
        initial = {
            "title": resource.title,
            "summary": resource.summary,
            "kind": resource.kind,
            "themes": list(resource.themes.all()),
            "languages": list(resource.languages.all()),
            "year": resource.year,
            "authors": resource.authors,
            "licence": resource.licence,
        }
        super().__init__(*args, initial=initial, locale=resource.locale, **kwargs)
        self.fields["file"].required = False
        self.fields["file"].label = _("A new version of the file")

    def clean_file(self):
        if not self.cleaned_data.get("file"):
            return None
        return super().clean_file()


def changeable(account):
    """The materials sent back for changes that this partner may change: their own, or
    their organisation's once their membership is confirmed."""
    materials = Resource.objects.filter(status=ResourceStatus.CHANGES_REQUESTED)
    if account.membership_confirmed:
        return materials.filter(organisation__translation_key=account.organisation.translation_key)
    return materials.filter(submitted_by=account.user)


def change(form, resource, account):
    """Store the changed answers and the new file (a new version of the material's only
    file, else beside its files) and send the material back to the moderators."""
    data = form.cleaned_data
    user = account.user
    with transaction.atomic():
        for field in ("title", "summary", "kind", "year", "authors", "licence"):
            setattr(resource, field, data[field])
        resource.save()
        resource.themes.set(data["themes"])
        resource.languages.set(data["languages"])
        resource.save()
        if data["file"]:
            current = list(
                ResourceFile.objects.current().filter(resource_key=resource.translation_key)
            )
            replaces = current[0] if len(current) == 1 else None
            add_file(resource, data["file"], by=user, replaces=replaces)
        moderation.resubmit(resource, by=user)
    return resource
