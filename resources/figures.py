"""The resource centre's figures for donor reports.

Downloads per material, per organisation, per month and per language of the site the
visitor read (from `MonthlyDownloads`: counts, never who downloaded), and contributions
per organisation: its members (partner accounts whose address is verified and whose
membership staff confirmed: anyone can name an organisation at sign-up) and its
materials approved and waiting.

A material and an organisation have one row per language: the figures count each
once, by its `translation_key`, and name it in the language asked for (else the site's
default language, else any). Each table is a few queries, whatever the number of rows.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext as _

from wagtail.models import Locale

from partners.models import Organisation
from resources.models import MonthlyDownloads, PartnerAccount, Resource, ResourceStatus
from resources.models.materials import LISTED


@dataclass(frozen=True)
class Period:
    """From the first month to the last, both included; None leaves that side open."""

    first: datetime.date | None = None
    last: datetime.date | None = None

    def months(self, queryset, field="month"):
        if self.first:
            queryset = queryset.filter(**{f"{field}__gte": self.first.replace(day=1)})
        if self.last:
            queryset = queryset.filter(**{f"{field}__lte": self.last.replace(day=1)})
        return queryset

    def dates(self, queryset, field):
        """`queryset` with `field` (a date and time) within the period's months."""
        if self.first:
            queryset = queryset.filter(**{f"{field}__date__gte": self.first.replace(day=1)})
        if self.last:
            queryset = queryset.filter(**{f"{field}__date__lt": month_after(self.last)})
        return queryset


def month_after(day):
    return datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)


@dataclass(frozen=True)
class Contribution:
    organisation: str
    members: int
    approved: int
    waiting: int


def names(model, field, keys, language):
    """`field` of each of `model`'s `keys` (translation keys), in `language` if it has
    a row in it, else in the default language, else in any: one query."""
    preferred = [language, Locale.get_default().language_code]
    found = {}
    rows = model.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", field
    )
    for key, code, value in rows:
        rank = preferred.index(code) if code in preferred else len(preferred)
        if key not in found or rank < found[key][0]:
            found[key] = (rank, value)
    return {key: value for key, (_rank, value) in found.items()}


def downloads(period):
    return period.months(MonthlyDownloads.objects.order_by())


def totals_by(queryset, key):
    """(key's value, downloads) pairs, most downloaded first."""
    rows = queryset.values(key).annotate(total=Sum("count")).order_by("-total", key)
    return [(row[key], row["total"]) for row in rows]


def by_month(period):
    rows = downloads(period).values("month").annotate(total=Sum("count")).order_by("month")
    return [(row["month"], row["total"]) for row in rows]


def by_language(period):
    labels = dict(settings.LANGUAGES)
    return [
        (str(labels.get(code, code)), total)
        for code, total in totals_by(downloads(period), "language")
    ]


def by_material(period, language):
    totals = totals_by(downloads(period), "resource__translation_key")
    titles = names(Resource, "title", [key for key, _total in totals], language)
    return [(titles.get(key, ""), total) for key, total in totals]


def by_organisation(period, language):
    totals = totals_by(downloads(period), "resource__organisation__translation_key")
    known = names(Organisation, "name", [key for key, _total in totals if key], language)
    return [(known[key] if key else _("No organisation"), total) for key, total in totals]


def contributions(period, language):
    """Each organisation with members or materials: members (confirmed and verified
    accounts only), materials approved and waiting (materials counted once whatever
    their translations)."""
    materials = (
        period.dates(Resource.objects.order_by(), "created_at")
        .filter(organisation__isnull=False)
        .values("organisation__translation_key")
        .annotate(
            approved=Count("translation_key", distinct=True, filter=LISTED),
            waiting=Count(
                "translation_key", distinct=True, filter=Q(status=ResourceStatus.SUBMITTED)
            ),
        )
    )
    members = (
        PartnerAccount.objects.order_by()
        .filter(membership_confirmed=True, email_verified_at__isnull=False)
        .values("organisation__translation_key")
        .annotate(members=Count("pk"))
    )
    counts = {}
    for row in materials:
        counts[row["organisation__translation_key"]] = [0, row["approved"], row["waiting"]]
    for row in members:
        counts.setdefault(row["organisation__translation_key"], [0, 0, 0])[0] = row["members"]
    known = names(Organisation, "name", list(counts), language)
    rows = [Contribution(known[key], *numbers) for key, numbers in counts.items()]
    return sorted(rows, key=lambda row: (-row.approved, -row.members, row.organisation))


@dataclass(frozen=True)
class Figures:
    period: Period
    by_material: list
    by_organisation: list
    by_month: list
    by_language: list
    contributions: list

    @property
    def total_downloads(self):
        return sum(total for _month, total in self.by_month)

    @property
    def members(self):
        return sum(row.members for row in self.contributions)

    @property
    def organisations_with_members(self):
        return sum(1 for row in self.contributions if row.members)

    @property
    def contributing_organisations(self):
        return sum(1 for row in self.contributions if row.approved)


def figures(period, language):
    """Every table of the report, names in `language` (a language code)."""
    return Figures(
        period=period,
        by_material=by_material(period, language),
        by_organisation=by_organisation(period, language),
        by_month=by_month(period),
        by_language=by_language(period),
        contributions=contributions(period, language),
    )
