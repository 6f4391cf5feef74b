"""
How an event repeats, in words a visitor reads on its page: "every Saturday, 8 times"
("по субботам, 8 раз", "ҳар шанбе, 8 маротиба"). The centre's classes repeat weekly on
some days of the week; any other rule is told in django-recurrence's own words
(`Rule.to_text`).
"""

from django.utils import formats
from django.utils.translation import gettext_lazy, ngettext, pgettext

import recurrence

# By django-recurrence's day numbers: 0 is Monday.
EVERY_WEEKDAY = (
    gettext_lazy("every Monday"),
    gettext_lazy("every Tuesday"),
    gettext_lazy("every Wednesday"),
    gettext_lazy("every Thursday"),
    gettext_lazy("every Friday"),
    gettext_lazy("every Saturday"),
    gettext_lazy("every Sunday"),
)
# The parts of a rule other than its days that the words below cannot tell.
UNTOLD = ("bysetpos", "bymonth", "bymonthday", "byyearday", "byweekno", "byhour", "byminute")


def in_words(rule):
    """The `rule` (a django-recurrence Rule, its last date in the centre's time) in the
    active language."""
    weekly_on_days = (
        rule.freq == recurrence.WEEKLY
        and rule.interval in (None, 1)
        and rule.byday
        and all(day.index is None for day in rule.byday)
        and not any(getattr(rule, part, None) for part in UNTOLD)
    )
    if not weekly_on_days:
        return rule.to_text()
    days = sorted({day.number for day in rule.byday})
    parts = [str(EVERY_WEEKDAY[number]) for number in days]
    if rule.count:
        parts.append(
            ngettext("%(count)s time", "%(count)s times", rule.count) % {"count": rule.count}
        )
    if rule.until:
        until = formats.date_format(rule.until, "DATE_FORMAT")
        parts.append(pgettext("event repeats", "until %(date)s") % {"date": until})
    return ", ".join(parts)
