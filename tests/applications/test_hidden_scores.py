"""A reviewer judges on their own: others' scores (the average, the number of reviews)
stay hidden from them until they have scored the application. Planners see them all."""

from decimal import Decimal

from django.urls import reverse

import pytest

from applications.models import Application, Review
from tests.applications.conftest import as_user, listed_references
from tests.helpers import soup

pytestmark = pytest.mark.django_db

INDEX = reverse("applications_admin:index")


@pytest.fixture
def scored(people):
    """Two applications of the reviewer's call, scored 5 and 1 by a planner."""
    high, low = Application.objects.filter(reference__startswith="DEJF").order_by("pk")[:2]
    colleague = people["planner"]
    Review.objects.create(application=high, reviewer=colleague, average=Decimal(5))
    Review.objects.create(application=low, reviewer=colleague, average=Decimal(1))
    return high, low


def row_of(response, application):
    for row in soup(response).select("#listing-results tbody tr"):
        cells = [cell.get_text(strip=True) for cell in row.select("td")]
        if cells[0] == application.reference:
            return cells
    raise AssertionError(f"{application.reference} is not listed")


def test_a_reviewer_sees_no_average_before_scoring_and_sees_it_after(client, people, scored):
    high, _low = scored
    reviewer = as_user(client, people["reviewer"])
    page = reverse("applications_admin:inspect", args=[high.pk])

    before_row = row_of(reviewer.get(INDEX), high)
    before_page = soup(reviewer.get(page)).select_one(".application-scores").get_text(strip=True)
    Review.objects.create(application=high, reviewer=people["reviewer"], average=Decimal(3))
    after_row = row_of(reviewer.get(INDEX), high)
    after_page = soup(reviewer.get(page)).select_one(".application-scores").get_text(strip=True)

    assert before_row[-2:] == ["", ""]
    assert "5" not in before_page
    assert before_page == "Shown once you have scored this application."
    assert after_row[-2:] == ["4.00", "2"]
    assert after_page.startswith("4")
    assert "2 reviews" in after_page


def test_the_average_score_filter_tells_a_reviewer_nothing_before_they_score(
    client, people, scored
):
    high, low = scored
    reviewer = as_user(client, people["reviewer"])

    at_least_three = reviewer.get(INDEX, {"average_score": "3"})
    Review.objects.create(application=low, reviewer=people["reviewer"], average=Decimal(5))
    after_scoring_low = reviewer.get(INDEX, {"average_score": "3"})

    assert listed_references(at_least_three) == set()  # the colleague's 5 is not revealed
    assert listed_references(after_scoring_low) == {low.reference}  # (1 + 5) / 2


def test_planners_see_every_average(client, people, scored):
    high, low = scored
    planner = as_user(client, people["planner"])

    listing = planner.get(INDEX)
    filtered = planner.get(INDEX, {"average_score": "3"})

    assert row_of(listing, high)[-2:] == ["5.00", "1"]
    assert row_of(listing, low)[-2:] == ["1.00", "1"]
    assert listed_references(filtered) == {high.reference}
