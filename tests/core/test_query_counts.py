"""
Pages cost a fixed, small number of queries, asserted here because counts are
deterministic. Each page is requested once first, so Wagtail's cached site root
paths are warm, as they are for every visitor but the first.
"""

from wagtail.models import Page

import pytest

from programmes.models import ProgrammePage
from tests.helpers import warm_query_count

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_home_page_queries(client, django_assert_max_num_queries, language):
    warm_query_count(client, f"/{language}/", django_assert_max_num_queries, 15)


def test_programme_page_queries(client, django_assert_max_num_queries):
    url = "/ru/programmy/dzhazovaya-akademiya/"
    warm_query_count(client, url, django_assert_max_num_queries, 20)  # + its open calls


def test_programme_index_queries_do_not_grow_with_the_programmes(
    client, django_assert_max_num_queries
):
    with_four = warm_query_count(client, "/en/programmes/", django_assert_max_num_queries, 14)
    for programme in ProgrammePage.objects.filter(locale__language_code="en")[1:]:
        Page.objects.filter(pk=programme.pk).update(live=False)

    with_one = warm_query_count(client, "/en/programmes/", django_assert_max_num_queries, 14)

    assert with_one == with_four
    assert client.get("/en/programmes/").content.count(b'class="card"') == 1
