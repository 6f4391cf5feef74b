"""A jury goes back on its word: a decision is reopened or changed, and its email is
sent later, after a preview; each step is logged with who made it and when."""

from django.core import mail
from django.urls import reverse

import pytest

from applications.enums import ApplicationStatus
from applications.models import Application, ApplicationLogEntry
from tests.applications.conftest import as_user, refused, run_mail_worker
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def sample(status):
    return Application.objects.get(reference__startswith="DEJF", status=status)


def decide(client, application, **data):
    return client.post(reverse("applications_admin:decide", args=[application.pk]), data)


def email_later(client, application, **data):
    return client.post(reverse("applications_admin:email_decision", args=[application.pk]), data)


def history_text(client, application):
    response = client.get(reverse("applications_admin:history", args=[application.pk]))
    return soup(response).get_text(" ", strip=True)


def test_a_planner_reopens_a_rejection_then_accepts_and_the_history_says_so(
    client, people, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.REJECTED)
    planner = as_user(client, people["planner"])

    with django_capture_on_commit_callbacks(execute=True):  # emails are queued on commit
        reopened = decide(planner, application, status="under_review")
    application.refresh_from_db()
    assert reopened.status_code == 302
    assert application.status == ApplicationStatus.UNDER_REVIEW

    with django_capture_on_commit_callbacks(execute=True):
        decide(planner, application, status="accepted")  # without emailing
        decide(planner, application, status="rejected")  # a mistake: changed again
    run_mail_worker()
    application.refresh_from_db()

    assert application.status == ApplicationStatus.REJECTED
    assert mail.outbox == []
    text = history_text(planner, application)
    assert "Decision “Rejected” reopened: the application is “Under review” again" in text
    assert "Decision changed from “Accepted” to “Rejected”" in text
    entries = ApplicationLogEntry.objects.filter(object_id=str(application.pk)).exclude(
        action="applications.view"
    )
    assert {(entry.action, entry.user) for entry in entries} >= {
        ("applications.reopen", people["planner"]),
        ("applications.decision_change", people["planner"]),
    }


def test_the_decision_page_offers_reopening_and_changing_a_decision(client, people):
    application = sample(ApplicationStatus.ACCEPTED)

    page = soup(
        as_user(client, people["planner"]).get(
            reverse("applications_admin:inspect", args=[application.pk])
        )
    )

    offered = {option["value"] for option in page.select("select[name=status] option")}
    assert {"under_review", "rejected", "waitlisted"} <= offered
    assert page.select_one("form.application-email-decision") is not None


def test_a_decision_made_without_an_email_is_emailed_later_after_a_preview(
    client, people, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.SHORTLISTED)  # applied in Russian
    planner = as_user(client, people["planner"])
    with django_capture_on_commit_callbacks(execute=True):  # emails are queued on commit
        decide(planner, application, status="accepted")  # "notify" left unticked
    run_mail_worker()
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        preview = email_later(planner, application)
    run_mail_worker()

    assert preview.status_code == 200
    assert mail.outbox == []  # nothing goes before confirming
    subject = soup(preview).select_one(".decision-preview__subject").get_text()
    assert subject == f"Ваша заявка {application.reference} принята"

    with django_capture_on_commit_callbacks(execute=True):
        sent = email_later(planner, application, status="accepted", confirm="1")
    run_mail_worker()

    assert sent.status_code == 302
    (message,) = mail.outbox
    assert (message.to, message.subject) == ([application.email], subject)
    entry = ApplicationLogEntry.objects.get(
        action="applications.decision_email", object_id=str(application.pk)
    )
    assert (entry.user, entry.data) == (people["planner"], {"status": "accepted"})
    assert "The applicant is emailed the decision “Accepted”" in history_text(planner, application)


def test_an_email_previewed_for_a_decision_since_changed_is_not_sent(
    client, people, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.ACCEPTED)
    planner = as_user(client, people["planner"])

    with django_capture_on_commit_callbacks(execute=True):
        email_later(planner, application)  # the preview of "accepted"
        decide(planner, application, status="rejected")
        stale = email_later(planner, application, status="accepted", confirm="1")
    run_mail_worker()

    assert stale.status_code == 302
    assert mail.outbox == []
    assert not ApplicationLogEntry.objects.filter(action="applications.decision_email").exists()


@pytest.mark.parametrize("who", ["reviewer", "other_reviewer", "editor"])
def test_only_planners_reopen_change_or_email_a_decision(
    client, people, who, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.ACCEPTED)
    user = as_user(client, people[who])

    with django_capture_on_commit_callbacks(execute=True):
        responses = [
            decide(user, application, status="under_review"),
            email_later(user, application, status="accepted", confirm="1"),
        ]
    run_mail_worker()

    assert all(refused(response) for response in responses)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACCEPTED
    assert mail.outbox == []


def test_an_application_without_a_decision_has_no_email_to_send(
    client, people, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.UNDER_REVIEW)

    with django_capture_on_commit_callbacks(execute=True):
        response = email_later(
            as_user(client, people["planner"]), application, status="under_review", confirm="1"
        )
    run_mail_worker()

    assert response.status_code == 302
    assert mail.outbox == []
