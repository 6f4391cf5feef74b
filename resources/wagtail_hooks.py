"""The resource centre in the admin: its menu (materials, the moderation queue, partner
accounts), the figures in Reports, and the history entries moderation writes."""

from django.urls import path, reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList, PublishingPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core import navigation, page_cache
from core.viewsets import SnippetViewSet
from core.widgets import SnippetChooser
from partners.models import Organisation
from resources import admin_views, dashboard, figures_views, moderation
from resources.admin_forms import ResourceAdminForm
from resources.admin_listing import ResourceIndexView
from resources.models import Resource, ResourceCentrePage
from resources.panels import FileVersionsPanel
from resources.partner_accounts_admin import MENU_HOOK, PartnerAccountViewSet


class ResourceViewSet(SnippetViewSet):
    """All materials, in every status; staff add and change them here, files included.
    A material staff add is approved at once (the model's default status) and listed
    once they publish it, as a page; a status changes only through the moderation queue
    (moderation.py). A translation wagtail-localize makes is a draft until its
    translator publishes it from the translation editor."""

    model = Resource
    index_view_class = ResourceIndexView
    icon = "doc-full-inverse"
    menu_label = _("Materials")
    menu_name = "materials"
    list_display = [
        "title",
        Column("organisation", label=_("Organisation")),
        Column("kind", label=_("Type"), accessor="get_kind_display"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("live", label=_("Publication"), accessor="get_live_display"),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        DateColumn("created_at", label=_("Added")),
    ]
    list_filter = ["status", "kind", "organisation", "locale"]
    search_fields = ["title"]
    search_backend_name = None  # a database search on the title
    list_per_page = 50
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("slug"),
            FieldPanel("summary"),
            FieldPanel("kind"),
            FieldPanel("themes"),
            FieldPanel("languages"),
            FieldPanel("organisation", widget=SnippetChooser(Organisation)),
            FieldPanel("authors"),
            FieldPanel("year"),
            FieldPanel("licence"),
            FieldPanel("external_url"),
            FieldPanel("related_page"),
            FieldPanel("public"),
            FileVersionsPanel(heading=_("Files and their versions")),
            FieldPanel("new_file"),
            FieldPanel("replaces"),
            PublishingPanel(),  # "Set schedule": publish_on_schedule acts at its time
        ],
        base_form_class=ResourceAdminForm,
    )

    def get_queryset(self, request):
        return Resource.objects.select_related("organisation", "locale").with_schedule()


class ResourceCentreGroup(SnippetViewSetGroup):
    items = (ResourceViewSet,)
    menu_label = _("Resource centre")
    menu_name = "resource-centre"
    menu_icon = "doc-full-inverse"
    menu_order = 320
    submenu_hook = MENU_HOOK


register_snippet(ResourceCentreGroup)


@hooks.register("register_admin_viewset")
def register_partner_accounts():
    return PartnerAccountViewSet("resource_partner_accounts")


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return moderation.may_moderate(request.user)


@hooks.register(MENU_HOOK)
def register_moderation_menu_item():
    return ModerationMenuItem(
        _("Moderation queue"), reverse("resource_moderation"), icon_name="tasks", order=2
    )


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    if moderation.may_moderate(request.user):
        panels.append(dashboard.ModerationPanel())


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [
        path(
            "resource-moderation/",
            admin_views.ModerationQueueView.as_view(),
            name="resource_moderation",
        ),
        path("resource-moderation/<int:pk>/", admin_views.moderate, name="resource_moderate"),
    ]


class FiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return figures_views.may_see_figures(request.user)


@hooks.register("register_admin_urls")
def register_figures_urls():
    return [
        path("resource-figures/", figures_views.FiguresView.as_view(), name="resource_figures"),
        path(
            "resource-figures/export/",
            figures_views.export_figures,
            name="resource_figures_export",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_figures_menu_item():
    return FiguresMenuItem(
        _("Resource centre figures"), reverse("resource_figures"), icon_name="table", order=900
    )


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    # The entries name the material (its title) and the staff member, never the
    # contributor; the moderators' message stays on the material.
    @actions.register_action("resources.approve")
    class Approve(LogFormatter):
        label = _("Approve a material")

        def format_message(self, log_entry):
            return _("Approved the material")

    @actions.register_action("resources.ask_for_changes")
    class AskForChanges(LogFormatter):
        label = _("Ask for changes to a material")

        def format_message(self, log_entry):
            return _("Asked the contributor for changes")

    @actions.register_action("resources.reject")
    class Reject(LogFormatter):
        label = _("Reject a material")

        def format_message(self, log_entry):
            return _("Rejected the material")

    @actions.register_action("resources.resubmit")
    class Resubmit(LogFormatter):
        label = _("Resubmit a material")

        def format_message(self, log_entry):
            return _("The contributor sent the material back for moderation")


@hooks.register("search_elsewhere")
def search_materials(request, query):
    """The site search links to the resource centre's own search for the same words:
    its materials (and the text in their files) are not pages, which it finds."""
    address = page_cache.for_content_version(
        f"resource-centre-address:{translation.get_language()}",
        lambda: getattr(navigation.section_of_type(request, ResourceCentrePage), "url", ""),
    )
    if not address:
        return None
    label = gettext("Search the resource centre's training materials for “%(query)s”")
    return label % {"query": query}, address + "?" + urlencode({"q": query})
