from wagtail.snippets.models import register_snippet

from core.viewsets import SnippetViewSet
from news.models import NewsTag


class NewsTagViewSet(SnippetViewSet):
    model = NewsTag
    icon = "tag"
    menu_order = 330
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(NewsTagViewSet)
