"""The admin's choosers of a page and of a snippet, their buttons in the language of each
request.

Wagtail words a chooser's buttons when the widget is made: "Choose a page" joined to
the page type's name, "Choose organisation". It makes a snippet's edit form (widgets
included) once per process, when the admin's addresses load, in English; and a
StreamField block's widget once per process, in the language of the first editor who
opens a form with it. (A page's form is made for each request.) Russian editors would
read "Choose a page (Event)" and "Choose another organisation", and Tajik editors a
Russian editor's words. Here the words are joined when the button is shown, in the
admin's language of that request (core.blocks.SnippetChooserBlock uses SnippetChooser
for blocks).
"""

from django.db import models
from django.utils.functional import lazy
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext, gettext_lazy

from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page
from wagtail.snippets.widgets import AdminSnippetChooser


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


def with_name(message, name):
    """One of Wagtail's messages about a snippet ("Choose %(object)s"), translated and
    given the snippet's name when it is shown."""
    return lazy(lambda: gettext(message) % {"object": name}, str)()


class SnippetChooser(AdminSnippetChooser):
    """For a key to a snippet in a snippet's own edit form: `FieldPanel("organisation",
    widget=SnippetChooser(Organisation))`."""

    def __init__(self, model=None, **kwargs):
        super().__init__(model, **kwargs)
        name = self.model._meta.verbose_name
        self.choose_one_text = with_name("Choose %(object)s", name)
        self.choose_another_text = with_name("Choose another %(object)s", name)
        self.link_to_chosen_text = with_name("Edit this %(object)s", name)


def word_the_choosers_search_tab_per_request():
    """Wagtail 8 words the choosers' "Search" tab (`ChooserViewSet.search_tab_label`,
    documented as the label to set) with `gettext` when the module loads, in English,
    for every chooser of images, documents and snippets: Russian and Tajik editors read
    "Search | Загрузка". The same words, lazy, are read when the chooser is shown, in
    the editor's language. Call before the admin's addresses load (CoreConfig.ready)."""
    ChooserViewSet.search_tab_label = gettext_lazy("Search")
