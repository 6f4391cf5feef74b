from django.template.response import TemplateResponse
from django.utils import translation

from wagtail.models import Locale, Page

from core.folding import fold
from search.ranking import search_results

PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def printable(text):
    """The text with control characters (a NUL byte breaks the database's query) as spaces."""
    return "".join(char if char.isprintable() else " " for char in text)


def search(request):
    """Site search in the visitor's language: `/<lang>/search/?q=`."""
    query = printable(request.GET.get("q", "")[:MAX_QUERY_LENGTH]).strip()
    page_obj = None
    if query:
        # .specific(): the results come as their own page types, one query per page
        # type shown, never one per result. The query is folded like each page's
        # word_forms, so "хунар" finds "ҳунар" and back.
        pages = (
            Page.objects.live()
            .public()
            .specific()
            .filter(locale__in=Locale.objects.filter(language_code=translation.get_language()))
            .exclude(depth__lte=1)
        )
        page_obj = search_results(request, pages, fold(query), PER_PAGE)
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "page_obj": page_obj}
    )
