"""The event page links to its booking form, costs no query more and stays cacheable."""

import pytest

from bookings.enums import RegistrationMode
from tests.bookings.conftest import book_url
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_an_event_taking_bookings_links_to_its_form(client, weekly_class, language):
    response = client.get(book_url(language).removesuffix("book/"))

    link = soup(response).select_one(".booking-link a")
    assert link["href"] == book_url(language)
    assert "Cache-Control" not in response or "private" not in response["Cache-Control"]


def test_an_event_without_registration_has_no_link_and_no_form(client, weekly_class):
    weekly_class.registration.mode = RegistrationMode.NONE
    weekly_class.registration.save()

    assert not soup(client.get(weekly_class.url)).select(".booking-link")
    assert client.get(book_url()).status_code == 404


def test_the_link_costs_the_event_page_no_query(
    client, weekly_class, django_assert_max_num_queries
):
    # tests/core/test_query_counts.py: an event page within 8 queries once warm.
    assert warm_query_count(client, weekly_class.url, django_assert_max_num_queries, 8)
