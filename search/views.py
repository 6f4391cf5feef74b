from django.template.response import TemplateResponse
from django.utils import translation

from wagtail import hooks
from wagtail.models import Locale, Page

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
        # type shown, never one per result. Each word is also taken folded as each
        # page's word_forms are (search.ranking.with_stems), so "хунар" finds "ҳунар"
        # and back.
        pages = (
            Page.objects.live()
            .public()
            .specific()
            .filter(locale__in=Locale.objects.filter(language_code=translation.get_language()))
            .exclude(depth__lte=1)
        )
        page_obj = search_results(request, pages, query, PER_PAGE)
    context = {
        "search_query": query,
        "page_obj": page_obj,
        "elsewhere": search_elsewhere(request, query) if query else [],
    }
    return TemplateResponse(request, "search/search.html", context)


def search_elsewhere(request, query):
    """[(label, address)] of the site's other searches for the same words, which other
    apps offer through the `search_elsewhere` hook (the resource centre's materials,
    which are not pages)."""
    return [link for hook in hooks.get_hooks("search_elsewhere") if (link := hook(request, query))]
