"""
Month names as a date uses them ("25 ноябри", "1 января"): Django's "alt. month" forms.

Django's Tajik catalogue gives them without the izofa ending ("25 ноябр"). Naming the
messages here keeps them in the project's catalogues, whose Tajik entries ("ноябри")
take precedence over Django's.
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_DATES = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
