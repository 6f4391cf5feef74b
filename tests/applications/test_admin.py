"""Staff review applications in the admin; who may see what is checked on the server."""

import datetime
import io
import uuid

from django.core import mail
from django.urls import reverse
from django.utils import timezone

import pytest
from openpyxl import load_workbook

from applications.enums import ApplicationStatus
from applications.models import Application, ApplicationLogEntry, OpenCallPage, Review
from tests.applications.conftest import as_user, listed_references, refused, run_mail_worker
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def sample(status):
    return Application.objects.get(reference__startswith="DEJF", status=status)


@pytest.mark.parametrize(
    ("who", "sees"),
    [("planner", 4), ("reviewer", 4), ("other_reviewer", 0)],
)
def test_the_listing_shows_each_user_only_what_they_may_see(client, people, who, sees):
    response = as_user(client, people[who]).get(reverse("applications_admin:index"))

    assert response.status_code == 200
    assert len(listed_references(response)) == sees


def test_communication_editors_and_visitors_cannot_open_applications(client, people):
    application = sample(ApplicationStatus.ACCEPTED)
    urls = [
        reverse("applications_admin:index"),
        reverse("applications_admin:inspect", args=[application.pk]),
        reverse("applications_admin:file", args=[application.files.get().pk]),
    ]

    anonymous = [client.get(url) for url in urls]
    editor = [as_user(client, people["editor"]).get(url) for url in urls]

    assert all(
        response.status_code == 302 and "/admin/login/" in response["Location"]
        for response in anonymous
    )
    assert all(refused(response) for response in editor)


@pytest.mark.parametrize(
    ("who", "status"), [("planner", 200), ("reviewer", 200), ("other_reviewer", 302)]
)
def test_a_file_is_served_only_to_staff_who_may_see_it_and_each_download_is_logged(
    client, people, who, status
):
    application = sample(ApplicationStatus.SHORTLISTED)
    file = application.files.get()

    response = as_user(client, people[who]).get(reverse("applications_admin:file", args=[file.pk]))

    assert response.status_code == status
    downloads = ApplicationLogEntry.objects.filter(
        action="applications.file_download", object_id=str(application.pk)
    )
    if status == 200:
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert response["Content-Disposition"].startswith("attachment;")
        assert "no-store" in response["Cache-Control"]
        assert downloads.get().user == people[who]
    else:
        assert refused(response)
        assert not downloads.exists()


def test_the_listing_filters_searches_and_counts_by_status(client, people, festival_call):
    planner = as_user(client, people["planner"])
    index = reverse("applications_admin:index")
    accepted = sample(ApplicationStatus.ACCEPTED)
    other_call = OpenCallPage.objects.get(locale__language_code="en", reference_prefix="BMA")

    by_call = planner.get(index, {"call_key": str(festival_call.translation_key)})
    by_other_call = planner.get(index, {"call_key": str(other_call.translation_key)})
    by_status = planner.get(index, {"status": "rejected"})
    by_search = planner.get(index, {"q": accepted.reference})
    counts = {
        item.get_text(" ", strip=True)
        for item in soup(planner.get(index)).select(".application-counts li")
    }

    assert len(listed_references(by_call)) == 4  # in every language the call was answered in
    assert listed_references(by_other_call) == set()
    assert listed_references(by_status) == {sample(ApplicationStatus.REJECTED).reference}
    assert listed_references(by_search) == {accepted.reference}
    assert {"Accepted: 1", "Rejected: 1", "Withdrawn: 0"} <= counts


def test_a_reviewer_scores_and_sees_only_their_own_review(client, people, festival_call):
    application = sample(ApplicationStatus.UNDER_REVIEW)
    criteria = [block.id for block in festival_call.criteria]
    Review.objects.create(
        application=application, reviewer=people["other_reviewer"], scores={}, comment="Secret"
    )
    url = reverse("applications_admin:inspect", args=[application.pk])
    reviewer = as_user(client, people["reviewer"])

    response = reviewer.post(
        url, {f"score_{criteria[0]}": "5", f"score_{criteria[1]}": "4", "comment": "Strong"}
    )

    assert response.status_code == 302
    review = Review.objects.get(application=application, reviewer=people["reviewer"])
    assert (review.scores, float(review.average), review.comment) == (
        {criteria[0]: 5, criteria[1]: 4},
        4.5,
        "Strong",
    )
    page = soup(reviewer.get(url))
    assert "Secret" not in page.get_text()
    assert page.select_one(f'input[name="score_{criteria[0]}"][checked]')["value"] == "5"
    row = next(
        r
        for r in soup(reviewer.get(reverse("applications_admin:index"))).select("tbody tr")
        if application.reference in r.get_text()
    )
    assert "2" in [cell.get_text(strip=True) for cell in row.select("td")]  # two reviews


def test_a_review_without_every_score_is_refused_and_keeps_the_comment(
    client, people, festival_call
):
    application = sample(ApplicationStatus.UNDER_REVIEW)
    url = reverse("applications_admin:inspect", args=[application.pk])

    response = as_user(client, people["reviewer"]).post(url, {"comment": "Half done"})

    assert response.status_code == 400
    assert "Half done" in response.content.decode()
    assert not Review.objects.filter(application=application).exists()


def test_reviewers_cannot_decide_and_unassigned_reviewers_cannot_score(client, people):
    application = sample(ApplicationStatus.UNDER_REVIEW)

    decide = as_user(client, people["reviewer"]).post(
        reverse("applications_admin:decide", args=[application.pk]), {"status": "accepted"}
    )
    score = as_user(client, people["other_reviewer"]).post(
        reverse("applications_admin:inspect", args=[application.pk]), {"comment": "x"}
    )

    assert refused(decide)
    assert refused(score)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNDER_REVIEW


def test_a_planner_previews_the_decision_email_then_sends_it_in_the_applicants_language(
    client, people, django_capture_on_commit_callbacks
):
    application = sample(ApplicationStatus.SHORTLISTED)  # applied in Russian
    url = reverse("applications_admin:decide", args=[application.pk])
    planner = as_user(client, people["planner"])

    preview = planner.post(url, {"status": "accepted", "notify": "on"})

    application.refresh_from_db()
    assert application.status == ApplicationStatus.SHORTLISTED  # nothing changes before confirming
    shown = soup(preview)
    subject = shown.select_one(".decision-preview__subject").get_text()
    assert subject == f"Ваша заявка {application.reference} принята"  # the Russian snippet

    with django_capture_on_commit_callbacks(execute=True):  # the email is queued on commit
        planner.post(url, {"status": "accepted", "notify": "on", "confirm": "1"})
    run_mail_worker()

    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACCEPTED
    (message,) = mail.outbox
    assert message.to == [application.email]
    assert message.subject == shown.select_one(".decision-preview__subject").get_text()
    entry = ApplicationLogEntry.objects.filter(
        action="applications.status", object_id=str(application.pk)
    ).get()
    assert (entry.user, entry.data["new"]) == (people["planner"], "accepted")


def test_the_jury_spreadsheet_has_every_application_and_no_formulas(client, people, festival_call):
    application = sample(ApplicationStatus.UNDER_REVIEW)
    application.name = '=HYPERLINK("http://evil.example","click")'
    application.save()

    response = as_user(client, people["planner"]).get(
        reverse("applications_admin:export", args=[festival_call.translation_key])
    )

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Reference", "Name", "Email")
    assert len(rows) == 1 + 4
    names = {row[1] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil.example","click")' in names
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.parametrize("who", ["reviewer", "editor"])
def test_only_planners_download_the_jury_spreadsheet(client, people, festival_call, who):
    """It lists every applicant's email: even the call's own reviewers are refused it."""
    response = as_user(client, people[who]).get(
        reverse("applications_admin:export", args=[festival_call.translation_key])
    )

    assert refused(response)  # Wagtail's answer: back to the dashboard, with a message
    assert response.get("Content-Disposition") is None


def test_the_history_shows_who_changed_the_status(client, people):
    from applications.workflow import decide

    application = sample(ApplicationStatus.UNDER_REVIEW)
    decide(application, ApplicationStatus.SHORTLISTED, by=people["planner"], notify=False)

    response = as_user(client, people["planner"]).get(
        reverse("applications_admin:history", args=[application.pk])
    )

    assert response.status_code == 200
    text = soup(response).get_text(" ", strip=True)
    assert "Status changed from “Under review” to “Shortlisted”" in text
    assert "planner" in text


def test_a_decision_email_as_staff_wrote_it_in_the_applicants_language(people):
    from applications.emails import decision_message
    from applications.models import DecisionEmail

    application = sample(ApplicationStatus.SHORTLISTED)  # applied in Russian
    DecisionEmail.objects.filter(status="accepted", locale__language_code="ru").update(
        subject="Поздравляем, {name}", body="Заявка {reference} принята. {unknown}"
    )

    subject, body = decision_message(application, "accepted")

    assert subject == f"Поздравляем, {application.name}"
    assert body == f"Заявка {application.reference} принята. {{unknown}}"


def test_without_a_decision_email_for_the_language_the_built_in_text_is_used(people):
    from applications.emails import decision_message
    from applications.models import DecisionEmail

    application = sample(ApplicationStatus.SHORTLISTED)  # applied in Russian
    DecisionEmail.objects.filter(status="waitlisted").delete()

    subject, body = decision_message(application, "waitlisted")

    assert subject == f"Ваша заявка {application.reference}: В листе ожидания"
    assert application.status_token in body


def under_review(call, number):
    """`number` new applications to `call`, under review, the first sent first; the
    demo's are decided already."""
    Application.objects.filter(status=ApplicationStatus.UNDER_REVIEW).update(
        status=ApplicationStatus.SHORTLISTED
    )
    sent = timezone.now() - datetime.timedelta(days=1)
    applications = []
    for index in range(number):
        application = Application.objects.create(
            call=call,
            call_key=call.translation_key,
            reference=f"{call.reference_prefix}-R{index}",
            name=f"Applicant {index}",
            email=f"applicant{index}@example.org",
            status=ApplicationStatus.UNDER_REVIEW,
            submission_token=uuid.uuid4(),
        )
        Application.objects.filter(pk=application.pk).update(
            submitted_at=sent + datetime.timedelta(hours=index)
        )
        applications.append(application)
    return applications


def test_a_saved_review_offers_the_next_application_the_reviewer_has_not_scored(
    client, people, festival_call
):
    first, second, third = under_review(festival_call, 3)
    Review.objects.create(application=second, reviewer=people["reviewer"], scores={})
    criteria = [block.id for block in festival_call.criteria]
    scores = {f"score_{criterion}": "4" for criterion in criteria}
    reviewer = as_user(client, people["reviewer"])

    def page_of(application):
        return reverse("applications_admin:inspect", args=[application.pk])

    saved = reviewer.post(page_of(first), scores, follow=True)
    last = reviewer.post(page_of(third), scores, follow=True)

    (message,) = soup(saved).select(".messages li")
    assert message.get_text(" ", strip=True).startswith("Your review is saved.")
    next_one = message.select_one("a")
    assert next_one.get_text(strip=True) == "Score the next application"
    assert next_one["href"] == page_of(third)
    # Nothing of the call waits for their score: they are told so, and led back to the
    # call's applications.
    (message,) = soup(last).select(".messages li")
    assert message.get_text(" ", strip=True).startswith(
        "Your review is saved. Every application of this call under review has your score."
    )
    back = message.select_one("a")
    assert back.get_text(strip=True) == "Back to the applications of this call"
    assert back["href"] == (
        reverse("applications_admin:index") + f"?call_key={festival_call.translation_key}"
    )
