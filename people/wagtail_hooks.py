from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet

from core.viewsets import SnippetViewSet
from people.models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    menu_name = "people"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "role", "locale"]
    list_filter = ["locale"]
    # Searched in the search index by the model's own autocomplete fields: a list of
    # fields here would be passed to the index, which on SQLite has no column per field.


register_snippet(PersonViewSet)
