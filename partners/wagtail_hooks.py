from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet

from core.admin_columns import YesNoColumn
from core.viewsets import SnippetViewSet
from partners.models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Partners and donors")
    menu_name = "partners"
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "name",
        "kind",
        YesNoColumn("show_on_home_page", label=capfirst(_("show on the home page"))),
        "locale",
    ]
    list_filter = ["kind", "show_on_home_page", "locale"]
    # Searched in the search index by the model's own autocomplete fields: a list of
    # fields here would be passed to the index, which on SQLite has no column per field.


register_snippet(OrganisationViewSet)
