"""
Which pages and snippets exist in which language, and how far each translation is.

One object in one language is:

- *missing*: it has no version in that language ("translate" submits it to
  wagtail-localize);
- *outdated*: the English text to translate changed since it was last sent to
  translation (its wagtail-localize segments, core/text_fingerprints.py: not a download
  count or a call's reviewers); "sync" is wagtail-localize's "Sync translated pages",
  which sends it again;
- *incomplete*: translated N of the M segments of the text last sent to translation;
- *current*: every segment translated, from the source's latest text.

A version made by hand, outside wagtail-localize, is outdated when the English page
was published after it. Each link is offered only to a user who may follow it.
"""

from collections import Counter
from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models

from core.translation_progress import LocalizeProgress

MISSING, OUTDATED, INCOMPLETE, CURRENT = "missing", "outdated", "incomplete", "current"
STATUSES = (MISSING, OUTDATED, INCOMPLETE, CURRENT)


@dataclass
class Cell:
    language: str
    status: str
    label: str
    url: str | None  # None: the user may not follow it


@dataclass
class Row:
    title: str
    url: str | None
    indent: int
    cells: list


@dataclass
class Section:
    title: str
    rows: list


class Links:
    """The report's links, each only for a user who may follow it."""

    def __init__(self, user, report_url):
        self.user = user
        self.report_url = report_url
        self.may_submit = user.has_perm("wagtail_localize.submit_translation")

    def may_edit(self, instance):
        if isinstance(instance, Page):
            return instance.permissions_for_user(self.user).can_edit()
        policy = policy_registry.get_by_type(type(instance))
        return policy.user_has_permission_for_instance(self.user, "change", instance)

    def edit(self, instance):
        if not self.may_edit(instance):
            return None
        if isinstance(instance, Page):
            return reverse("wagtailadmin_pages:edit", args=[instance.pk])
        return reverse(
            type(instance).snippet_viewset.get_url_name("edit"), args=[quote(instance.pk)]
        )

    def translate(self, instance):
        if not (self.may_submit and self.may_edit(instance)):
            return None
        if isinstance(instance, Page):
            return reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
        meta = instance._meta
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, quote(instance.pk)],
        )

    def sync(self, instance, source):
        if not (self.may_submit and self.may_edit(instance)):
            return None
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        return f"{url}?{urlencode({'next': self.report_url})}"


def translation_sections(user, report_url):
    """Pages, then each translatable snippet, one row per object in the default language."""
    default = Locale.get_default()
    locales = list(Locale.objects.exclude(pk=default.pk).order_by("language_code"))
    report = Report(default, locales, Links(user, report_url))
    sections = [Section(_("Pages"), report.page_rows())]
    for model in translatable_snippet_models():
        sections.append(
            Section(capfirst(model._meta.verbose_name_plural), report.snippet_rows(model))
        )
    return sections


def status_counts(sections):
    """{status: how many cells of `sections` are in it}, for every status."""
    cells = (cell for section in sections for row in section.rows for cell in row.cells)
    counts = Counter(cell.status for cell in cells)
    return {status: counts[status] for status in STATUSES}


def status_labels():
    return {
        MISSING: _("Missing"),
        OUTDATED: _("Out of date"),
        INCOMPLETE: _("Incomplete"),
        CURRENT: pgettext("translation status", "Up to date"),
    }


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


class Report:
    def __init__(self, default, locales, links):
        self.default = default
        self.locales = locales
        self.links = links
        self.localize = LocalizeProgress(default, locales)

    def page_rows(self):
        fields = ("title", "translation_key", "last_published_at", "locale_id", "depth")
        fields += ("path", "owner_id", "content_type_id")  # for the user's permissions
        pages = Page.objects.filter(depth__gt=1).only(*fields).prefetch_workflow_states()
        sources = list(pages.filter(locale=self.default).order_by("path"))
        translated = {
            (page.translation_key, page.locale_id): page
            for page in pages.filter(locale__in=self.locales)
        }
        return [
            Row(
                page.title,
                self.links.edit(page),
                page.depth - 2,
                [self.cell(page, locale, translated) for locale in self.locales],
            )
            for page in sources
        ]

    def snippet_rows(self, model):
        objects = model.objects.filter(locale__in=[self.default, *self.locales])
        objects = list(objects.select_related("locale"))
        translated = {(obj.translation_key, obj.locale_id): obj for obj in objects}
        return [
            Row(
                str(obj),
                self.links.edit(obj),
                0,
                [self.cell(obj, locale, translated) for locale in self.locales],
            )
            for obj in objects
            if obj.locale_id == self.default.pk
        ]

    def cell(self, instance, locale, translated):
        language = locale.language_code
        target = translated.get((instance.translation_key, locale.pk))
        if target is None:
            url = self.links.translate(instance)
            return Cell(language, MISSING, _("Missing: translate") if url else _("Missing"), url)
        source = self.localize.source(instance.translation_key)
        if source is None or not self.localize.is_translated_with_localize(source, locale):
            return self.handmade_cell(instance, target, language)
        if self.localize.text_changed(instance, source):
            url = self.links.sync(instance, source)
            return Cell(
                language, OUTDATED, _("Out of date: sync") if url else _("Out of date"), url
            )
        done, total = self.localize.progress(source, locale)
        if done < total:
            label = ngettext(
                "Incomplete: %(done)d of %(total)d segment translated",
                "Incomplete: %(done)d of %(total)d segments translated",
                total,
            ) % {"done": done, "total": total}
            return Cell(language, INCOMPLETE, label, self.links.edit(target))
        return Cell(
            language, CURRENT, pgettext("translation status", "Up to date"), self.links.edit(target)
        )

    def handmade_cell(self, instance, target, language):
        """A version translated by hand, or whose wagtail-localize translation was stopped."""
        url = self.links.edit(target)
        if isinstance(instance, Page) and instance.last_published_at is not None:
            if target.last_published_at is None or (
                target.last_published_at < instance.last_published_at
            ):
                return Cell(language, OUTDATED, _("Out of date"), url)
        return Cell(language, CURRENT, pgettext("translation status", "Up to date"), url)
