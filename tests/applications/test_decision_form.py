"""The decision form on an application's page starts with no status chosen: a planner
picks one, or the form comes back with its error and nothing changes."""

from django.core import mail
from django.urls import reverse

import pytest

from applications.enums import ApplicationStatus
from applications.models import Application, ApplicationLogEntry
from tests.applications.conftest import as_user, open_call, submitted_application
from tests.helpers import soup

pytestmark = pytest.mark.django_db

PROMPT = "Choose a status…"
ERROR = "Choose the application's new status."


def application_in(status):
    if status == ApplicationStatus.SUBMITTED:
        return submitted_application(open_call(), "BMA-2026-0902")
    return Application.objects.get(reference__startswith="DEJF", status=status)


def shown_choice(select):
    """The option a browser shows in a select: the one marked selected, else the first."""
    options = select.select("option")
    return next((option for option in options if option.has_attr("selected")), options[0])


@pytest.mark.parametrize("status", [ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW])
def test_the_status_starts_empty_with_a_prompt(client, people, status):
    application = application_in(status)

    page = soup(
        as_user(client, people["planner"]).get(
            reverse("applications_admin:inspect", args=[application.pk])
        )
    )

    select = page.select_one('form.application-decision select[name="status"]')
    first = select.select_one("option")
    assert (first["value"], first.get_text(strip=True)) == ("", PROMPT)
    assert shown_choice(select) is first
    assert [option["value"] for option in select.select("option[selected]")] == [""]
    assert select.has_attr("required")
    assert len(select.select("option")) > 2  # the statuses are all still offered
    notify = page.select_one('form.application-decision input[name="notify"]')
    assert notify.has_attr("checked")  # emailing the applicant stays the default


def test_a_decision_sent_without_a_status_is_refused_with_the_error_and_changes_nothing(
    client, people, django_capture_on_commit_callbacks
):
    application = application_in(ApplicationStatus.UNDER_REVIEW)
    planner = as_user(client, people["planner"])

    with django_capture_on_commit_callbacks(execute=True):
        response = planner.post(
            reverse("applications_admin:decide", args=[application.pk]), {"status": ""}
        )

    assert response.status_code == 400
    page = soup(response)
    form = page.select_one("form.application-decision")
    assert ERROR in form.get_text(" ", strip=True)  # beside the field, on the application's page
    assert ERROR in page.select_one(".messages").get_text(" ", strip=True)  # and above it
    assert shown_choice(form.select_one('select[name="status"]'))["value"] == ""
    # "Email the applicant" was left unticked: the form comes back as it was sent.
    assert not form.select_one('input[name="notify"]').has_attr("checked")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNDER_REVIEW
    assert not ApplicationLogEntry.objects.filter(
        object_id=str(application.pk), action__startswith="applications.status"
    ).exists()
    assert mail.outbox == []


def test_a_status_that_is_not_offered_is_refused_with_its_error(client, people):
    application = application_in(ApplicationStatus.UNDER_REVIEW)

    response = as_user(client, people["planner"]).post(
        reverse("applications_admin:decide", args=[application.pk]),
        {"status": "withdrawn", "notify": "on"},
    )

    assert response.status_code == 400
    form = soup(response).select_one("form.application-decision")
    assert "Choose one of the statuses offered." in form.get_text(" ", strip=True)
    assert form.select_one('input[name="notify"]').has_attr("checked")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNDER_REVIEW
