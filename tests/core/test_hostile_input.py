"""
Every public filter and pager, given hostile values, answers a page or a 4xx: never
a server error. The parameters are read from the code: the filter forms' fields, the
news index's `tag` and `kind`, search's `q`, and `page` wherever a list is paged.
"""

from urllib.parse import quote

from django.test import Client

import pytest

from events.filters import EventFilters
from projects.filters import ProjectFilters

pytestmark = pytest.mark.django_db

# Values as they appear in a query string (already percent-encoded where needed).
HOSTILE = [
    "922337203685477580",  # times a page's length, past the database's integers
    "9" * 30,
    "-1",
    "0",
    "-" + "9" * 30,
    "abc",
    "1.5",
    "1e400",
    "9999-12-31",
    "0001-01-01",
    "2026-02-30",
    "%00",  # NUL: PostgreSQL refuses it in a string, SQLite's full-text search too
    "abc%00def",
    "%01%1f%7f",
    "%ff",  # not UTF-8
    "%ff%fe%00",
    "x" * 5000,
    "9" * 5000,  # more digits than Python turns into an int
    quote("ҳунар \" ' ( ) * : ^ - NEAR AND OR NOT", safe=""),
    quote("<script>alert(1)</script>", safe=""),
]

EVENTS = [*EventFilters.base_fields, "page"]
PROJECTS = [*ProjectFilters.base_fields, "page"]
NEWS = ["tag", "kind", "page"]
SEARCH = ["q", "page"]

PAGES = {
    "/en/events/": EVENTS,
    "/tg/chorabiniho/": EVENTS,
    "/en/events/past/": ["page"],
    "/en/events/2026/1/": ["page"],
    "/en/news/": NEWS,
    "/en/news/feed/": NEWS,
    "/en/projects/": PROJECTS,
    "/en/search/": SEARCH,
    "/ru/search/": SEARCH,
    "/en/programmes/": ["page"],
    "/en/programmes/jazz-academy/": ["page"],
    "/en/programmes/jazz-academy/intake/": ["page", "next", "reference"],
    "/en/events/feed.ics": ["page"],
    "/en/programmes/jazz-academy.ics": ["page"],
    "/en/events/dushanbe-ethno-jazz-festival-2021.ics": ["page"],
}


def server_errors(client, urls):
    return [(url[:120], status) for url in urls if (status := client.get(url).status_code) >= 500]


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("page", list(PAGES))
def test_every_filter_and_pager_takes_hostile_values(visitor, page):
    parameters = PAGES[page]
    urls = [f"{page}?{name}={value}" for name in parameters for value in HOSTILE]
    # Each parameter twice, and all of them at once with the values of each row.
    urls += [f"{page}?{name}=1&{name}=2" for name in parameters]
    urls += [f"{page}?{name}[]=1" for name in parameters]
    urls += [f"{page}?" + "&".join(f"{name}={value}" for name in parameters) for value in HOSTILE]
    if page == "/en/search/":  # with words to find, so the pager runs
        urls += [f"{page}?q=jazz&page={value}" for value in HOSTILE]

    assert server_errors(visitor, urls) == []


def test_the_month_calendar_takes_hostile_years_and_months(visitor):
    urls = [
        f"/en/events/{year}/{month}/"
        for year in ("0000", "0001", "1899", "1900", "2200", "2201", "9999")
        for month in ("0", "00", "1", "12", "13", "99")
    ]

    assert server_errors(visitor, urls) == []


def test_the_application_status_page_takes_hostile_tokens(visitor):
    tokens = ["abc", "%00", "%ff", "x" * 5000, "9" * 30, "a:b:c", quote("ҳ" * 100, safe="")]
    urls = [f"/en/applications/{token}/{step}" for token in tokens for step in ("", "received/")]
    urls += [f"/en/applications/{token}/withdraw/" for token in tokens]

    assert server_errors(visitor, urls) == []


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/?page=922337203685477580",
        "/en/search/?q=jazz&page=" + "9" * 30,
        "/en/events/?date_from=9999-12-31",
        "/en/events/?date_to=9999-12-31",
        "/en/events/?programme=99999999999999999999999",
        "/en/search/?q=%00",
        "/en/news/?tag=%00",
    ],
)
def test_the_reported_addresses_answer_a_page(visitor, url):
    assert visitor.get(url).status_code == 200


def test_a_date_beyond_the_calendar_is_refused_with_a_clear_message(client):
    page = client.get("/en/events/?date_from=9999-12-31").content.decode()
    tajik = client.get("/tg/chorabiniho/?date_from=9999-12-31").content.decode()

    assert "Choose a date between 1900 and 2200." in page
    assert "Санаеро байни солҳои 1900 ва 2200 интихоб кунед." in tajik
