from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import admin_views
from core.models import Footer


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "list-ul"
    menu_label = _("Footer")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]


register_snippet(FooterViewSet)


@hooks.register("register_admin_urls")
def translation_status_url():
    return [
        path(
            "reports/translation-status/", admin_views.translation_status, name="translation_status"
        )
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_see_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="site", order=100
    )
