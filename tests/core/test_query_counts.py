"""
Pages cost a fixed, small number of queries, asserted here because counts are
deterministic. Each page is requested once first, so Wagtail's cached site root
paths are warm, as they are for every visitor but the first.
"""

from django.core.cache import cache

from wagtail.models import Page

import pytest

from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db


def count_queries(client, url, django_assert_max_num_queries, limit):
    cache.clear()
    client.get(url)
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_home_page_queries(client, django_assert_max_num_queries, language):
    count_queries(client, f"/{language}/", django_assert_max_num_queries, 12)


def test_programme_page_queries(client, django_assert_max_num_queries):
    url = "/ru/programmy/dzhazovaya-akademiya/"
    count_queries(client, url, django_assert_max_num_queries, 16)


def test_programme_index_queries_do_not_grow_with_the_programmes(
    client, django_assert_max_num_queries
):
    with_four = count_queries(client, "/en/programmes/", django_assert_max_num_queries, 14)
    for programme in ProgrammePage.objects.filter(locale__language_code="en")[1:]:
        Page.objects.filter(pk=programme.pk).update(live=False)

    with_one = count_queries(client, "/en/programmes/", django_assert_max_num_queries, 14)

    assert with_one == with_four
    assert client.get("/en/programmes/").content.count(b'class="card"') == 1
