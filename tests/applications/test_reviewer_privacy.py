"""Reviewers score applications without the applicant's contact details: no email
address and no phone number (the applicant's own, or given as an answer to a question
of the call's form) on the application's page, in the listing or through its search.
Festival planners, who write to applicants, keep seeing them (README, "Staff groups")."""

from django.urls import reverse

from wagtail.admin.ui.tables import Column

import pytest

from applications.models import Application
from applications.wagtail_hooks import ApplicationViewSet
from tests.applications.conftest import (
    as_user,
    listed_references,
    member,
    open_call,
    refused,
    submitted_application,
)

pytestmark = pytest.mark.django_db

EMAIL = "farrukh@example.org"
PHONE = "+992 90 123 45 67"
MANAGER_EMAIL = "manager.of.the.band@example.org"


@pytest.fixture
def application():
    """An application to Bob's Music Award, whose form asks for a phone number: its
    answers as the form stores them, each with its kind of question."""
    call = open_call()
    questions = {block.block_type: block for block in call.questions}
    application = submitted_application(call, "BMA-2026-0901", name="Farrukh Nazarov")
    application.email = EMAIL
    application.answers = [
        {
            "id": questions["short_text"].id,
            "type": "short_text",
            "label": "Artist or band name",
            "value": "Nazarov Trio",
        },
        {"id": questions["phone"].id, "type": "phone", "label": "Phone number", "value": PHONE},
        # A kind of question the call may ask too (applications.blocks.EmailQuestion).
        {"id": "manager-email", "type": "email", "label": "Manager", "value": MANAGER_EMAIL},
    ]
    application.save()
    return application


@pytest.fixture
def staff(application):
    reviewer = member("Application reviewers", "bma_reviewer")
    application.call.reviewers.add(reviewer)
    application.call.save()  # a page's many-to-many changes are kept when the page is saved
    return {"reviewer": reviewer, "planner": member("Festival planners", "bma_planner")}


def page_text(client, application):
    response = client.get(reverse("applications_admin:inspect", args=[application.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_a_reviewer_reads_the_application_without_the_applicants_email_or_phone(
    client, application, staff
):
    page = page_text(as_user(client, staff["reviewer"]), application)

    assert "Nazarov Trio" in page  # the answers the jury scores are there
    assert "Farrukh Nazarov" in page
    assert EMAIL not in page
    assert "mailto:" not in page
    assert PHONE not in page
    assert MANAGER_EMAIL not in page
    assert "Phone number" not in page  # no question left with its answer taken out


def test_a_planner_still_reads_the_email_and_the_phone(client, application, staff):
    page = page_text(as_user(client, staff["planner"]), application)

    assert f'href="mailto:{EMAIL}"' in page
    assert PHONE in page
    assert MANAGER_EMAIL in page


def test_a_superuser_still_reads_the_email_and_the_phone(client, application, admin_user):
    page = page_text(as_user(client, admin_user), application)

    assert EMAIL in page
    assert PHONE in page


def test_a_reviewer_finds_no_applicant_by_their_email(client, application, staff):
    index = reverse("applications_admin:index")
    results = reverse("applications_admin:index_results")
    reviewer = as_user(client, staff["reviewer"])

    by_email = reviewer.get(index, {"q": EMAIL})
    by_part_of_it = reviewer.get(results, {"q": "farrukh@"})  # the search without reloading
    by_name = reviewer.get(index, {"q": "Farrukh"})

    assert listed_references(by_email) == set()
    assert listed_references(by_part_of_it) == set()
    assert listed_references(by_name) == {application.reference}  # the search still works
    planner = as_user(client, staff["planner"])
    assert application.reference in listed_references(planner.get(index, {"q": EMAIL}))


def test_an_email_column_added_to_the_listing_is_shown_to_planners_only(client, application, staff):
    columns = ApplicationViewSet.list_display  # the list the listing's view was given
    columns.insert(2, Column("email", label="Email"))
    try:
        pages = {
            who: as_user(client, staff[who]).get(reverse("applications_admin:index")).content
            for who in ("reviewer", "planner")
        }
        sorted_by_email = as_user(client, staff["reviewer"]).get(
            reverse("applications_admin:index"), {"ordering": "email"}
        )
    finally:
        columns.pop(2)

    assert EMAIL.encode() not in pages["reviewer"]
    assert EMAIL.encode() in pages["planner"]
    assert sorted_by_email.status_code == 200
    assert EMAIL.encode() not in sorted_by_email.content


def test_a_reviewer_reaches_no_spreadsheet_and_no_decision_email(client, application, staff):
    reviewer = as_user(client, staff["reviewer"])

    responses = [
        reviewer.get(reverse("applications_admin:export", args=[application.call_key])),
        reviewer.post(
            reverse("applications_admin:decide", args=[application.pk]),
            {"status": "rejected", "notify": "on"},
        ),
        reviewer.post(reverse("applications_admin:email_decision", args=[application.pk])),
    ]

    assert all(refused(response) for response in responses)
    assert all(EMAIL.encode() not in response.content for response in responses)
    assert Application.objects.get(pk=application.pk).status == "submitted"
