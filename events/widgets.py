"""django-recurrence's admin widget, made to work inside Wagtail's page editor.

Two things the widget expects come from Django's own admin, which this site does
not install:

- ``django.jQuery``: Wagtail's admin already loads jQuery, and a two-line script
  lends it to the widget instead of loading a second copy.
- A JavaScript translation catalogue, loaded before the widget builds its labels.
  django-recurrence looks for one with an API Django removed in 2.0, so it never
  finds it; the widget adds the project's own (``translations/recurrence``),
  served inside the admin, where Wagtail activates the editor's language.

And two things Wagtail's admin styles change: its checkboxes and radio buttons are
drawn at their size again (css/admin/recurrence.css), and their labels, which the
widget writes as spans, toggle them when clicked (js/admin/recurrence-labels.js).
"""

from django import forms
from django.templatetags.static import static
from django.urls import reverse

from recurrence.forms import RecurrenceWidget as BaseRecurrenceWidget

SCRIPTS = [
    "recurrence/js/recurrence.js",
    "recurrence/js/recurrence-widget.js",
    "recurrence/js/recurrence-widget.init.js",
]


class RecurrenceWidget(BaseRecurrenceWidget):
    @property
    def media(self):
        return forms.Media(
            js=[
                reverse("events_recurrence_jsi18n"),
                static("js/admin/recurrence-jquery.js"),
                *(static(script) for script in SCRIPTS),
                static("js/admin/recurrence-labels.js"),
            ],
            css={
                "all": [
                    static("recurrence/css/recurrence.css"),
                    static("css/admin/recurrence.css"),
                ]
            },
        )
