"""The jury's spreadsheet survives whatever an applicant typed; emails are plain text."""

import io

from django.core import mail
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from applications import emails
from applications.enums import ApplicationStatus
from applications.models import Application, DecisionEmail
from tests.applications.conftest import as_user
from tests.applications.test_admin import sample

pytestmark = pytest.mark.django_db


def test_control_characters_in_stored_answers_do_not_break_the_jury_spreadsheet(
    client, people, festival_call
):
    application = sample(ApplicationStatus.UNDER_REVIEW)
    application.name = "Farrukh\x07 Nazarov"
    application.answers = [
        # \x1f, not NUL: PostgreSQL's JSON refuses NUL, so no database holds one there.
        {**answer, "value": "Nazarov\x0bTrio\x1f=1+1"}
        if isinstance(answer["value"], str)
        else answer
        for answer in application.answers
    ]
    application.save()

    response = as_user(client, people["planner"]).get(
        reverse("applications_admin:export", args=[festival_call.translation_key])
    )

    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    row = next(row for row in rows if row[0] == application.reference)
    assert row[1] == "Farrukh  Nazarov"
    assert "Nazarov Trio =1+1" in row


def test_the_staff_notice_subject_is_plain_text(people):
    application = Application.objects.filter(reference__startswith="DEJF").first()
    application.call.notification_email = "jury@example.org"
    application.call.title = "Bob's Music Award & <Friends>"

    emails.send_staff_notification(application)

    (message,) = mail.outbox
    assert message.subject == (
        f"New application {application.reference} to Bob's Music Award & <Friends>"
    )
    assert "Bob's Music Award & <Friends>" in message.body


def test_the_confirmation_and_decision_subjects_are_plain_text(people):
    application = sample(ApplicationStatus.ACCEPTED)  # applied in English
    application.reference = "DEJF-2026 'A&B'"
    DecisionEmail.objects.filter(status="rejected").delete()  # the built-in text

    emails.send_confirmation(application)
    subject, _body = emails.decision_message(application, "rejected")

    assert mail.outbox[0].subject == "We received your application DEJF-2026 'A&B'"
    assert subject == "Your application DEJF-2026 'A&B': Rejected"
