"""The base of the project's snippet viewsets: Wagtail's, its breadcrumbs in the admin's
language of each request.

Wagtail words a snippet viewset's breadcrumbs ("Home", "Snippets") once per process,
when the admin's addresses load, in English: the Russian and Tajik admin read "Home"
above every snippet listing and form. Here they stay lazy until a page shows them.
"""

from django.utils.translation import gettext_lazy

from wagtail.snippets.views.snippets import SnippetViewSet as WagtailSnippetViewSet

# Wagtail's breadcrumbs of a snippet, in its order: the dashboard, then (when the snippet
# has no menu item of its own) the list of snippets. They are Wagtail's messages, in its
# catalogues: called by a name `makemessages` does not look for (`_` or `gettext_lazy`),
# they stay out of the project's, where an entry would hide Wagtail's translation.
wagtail_message = gettext_lazy
BREADCRUMB_LABELS = [wagtail_message("Home"), wagtail_message("Snippets")]


class SnippetViewSet(WagtailSnippetViewSet):
    @property
    def breadcrumbs_items(self):
        return [
            {**item, "label": label}
            for item, label in zip(super().breadcrumbs_items, BREADCRUMB_LABELS, strict=False)
        ]
