from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.viewsets import SnippetViewSet
from projects.models import ProjectTheme, ProjectType


class ProjectThemeViewSet(SnippetViewSet):
    model = ProjectTheme
    icon = "tag"
    list_display = ["name", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ProjectTypeViewSet(SnippetViewSet):
    model = ProjectType
    icon = "tag"
    list_display = ["name", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ProjectVocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Project vocabulary")
    menu_name = "project-vocabulary"
    menu_icon = "tag"
    menu_order = 320
    items = (ProjectThemeViewSet, ProjectTypeViewSet)


register_snippet(ProjectVocabularyGroup)
