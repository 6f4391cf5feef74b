"""The admin's page chooser, its button in the language of each request.

Wagtail's own chooser joins "Choose a page" to the page type's name when a form class
is built: once per process, at start-up, in English. Russian editors read "Choose a
page (Event)" on every form whose field points at one page type. Here the words are
joined when the button is shown, in the admin's language of that request.
"""

from django.db import models
from django.utils.text import capfirst, format_lazy

from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page


class PageChooser(AdminPageChooser):
    def __init__(self, target_models=None, **kwargs):
        super().__init__(target_models=target_models, **kwargs)
        if len(self.target_models) == 1 and self.target_models[0] is not Page:
            page_type = capfirst(self.target_models[0]._meta.verbose_name)
            self.choose_one_text = format_lazy(
                "{} ({})", AdminPageChooser.choose_one_text, page_type
            )


def page_chooser(db_field):
    return {"widget": PageChooser(target_models=[db_field.remote_field.model])}


def use_page_chooser():
    """Every form field of a key to a page uses PageChooser (Wagtail's public registry of
    form fields; this registration replaces Wagtail's own for pages)."""
    register_form_field_override(models.ForeignKey, to=Page, override=page_chooser)
