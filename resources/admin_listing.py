"""The admin's list of materials, with a fixed number of queries whatever its length.

wagtail-localize adds "Translate" and "Sync translated snippets" to each row of a snippet
listing with two queries per row. This listing leaves its hook out and offers the same
two buttons from two queries for the whole page (`translation_state`).
"""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.widgets import BaseButton, Button, ButtonWithDropdown, ListingButton
from wagtail.models import Locale
from wagtail.snippets.views.snippets import IndexView
from wagtail_localize.models import TranslationSource
from wagtail_localize.wagtail_hooks import register_snippet_listing_buttons as per_row_buttons

from resources.models import Resource


def translation_state(materials):
    """(the locales each material's translation key has, the id of the enabled
    translation source of each (key, locale)) for the materials listed."""
    keys = {material.translation_key for material in materials}
    locales = {}
    for key, locale_id in Resource.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale_id"
    ):
        locales.setdefault(key, set()).add(locale_id)
    sources = {
        (key, locale_id): pk
        for pk, key, locale_id in TranslationSource.objects.filter(
            object_id__in=keys, translations__enabled=True
        )
        .values_list("pk", "object_id", "locale_id")
        .distinct()
    }
    return locales, sources


class ResourceIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.locale_ids = set(Locale.objects.values_list("pk", flat=True))
        self.translated_into, self.sources = translation_state(context["object_list"])
        return context

    def translation_buttons(self, instance):
        if not self.request.user.has_perm("wagtail_localize.submit_translation"):
            return []
        buttons = []
        if self.locale_ids - self.translated_into.get(instance.translation_key, set()):
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=["resources", "resource", quote(instance.pk)],
            )
            buttons.append(
                ListingButton(
                    _("Translate"), url, icon_name="wagtail-localize-language", priority=100
                )
            )
        source = self.sources.get((instance.translation_key, instance.locale_id))
        if source is not None:
            url = reverse("wagtail_localize:update_translations", args=[source])
            url += "?" + urlencode({"next": self.request.path})
            buttons.append(
                ListingButton(
                    _("Sync translated snippets"), url, icon_name="resubmit", priority=106
                )
            )
        return buttons

    def get_list_buttons(self, instance):
        """Wagtail's buttons for the row, with wagtail-localize's from translation_state."""
        buttons = [*self.get_list_more_buttons(instance), *self.translation_buttons(instance)]
        for hook in hooks.get_hooks("register_snippet_listing_buttons"):
            if hook is not per_row_buttons:
                buttons.extend(hook(instance, self.request.user, self.request.path))
        list_buttons, more_buttons = [], []
        for button in buttons:
            if isinstance(button, BaseButton) and not button.allow_in_dropdown:
                list_buttons.append(button)
            elif isinstance(button, MenuItem):
                if button.is_shown(self.request.user):
                    more_buttons.append(Button.from_menu_item(button))
            elif button.show:
                more_buttons.append(button)
        for hook in hooks.get_hooks("construct_snippet_listing_buttons"):
            hook(more_buttons, instance, self.request.user)
        if more_buttons:
            list_buttons.append(
                ButtonWithDropdown(
                    buttons=more_buttons,
                    icon_name="dots-horizontal",
                    attrs={
                        "aria-label": _("More options for '%(title)s'") % {"title": str(instance)}
                    },
                )
            )
        return list_buttons
