"""Columns of the admin's applications listing that Wagtail has no ready-made one for.

Each reads one value of a row (an application with its annotations) and says how it
looks; the cell's HTML is Wagtail's own column template.
"""

from django.utils.formats import date_format, number_format
from django.utils.html import format_html
from django.utils.timezone import localtime

from wagtail.admin.ui.tables import Column


class DateTimeColumn(Column):
    """The date and time in full, in the user's language and time zone (Wagtail's
    DateColumn says how long ago instead)."""

    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None:
            return None
        value = localtime(value)
        return format_html(
            '<time datetime="{}">{}</time>',
            value.isoformat(),
            date_format(value, "DATETIME_FORMAT"),
        )


class DecimalColumn(Column):
    """A number with a fixed number of decimals in the user's language (3.50, 3,50);
    nothing where the value is None (a reviewer's hidden average: see review_summary)."""

    def __init__(self, name, *, decimal_places=2, **kwargs):
        super().__init__(name, **kwargs)
        self.decimal_places = decimal_places

    def get_value(self, instance):
        value = super().get_value(instance)
        return None if value is None else number_format(value, self.decimal_places)
