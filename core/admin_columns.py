"""Columns for the admin's listings that more than one app uses."""

from django.utils.translation import gettext as _

from wagtail.admin.ui.tables import Column


class YesNoColumn(Column):
    """A true/false field as "Yes" or "No" in the admin's language (Wagtail's
    BooleanColumn names its icons "True" and "False" in English)."""

    def get_value(self, instance):
        return _("Yes") if super().get_value(instance) else _("No")
