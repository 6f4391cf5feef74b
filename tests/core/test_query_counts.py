"""
Pages cost a fixed, small number of queries, asserted here because counts are
deterministic. Each page is requested once first, so Wagtail's cached site root
paths and the kept menu (core.navigation) are warm, as they are for every visitor
but the first. Issue 7: the home page at most 15, a detail page at most 10.
"""

from wagtail.models import Page

import pytest

from applications.models import OpenCallPage
from events.models import EventPage
from home.models import StandardPage
from news.models import NewsPage
from programmes.models import ProgrammePage
from projects.models import ProjectPage
from tests.helpers import warm_query_count

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_home_page_queries(client, django_assert_max_num_queries, language):
    # Programmes, news, partners (each with their images' renditions), the next events
    # with their stored dates, the open calls. The hero link comes from the cache.
    warm_query_count(client, f"/{language}/", django_assert_max_num_queries, 8)


def test_programme_page_queries(client, django_assert_max_num_queries):
    url = "/ru/programmy/dzhazovaya-akademiya/"
    warm_query_count(client, url, django_assert_max_num_queries, 5)  # + its open calls


# The site, the home page and the page at the address come from the cache once a
# visitor has asked for them (core.navigation.route): what is left is what the page shows.
DETAIL_PAGES = [
    (ProgrammePage, 5),  # its events, open calls, people and news
    (ProjectPage, 4),  # themes, types, partners and countries
    (NewsPage, 1),  # its tags
    (EventPage, 1),
    (StandardPage, 1),
    (OpenCallPage, 1),
]


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
@pytest.mark.parametrize(("model", "limit"), DETAIL_PAGES)
def test_detail_page_queries(client, django_assert_max_num_queries, model, limit, language):
    page = model.objects.live().filter(locale__language_code=language).order_by("path").last()
    warm_query_count(client, page.url, django_assert_max_num_queries, limit)


def test_programme_index_queries_do_not_grow_with_the_programmes(
    client, django_assert_max_num_queries
):
    with_four = warm_query_count(client, "/en/programmes/", django_assert_max_num_queries, 6)
    for programme in ProgrammePage.objects.filter(locale__language_code="en")[1:]:
        Page.objects.filter(pk=programme.pk).update(live=False)

    with_one = warm_query_count(client, "/en/programmes/", django_assert_max_num_queries, 6)

    assert with_one == with_four
    assert client.get("/en/programmes/").content.count(b'class="card"') == 1
