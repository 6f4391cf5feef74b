"""The workflow's functions called directly, as views and commands call them: decisions
(refused when the workflow or the person does not allow them, emailed only once
committed) and reviews (only by the call's assigned reviewers), each logged."""

from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils import translation

import pytest
from django_tasks_db.models import DBTaskResult

from applications.enums import ApplicationStatus
from applications.models import ApplicationLogEntry, Review
from applications.workflow import (
    DecisionChanged,
    InvalidReview,
    TransitionNotAllowed,
    decide,
    email_decision,
    record_review,
    withdraw,
)
from tests.applications.conftest import as_user, run_mail_worker
from tests.applications.test_admin import sample
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def actions_of(application):
    entries = ApplicationLogEntry.objects.filter(object_id=str(application.pk)).order_by("pk")
    return [(entry.action, entry.user, entry.data) for entry in entries]


def queued_mail():
    return DBTaskResult.objects.filter(backend_name="mail").count()


def scores_for(call):
    return {block.id: score for block, score in zip(call.criteria, [5, 4], strict=False)}


def test_an_impossible_decision_is_refused_in_the_users_language(people):
    application = sample(ApplicationStatus.REJECTED)

    with translation.override("ru"), pytest.raises(TransitionNotAllowed) as refusal:
        decide(application, ApplicationStatus.SHORTLISTED, by=people["planner"], notify=True)

    assert str(refusal.value) == (
        "Заявку в статусе «Отклонена» нельзя перевести в статус «В шорт-листе»."
    )
    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert actions_of(application) == []


def test_staff_cannot_withdraw_an_application_for_the_applicant(people):
    application = sample(ApplicationStatus.UNDER_REVIEW)

    with pytest.raises(TransitionNotAllowed, match="Only the applicant can withdraw"):
        decide(application, ApplicationStatus.WITHDRAWN, by=people["planner"], notify=False)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNDER_REVIEW


@pytest.mark.parametrize("who", ["reviewer", "editor"])
def test_only_planners_decide(people, who):
    application = sample(ApplicationStatus.UNDER_REVIEW)

    with pytest.raises(PermissionDenied):
        decide(application, ApplicationStatus.ACCEPTED, by=people[who], notify=True)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNDER_REVIEW
    assert actions_of(application) == []


def test_a_decision_is_emailed_only_once_it_is_committed(
    people, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.SHORTLISTED)  # applied in Russian
    queued_before = queued_mail()

    with django_capture_on_commit_callbacks() as on_commit:
        decide(application, ApplicationStatus.ACCEPTED, by=people["planner"], notify=True)
        assert queued_mail() == queued_before  # not while the transaction is open

    assert len(on_commit) == 1
    on_commit[0]()  # the commit
    assert queued_mail() == queued_before + 1
    run_mail_worker()
    (message,) = mail.outbox
    assert (message.to, message.subject) == (
        [application.email],
        f"Ваша заявка {application.reference} принята",
    )
    planner = people["planner"]
    assert actions_of(application) == [
        ("applications.status", planner, {"old": "shortlisted", "new": "accepted"}),
        ("applications.decision_email", planner, {"status": "accepted"}),
    ]


def test_a_decision_rolled_back_tells_no_one(people, django_capture_on_commit_callbacks):
    application = sample(ApplicationStatus.UNDER_REVIEW)

    with django_capture_on_commit_callbacks(execute=True) as on_commit:
        with pytest.raises(RuntimeError), transaction.atomic():
            decide(application, ApplicationStatus.REJECTED, by=people["planner"], notify=True)
            raise RuntimeError("something after the decision failed")
    run_mail_worker()

    assert on_commit == []
    assert mail.outbox == []
    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNDER_REVIEW
    assert actions_of(application) == []


def test_without_notify_a_decision_sends_nothing(people, django_capture_on_commit_callbacks):
    application = sample(ApplicationStatus.UNDER_REVIEW)

    with django_capture_on_commit_callbacks(execute=True) as on_commit:
        decide(application, ApplicationStatus.ACCEPTED, by=people["planner"], notify=False)
    run_mail_worker()

    assert on_commit == []
    assert mail.outbox == []
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACCEPTED
    assert [action for action, _user, _data in actions_of(application)] == ["applications.status"]


def test_reopening_and_changing_a_decision_are_logged_as_such_and_a_reopening_is_not_emailed(
    people, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.ACCEPTED)
    planner = people["planner"]

    with django_capture_on_commit_callbacks(execute=True):
        decide(application, ApplicationStatus.UNDER_REVIEW, by=planner, notify=True)
        decide(application, ApplicationStatus.REJECTED, by=planner, notify=False)
        decide(application, ApplicationStatus.WAITLISTED, by=planner, notify=False)
    run_mail_worker()

    assert mail.outbox == []
    assert actions_of(application) == [
        ("applications.reopen", planner, {"old": "accepted", "new": "under_review"}),
        ("applications.status", planner, {"old": "under_review", "new": "rejected"}),
        ("applications.decision_change", planner, {"old": "rejected", "new": "waitlisted"}),
    ]


def test_the_status_is_checked_as_stored_not_as_the_caller_last_read_it(people):
    application = sample(ApplicationStatus.UNDER_REVIEW)
    stale_copy = sample(ApplicationStatus.UNDER_REVIEW)
    decide(application, ApplicationStatus.REJECTED, by=people["planner"], notify=False)

    with pytest.raises(TransitionNotAllowed):
        decide(stale_copy, ApplicationStatus.SHORTLISTED, by=people["planner"], notify=False)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED


def test_a_decision_emailed_later_must_be_the_one_previewed(
    people, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.ACCEPTED)
    planner = people["planner"]

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(DecisionChanged):
            email_decision(application, by=planner, previewed_status="rejected")
        email_decision(application, by=planner, previewed_status="accepted")
    run_mail_worker()

    (message,) = mail.outbox
    assert message.subject == f"Your application {application.reference} is accepted"
    assert actions_of(application) == [
        ("applications.decision_email", planner, {"status": "accepted"})
    ]


def test_an_application_without_a_decision_has_no_email_to_send(people):
    application = sample(ApplicationStatus.UNDER_REVIEW)

    with pytest.raises(TransitionNotAllowed, match="has no decision to email"):
        email_decision(application, by=people["planner"], previewed_status="under_review")

    assert actions_of(application) == []


def test_the_applicants_withdrawal_is_emailed_once_committed(
    people, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.UNDER_REVIEW)

    with django_capture_on_commit_callbacks() as on_commit:
        withdraw(application)
    assert mail.outbox == []
    on_commit[0]()
    run_mail_worker()

    (message,) = mail.outbox
    assert message.to == [application.email]
    assert actions_of(application) == [
        ("applications.status", None, {"old": "under_review", "new": "withdrawn"})
    ]


def test_an_assigned_reviewer_records_and_then_changes_their_review(people, festival_call):
    application = sample(ApplicationStatus.UNDER_REVIEW)
    reviewer = people["reviewer"]
    first, second = (block.id for block in festival_call.criteria[:2])

    record_review(application, by=reviewer, scores={first: 5, second: 4}, comment="Strong")
    review = record_review(application, by=reviewer, scores={first: 3, second: 4}, comment="Ok")

    stored = Review.objects.get(application=application)
    assert stored.pk == review.pk
    assert (stored.scores, float(stored.average), stored.comment) == (
        {first: 3, second: 4},
        3.5,
        "Ok",
    )
    assert actions_of(application) == [
        ("applications.review", reviewer, {"first": True}),
        ("applications.review", reviewer, {"first": False}),
    ]


@pytest.mark.parametrize("who", ["other_reviewer", "planner"])
def test_only_the_calls_assigned_reviewers_may_review(people, festival_call, who):
    application = sample(ApplicationStatus.UNDER_REVIEW)

    with pytest.raises(PermissionDenied):
        record_review(application, by=people[who], scores=scores_for(festival_call), comment="")

    assert not Review.objects.filter(application=application).exists()
    assert actions_of(application) == []


@pytest.mark.parametrize("score", [0, 6, "5", 4.5])
def test_a_score_outside_one_to_five_is_refused(people, festival_call, score):
    application = sample(ApplicationStatus.UNDER_REVIEW)
    criterion = festival_call.criteria[0].id

    with pytest.raises(InvalidReview):
        record_review(application, by=people["reviewer"], scores={criterion: score}, comment="")

    assert not Review.objects.filter(application=application).exists()


def test_a_reviewer_reads_their_own_review_in_the_history_and_not_a_colleagues(
    client, people, festival_call
):
    application = sample(ApplicationStatus.UNDER_REVIEW)
    colleague = people["other_reviewer"]
    festival_call.reviewers.add(colleague)
    festival_call.save()
    record_review(application, by=colleague, scores=scores_for(festival_call), comment="")
    history = reverse("applications_admin:history", args=[application.pk])
    site_history = reverse("wagtailadmin_reports:site_history")

    def read(user, url):
        return soup(as_user(client, user).get(url)).get_text(" ", strip=True)

    before = read(people["reviewer"], history), read(people["reviewer"], site_history)
    record_review(application, by=people["reviewer"], scores=scores_for(festival_call), comment="")
    after = read(people["reviewer"], history)
    planner = read(people["planner"], history)

    assert all("Scored the application" not in text for text in before)
    assert after.count("Scored the application") == 1
    assert "reviewer" in after and "other_reviewer" not in after
    assert planner.count("Scored the application") == 2
