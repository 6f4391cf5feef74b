"""
Site search ranked in Wagtail's search index, loading only the results shown.

Wagtail's database backend (modelsearch) orders `.search()` results by a score
subquery per matching page. On SQLite that subquery runs the full-text match and
`bm25()` again for every page: 0.3 s for "jazz" on 760 pages, and the work grows
with the square of the matches. On PostgreSQL it joins each page's title and body
vectors to match them, once to count and once for the page shown.

Here the index rows are matched and ranked in one pass, with the backend's own query
syntax and scores (the same results in the same order; on SQLite each word may also
match by its stem, as PostgreSQL's do), and only the pages shown are loaded, one
query per page type. Queries: the ranked page of results with their count (on
PostgreSQL a window over the same query; on SQLite, where bm25() is not allowed in a
window, the ranked keys of all the matches, which costs less than matching again to
count them), and the pages.

The resource centre's catalogue ranks its materials the same way (`ranked_matches`):
its search for "jazz" among 2,000 materials went from 3.8 s to tens of
milliseconds on SQLite (README, "Speed").
"""

from django.core.paginator import Page as PageOfItems
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import CharField, Count, F, IntegerField, Q, Window
from django.db.models.functions import Cast
from django.utils import translation

from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from modelsearch.utils import get_descendants_content_types_pks

from core.pagination import paginate, requested_page_number
from core.word_forms import WORD, query_forms


def search_results(request, pages, query, per_page):
    """
    The page of results that `request` asks for (`?page=`, the first if there is no
    such page): the pages of the `pages` queryset that match the words of `query`,
    best first, as their own types when `pages` is `.specific()`.
    """
    # FTS5 reads a double quote as syntax and the backend leaves it in the words it
    # quotes, so `rock"n` failed the whole query; like PostgreSQL, take it as a space.
    words = query.replace('"', " ")
    # Each word in its other forms (`with_stems`), on either database.
    matches = ranked_matches(pages, with_stems(words))
    if matches is None:  # a backend of another kind ranks its own way
        return paginate(request, pages.search(words), per_page)
    return matches.page(request, per_page)


class RankedMatches:
    """
    The objects of a queryset that match a search, best first. `page()` is the page a
    request asks for; as a Paginator takes them, `count()` is one query and a slice
    two, whatever the number of matches (the slice's index rows in order, then its
    objects, with what the queryset loads).
    """

    def __init__(self, objects, entries):
        self.objects = objects
        self.entries = entries
        self.total = None

    def count(self):
        if self.total is None:
            self.total = self.entries.count()
        return self.total

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = list(self.entries.values_list("object_pk", flat=True)[index])
        found = self.objects.in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]

    def page(self, request, per_page):
        """The page of matches that `request` asks for (`?page=`, the first if there is
        no such page): the page's index rows with their count (on PostgreSQL in one
        query), then its objects."""
        entries = self.entries
        if connection.vendor == "postgresql":
            entries = entries.annotate(total=Window(Count("*")))
        return _ranked_page(self.objects, entries, requested_page_number(request), per_page)

    def unranked(self):
        """The matching objects in the queryset's own order: a queryset."""
        return self.objects.filter(pk__in=self.entries.order_by().values("object_pk"))


def ranked_matches(objects, query):
    """
    The objects of the `objects` queryset that match the search `query` (words, or a
    query such as `with_stems` makes), ranked in the search index as the site search
    ranks pages: a `RankedMatches`, or None for a search backend of another kind.
    """
    entries = _index_entries(get_search_backend(), objects, query)
    return None if entries is None else RankedMatches(objects, entries)


def _ranked_page(pages, entries, number, per_page):
    """
    Page `number` (the first if there is no such page) of the `pages` in the order
    of their index `entries`: when the entries count themselves (a `total`), the
    page's rows; otherwise (SQLite) the keys of every match at once, which costs less
    than running the match a second time to count it.
    """
    if "total" in entries.query.annotations:

        def rows(page_number):
            start = (page_number - 1) * per_page
            return list(entries.values_list("object_pk", "total")[start : start + per_page])

        shown = rows(number)
        if not shown and number > 1:
            number, shown = 1, rows(1)
        total = shown[0][1] if shown else 0
        ids = [row[0] for row in shown]
    else:
        every = list(entries.values_list("object_pk", flat=True))
        total = len(every)
        if (number - 1) * per_page >= total:
            number = 1
        ids = every[(number - 1) * per_page : number * per_page]
    found = pages.in_bulk(ids)
    # Paginator needs only the number of results; the page holds those shown, less
    # any unpublished between the queries.
    return PageOfItems(
        [found[pk] for pk in ids if pk in found], number, Paginator(range(total), per_page)
    )


def _index_entries(backend, objects, query):
    """
    The index rows of the `objects` (a queryset of one indexed model, pages or not)
    matching the search `query`, best first, each with its object's primary key
    `object_pk`; None for a backend other than these two.
    """
    # Each backend's modules (and the FTS model) load only on their own database.
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return _sqlite_entries(backend, objects, query)
    elif connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        if isinstance(backend, PostgresSearchBackend):
            return _postgres_entries(backend, objects, query)
    return None


def _sqlite_entries(backend, objects, query):
    from wagtail.search.models import SQLiteFTSIndexEntry

    from modelsearch.backends.database.sqlite.query import BM25, MatchExpression

    compiler = backend.query_compiler_class(objects, query)
    match = compiler.build_search_query(compiler.query)
    if match is None:  # no words
        return SQLiteFTSIndexEntry.objects.none().annotate(object_pk=F("pk"))
    # bm25() is only known inside the query that runs the match, so the FTS table
    # leads: each matching row finds its index entry, then its object, by primary key.
    # One bm25() scores the whole match, whatever its words and forms.
    bm25 = BM25()
    return (
        SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(compiler.FTS_TABLE_FIELDS, match),
            index_entry__content_type__in=get_descendants_content_types_pks(objects.model),
            # Text object ids against integer ids: SQLite compares them as numbers.
            index_entry__object_id__in=objects.values("pk"),
        )
        .annotate(
            # The backend's score, bm25 × title_norm + bm25, with bm25() run once.
            # bm25() is negative, the best match lowest.
            score=-bm25 * (F("index_entry__title_norm") + 1),
            object_pk=Cast("index_entry__object_id", IntegerField()),
        )
        .order_by("-score", "-object_pk")
    )


def with_stems(words):
    """
    The query of the `words`: each word as typed, folded or stemmed, as the pages'
    `word_forms` list their own words (on SQLite, which matches words as typed;
    PostgreSQL stems both itself), or on the Tajik site a Latin word with its doubled
    letters single (core/word_forms.query_forms).
    """
    # A term of no letter or digit at all ("(", "*") matches nothing, and PostgreSQL's
    # backend would fail on it.
    terms = [term for term in words.split() if WORD.search(term)]
    if not terms:
        return words
    language = translation.get_language()
    return And([Or([PlainText(form) for form in query_forms(term, language)]) for term in terms])


def _postgres_entries(backend, objects, query):
    from wagtail.search.models import IndexEntry

    compiler = backend.query_compiler_class(objects, query)
    config = compiler.get_config(backend)
    tsquery = compiler.build_tsquery(compiler.query, config=config)
    if tsquery is None:  # no words: "-"
        return IndexEntry.objects.none().annotate(object_pk=F("pk"))
    title = compiler.build_tsrank(F("title"), compiler.query, config=config)
    body = compiler.build_tsrank(F("body"), compiler.query, config=config)
    return (
        IndexEntry.objects.filter(
            # Title or body, as the backend matches title || body, without joining them.
            Q(title=tsquery) | Q(body=tsquery),
            content_type__in=get_descendants_content_types_pks(objects.model),
            object_id__in=objects.values(text_pk=Cast("pk", CharField())),
        )
        .annotate(
            score=title * F("title_norm") + body,
            object_pk=Cast("object_id", IntegerField()),
        )
        .order_by("-score", "-object_pk")
    )
