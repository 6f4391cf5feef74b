"""
The renderer of the public forms (an application, the filters of a listing): Django's
widgets through Jinja2.

A call's form has a dozen fields, and Django's own template language renders each
through three or four nested templates (field, widget, input, attributes): about
half the time of the whole page. Jinja2 compiles templates to Python and writes the
same HTML in well under half that time. Only the public forms use it; the admin's
forms keep FORM_RENDERER and their own templates.

Templates are looked up in templates/jinja2/ first (the field template and a select
that writes its options itself), then in Django's own Jinja2 widget templates. They
hold no words of their own: labels, help texts, errors and the file input's texts are
translated in Python before they reach a template.
"""

from pathlib import Path

import django.forms
from django.conf import settings
from django.forms.renderers import Jinja2
from django.utils.functional import cached_property


class PublicFormRenderer(Jinja2):
    field_template_name = "applications/field.html"

    @cached_property
    def engine(self):
        return self.backend(
            {
                "APP_DIRS": False,
                "DIRS": [
                    settings.BASE_DIR / "templates" / "jinja2",
                    Path(django.forms.__file__).parent / "jinja2",
                ],
                "NAME": "public-forms",
                "OPTIONS": {},
            }
        )


# One for the process, so the Jinja2 environment and its compiled templates are kept.
public_form_renderer = PublicFormRenderer()
