"""Importing a folder of existing materials with a manifest (`manage.py import_resources`).

The manifest is a CSV file (UTF-8, a header row; columns in docs/resources.md): one row
a material with its file in the folder. A row is checked whole before anything is
stored: its fields, then its file with the same checks as every upload
(resources.uploads.check_material_file); a row with any problem is refused, with every
reason, and nothing of it is stored. A material whose title and file name were imported
already is left alone, so importing the same manifest twice adds nothing.
"""

import csv
import datetime
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Locale

from core.uploads import plain_name
from partners.models import Organisation
from projects.models import ProjectTheme
from resources.files import add_file
from resources.models import (
    Licence,
    MaterialLanguage,
    Resource,
    ResourceFile,
    ResourceKind,
    ResourceStatus,
)
from resources.uploads import check_material_file

REQUIRED_COLUMNS = ["file", "title", "summary", "type"]
COLUMNS = [*REQUIRED_COLUMNS, "themes", "languages", "organisation", "year", "licence"]
COLUMNS += ["authors", "public"]
TRANSLATIONS = ["ru", "tg"]  # title_ru, summary_ru, title_tg, summary_tg
SEPARATOR = ";"  # between the themes, between the languages
YES, NO = {"yes", "y", "true", "1", "x"}, {"no", "n", "false", "0", ""}


class ManifestError(Exception):
    """The manifest cannot be read at all (missing, not CSV, columns missing)."""


@dataclass
class Row:
    number: int  # the line in the manifest, the header being line 1
    values: dict
    path: Path | None = None
    fields: dict = field(default_factory=dict)
    themes: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    translations: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)

    @property
    def file_name(self):
        return plain_name(self.values.get("file", ""))

    @property
    def title(self):
        return self.values.get("title", "").strip()


def read_manifest(path):
    """The manifest's rows; raises ManifestError."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as manifest:
            reader = csv.DictReader(manifest)
            columns = [name.strip() for name in reader.fieldnames or []]
            missing = [name for name in REQUIRED_COLUMNS if name not in columns]
            if missing:
                raise ManifestError(
                    _("The manifest has no column %(columns)s.") % {"columns": ", ".join(missing)}
                )
            return [
                Row(
                    number,
                    {(key or "").strip(): (value or "").strip() for key, value in row.items()},
                )
                for number, row in enumerate(reader, start=2)
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ManifestError(str(error)) from error


def choice(value, choices):
    """The value of `choices` (a TextChoices) that `value` is, by value or label."""
    for option in choices:
        if value.lower() in (option.value, str(option.label).lower()):
            return option.value
    return None


def split(value):
    return [item.strip() for item in value.split(SEPARATOR) if item.strip()]


class Importer:
    """Checks and imports the rows of one manifest, files read from `folder`."""

    def __init__(self, folder):
        self.folder = Path(folder).resolve()
        self.locale = Locale.get_default()
        self.themes = {
            theme.name.lower(): theme for theme in ProjectTheme.objects.filter(locale=self.locale)
        }
        self.organisations = {
            organisation.name.lower(): organisation
            for organisation in Organisation.objects.filter(locale=self.locale)
        }
        self.languages = set(MaterialLanguage.objects.values_list("code", flat=True))
        self.locales = {
            locale.language_code: locale
            for locale in Locale.objects.filter(language_code__in=TRANSLATIONS)
        }

    def already_imported(self, row):
        """Whether a material of this title has a file of this name (any version)."""
        keys = Resource.objects.filter(locale=self.locale, title=row.title).values(
            "translation_key"
        )
        return ResourceFile.objects.filter(resource_key__in=keys, name=row.file_name).exists()

    def check(self, row):
        """Fill `row`'s fields, or its problems: every reason it cannot be imported."""
        values = row.values
        problem = row.problems.append
        for name in REQUIRED_COLUMNS:
            if not values.get(name):
                problem(_("“%(column)s” is empty.") % {"column": name})
        kind = choice(values.get("type", ""), ResourceKind)
        if values.get("type") and kind is None:
            problem(_("Unknown type “%(value)s”.") % {"value": values["type"]})
        licence = choice(values.get("licence", ""), Licence) if values.get("licence") else None
        if values.get("licence") and licence is None:
            problem(_("Unknown licence “%(value)s”.") % {"value": values["licence"]})
        row.themes = self.named(row, "themes", self.themes, _("Unknown theme “%(value)s”."))
        row.languages = split(values.get("languages", ""))
        for code in row.languages:
            if code not in self.languages:
                problem(_("Unknown language “%(value)s”.") % {"value": code})
        organisation = None
        if values.get("organisation"):
            organisation = self.organisations.get(values["organisation"].lower())
            if organisation is None:
                problem(
                    _("No organisation is named “%(value)s”: add it in the admin first.")
                    % {"value": values["organisation"]}
                )
        year = self.year(row)
        public = values.get("public", "").lower()
        if public not in YES | NO:
            problem(_("“public” must be yes or no, not “%(value)s”.") % {"value": public})
        if len(values.get("summary", "")) > Resource._meta.get_field("summary").max_length:
            problem(_("The summary is longer than 1,200 characters."))
        row.fields = {
            "title": row.title,
            "summary": values.get("summary", ""),
            "kind": kind,
            "organisation": organisation,
            "authors": values.get("authors", ""),
            "year": year,
            "licence": licence or Licence.CC_BY,
            "public": public in YES,
        }
        row.translations = {
            code: (values[f"title_{code}"], values.get(f"summary_{code}") or row.fields["summary"])
            for code in TRANSLATIONS
            if values.get(f"title_{code}")
        }
        if values.get("file"):
            self.check_file(row)

    def named(self, row, column, known, message):
        found = []
        for name in split(row.values.get(column, "")):
            if name.lower() in known:
                found.append(known[name.lower()])
            else:
                row.problems.append(message % {"value": name})
        return found

    def year(self, row):
        value = row.values.get("year", "")
        if not value:
            return None
        if value.isdigit() and 1900 <= int(value) <= datetime.date.today().year + 1:
            return int(value)
        row.problems.append(_("“%(value)s” is not a year.") % {"value": value})
        return None

    def check_file(self, row):
        path = (self.folder / row.values["file"]).resolve()
        if not path.is_relative_to(self.folder):
            row.problems.append(_("The file is outside the folder."))
        elif not path.is_file():
            row.problems.append(_("There is no file “%(name)s”.") % {"name": row.values["file"]})
        else:
            row.path = path
            with path.open("rb") as content:
                try:
                    check_material_file(File(content, name=path.name))
                except ValidationError as error:
                    row.problems.extend(error.messages)

    def save(self, row):
        """Store the checked row: the material, its translations and its file."""
        with transaction.atomic(), row.path.open("rb") as content:
            material = Resource(locale=self.locale, status=ResourceStatus.APPROVED, **row.fields)
            self.describe(material, row)
            for code, (title, summary) in row.translations.items():
                self.translate(material, row, self.locales[code], title, summary)
            add_file(material, File(content, name=row.path.name), by=None)
        return material

    def describe(self, material, row):
        material.save()
        material.themes.set(row.themes)
        material.languages.set(MaterialLanguage.objects.filter(code__in=row.languages))
        material.save()  # a ClusterableModel saves its many-to-many with itself

    def translate(self, material, row, locale, title, summary):
        translation = material.copy_for_translation(locale)
        translation.title, translation.summary, translation.slug = title, summary, ""
        organisation = material.organisation
        if organisation is not None:
            translation.organisation = organisation.get_translation_or_none(locale) or organisation
        self.describe(translation, row)


@dataclass
class Outcome:
    imported: list = field(default_factory=list)
    already_there: list = field(default_factory=list)
    refused: list = field(default_factory=list)


def import_rows(importer, rows, *, dry_run=False, progress=None):
    """Check each row and import it (unless `dry_run`); `progress(number, total, row,
    what)` is told of each. Returns the Outcome."""
    outcome = Outcome()
    for position, row in enumerate(rows, start=1):
        if row.title and importer.already_imported(row):
            outcome.already_there.append(row)
            what = "already there"
        else:
            importer.check(row)
            if not row.problems and not dry_run:
                try:
                    importer.save(row)
                except ValidationError as error:  # add_file's checks, were the file to change
                    row.problems.extend(error.messages)
            if row.problems:
                outcome.refused.append(row)
                what = "refused"
            else:
                outcome.imported.append(row)
                what = "would import" if dry_run else "imported"
        if progress:
            progress(position, len(rows), row, what)
    return outcome
