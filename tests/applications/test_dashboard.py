"""The dashboard, where staff land after signing in, tells planners and reviewers which
applications wait to be judged: per open call, the new ones and those under review, and
for a reviewer those they have not scored yet. Each number opens the listing, filtered."""

from django.urls import reverse

import pytest

from applications.enums import ApplicationStatus
from applications.models import Application, Review
from tests.applications.conftest import as_user, listed_references
from tests.applications.test_admin_listing import add_applications, other_call
from tests.helpers import admin_language, soup

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("wagtailadmin_home")
NEW, UNDER_REVIEW = ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW


def panel(response):
    """The Applications panel, or None."""
    return soup(response).select_one("#applications-to-judge-section")


def calls(response):
    """{call title: {what is counted: number}} of the panel's list."""
    found = {}
    for item in panel(response).select("li"):
        title, counts = item.select("p")
        found[title.get_text(strip=True)] = dict(
            link.get_text(strip=True).split(":") for link in counts.select("a")
        )
    return found


def references(call, status):
    return set(
        Application.objects.filter(call_key=call.translation_key, status=status).values_list(
            "reference", flat=True
        )
    )


def test_a_reviewer_sees_what_waits_in_their_calls_and_what_they_have_not_scored(
    client, people, festival_call
):
    add_applications(festival_call, 7)  # every status, new and under review among them
    add_applications(other_call(), 7)  # a call the reviewer is not assigned to
    under_review = Application.objects.filter(
        call_key=festival_call.translation_key, status=UNDER_REVIEW
    )
    Review.objects.create(application=under_review.first(), reviewer=people["reviewer"])

    response = as_user(client, people["reviewer"]).get(DASHBOARD)

    assert calls(response) == {
        festival_call.title: {
            "New": str(len(references(festival_call, NEW))),
            "Under review": str(under_review.count()),
            "Not scored by you": str(under_review.count() - 1),
        }
    }


def test_each_number_opens_the_listing_of_those_applications(client, people, festival_call):
    add_applications(festival_call, 14)
    reviewer = as_user(client, people["reviewer"])

    links = panel(reviewer.get(DASHBOARD)).select("li a")
    new, under_review = (reviewer.get(link["href"]) for link in links[:2])

    assert listed_references(new) == references(festival_call, NEW)
    assert listed_references(under_review) == references(festival_call, UNDER_REVIEW)


def test_a_planner_sees_every_call_and_no_column_of_their_own_scores(client, people, festival_call):
    add_applications(other_call(), 7)

    found = calls(as_user(client, people["planner"]).get(DASHBOARD))

    assert set(found) == {festival_call.title, other_call().title}
    assert all(set(counts) == {"New", "Under review"} for counts in found.values())


def test_a_reviewer_without_a_call_is_told_nothing_waits(client, people):
    found = panel(as_user(client, people["other_reviewer"]).get(DASHBOARD))

    assert "No application is waiting to be judged." in found.get_text()
    assert found.select_one("p a")["href"] == reverse("applications_admin:index")


def test_communication_editors_have_no_applications_panel(client, people):
    assert panel(as_user(client, people["editor"]).get(DASHBOARD)) is None


@pytest.mark.parametrize(
    ("language", "heading", "new"),
    [("ru", "Заявки к рассмотрению", "Новые"), ("tg", "Аризаҳо барои баррасӣ", "Нав")],
)
def test_the_panel_speaks_the_reviewers_language(client, people, language, heading, new):
    admin_language(people["reviewer"], language)

    found = panel(as_user(client, people["reviewer"]).get(DASHBOARD))

    assert found.select_one("h2").get_text(strip=True) == heading
    assert found.select_one("li a").get_text(strip=True).startswith(f"{new}:")


def test_the_panel_costs_the_same_queries_with_ten_times_the_applications(
    client, people, festival_call, django_assert_num_queries, django_assert_max_num_queries
):
    reviewer = as_user(client, people["reviewer"])
    add_applications(festival_call, 7)
    reviewer.get(DASHBOARD)
    with django_assert_max_num_queries(1000) as few:
        reviewer.get(DASHBOARD)

    add_applications(festival_call, 70, prefix="M")
    with django_assert_num_queries(len(few)):
        reviewer.get(DASHBOARD)
