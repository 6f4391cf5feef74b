"""Reports → Site history and an application's own history: an application's entries
link to its page, are shown only to staff who may see that application, are labelled
with its reference (never the applicant's name), and an erasure leaves nothing of the
applicant behind."""

import importlib

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from applications.enums import ApplicationStatus
from applications.models import Application, ApplicationLogEntry
from applications.workflow import decide
from tests.applications.conftest import application_data, as_user, open_call, refused
from tests.helpers import soup

pytestmark = pytest.mark.django_db

SITE_HISTORY = reverse("wagtailadmin_reports:site_history")


def festival_application():
    return Application.objects.get(reference__startswith="DEJF", status="under_review")


def other_call_application():
    call = open_call()
    return Application.objects.create(
        call=call,
        call_key=call.translation_key,
        reference="BMA-2026-0003",
        name="Rustam Secretov",
        email="rustam@example.org",
        language="en",
        submission_token="6f1c2b7e-0000-4000-8000-000000000003",
    )


@pytest.fixture
def history(client, people):
    """Entries for an application of the reviewer's call and one of another call."""
    festival, other = festival_application(), other_call_application()
    planner = as_user(client, people["planner"])
    for application, status in [(festival, "shortlisted"), (other, "under_review")]:
        planner.get(reverse("applications_admin:inspect", args=[application.pk]))
        decide(application, status, by=people["planner"], notify=False)
    client.logout()
    return festival, other


def links(response):
    return {a.get_text(strip=True): a["href"] for a in soup(response).select("tbody td.title a")}


@pytest.mark.parametrize("who", ["superuser", "planner"])
def test_site_history_links_an_applications_entries_to_its_page(client, people, history, who):
    user = (
        get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-0123456789")
        if who == "superuser"
        else people["planner"]
    )
    festival, other = history

    response = as_user(client, user).get(SITE_HISTORY)

    assert response.status_code == 200
    assert links(response)[festival.reference] == reverse(
        "applications_admin:inspect", args=[festival.pk]
    )
    assert links(response)[other.reference] == reverse(
        "applications_admin:inspect", args=[other.pk]
    )
    text = soup(response).get_text(" ", strip=True)
    assert "Opened the application" in text
    assert festival.name not in text and other.name not in text  # references only


def test_a_reviewer_of_no_call_reads_nothing_of_applications_in_site_history(
    client, people, history
):
    festival, other = history
    reviewer = as_user(client, people["other_reviewer"])

    by_name = reviewer.get(SITE_HISTORY, {"label": "Secretov"})
    everything = reviewer.get(SITE_HISTORY)

    assert by_name.status_code == everything.status_code == 200
    text = soup(everything).get_text(" ", strip=True) + soup(by_name).get_text(" ", strip=True)
    for application in (festival, other):
        assert application.name not in text
        assert application.reference not in text
    assert "Opened the application" not in text


def test_a_reviewer_reads_the_history_of_their_calls_applications_only(client, people, history):
    festival, other = history
    reviewer = as_user(client, people["reviewer"])

    response = reviewer.get(SITE_HISTORY)
    by_name = reviewer.get(SITE_HISTORY, {"label": festival.name})

    text = soup(response).get_text(" ", strip=True)
    assert festival.reference in text
    assert festival.name not in text
    assert other.reference not in text and other.name not in text
    assert links(response)[festival.reference] == reverse(
        "applications_admin:inspect", args=[festival.pk]
    )
    assert festival.reference not in soup(by_name).get_text()  # labelled by reference only


def test_an_applications_own_history_is_for_staff_who_may_see_it(client, people, history):
    festival, other = history

    def get(who, application):
        return as_user(client, people[who]).get(
            reverse("applications_admin:history", args=[application.pk])
        )

    assigned = get("reviewer", festival)

    assert assigned.status_code == 200
    assert "Opened the application" in soup(assigned).get_text(" ", strip=True)
    assert refused(get("reviewer", other))
    assert refused(get("other_reviewer", festival))
    assert refused(get("editor", festival))
    assert get("planner", other).status_code == 200


@pytest.mark.usefixtures("private_files")
def test_erasing_an_applicant_leaves_only_that_an_erasure_happened(
    client, people, django_capture_on_commit_callbacks
):
    call = open_call()
    client.post(call.url, application_data(call, client))
    applied = Application.objects.get(email="dilnoza@example.org")
    planner = as_user(client, people["planner"])
    planner.get(reverse("applications_admin:inspect", args=[applied.pk]))
    for file in applied.files.all():
        planner.get(reverse("applications_admin:file", args=[file.pk]))
    decide(applied, ApplicationStatus.UNDER_REVIEW, by=people["planner"], notify=False)
    file_names = [file.original_name for file in applied.files.all()]

    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_applicant", "dilnoza@example.org")

    (entry,) = ApplicationLogEntry.objects.filter(object_id=str(applied.pk))
    assert (entry.action, entry.label, entry.data, entry.user) == (
        "applications.erased",
        "—",
        {},
        None,
    )
    text = soup(planner.get(SITE_HISTORY)).get_text(" ", strip=True)
    assert "An application and its history were erased" in text
    for trace in [applied.name, applied.reference, *file_names]:
        assert trace not in text


def test_entries_written_before_the_history_table_move_to_it_without_names(people):
    """The migration moves Wagtail's ModelLogEntry rows of applications to their table."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import ModelLogEntry

    move = importlib.import_module("applications.migrations.0005_application_log_entries")
    application = festival_application()
    content_type = ContentType.objects.get_for_model(Application)
    for object_id in (str(application.pk), "987654"):  # the second one since deleted
        ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=object_id,
            label=f"{application.reference} {application.name}",
            action="applications.view",
            timestamp=timezone.now(),
            user=people["planner"],
        )

    move.move_entries(apps, None)

    assert not ModelLogEntry.objects.filter(content_type=content_type).exists()
    kept = ApplicationLogEntry.objects.get(object_id=str(application.pk))
    assert (kept.label, kept.action, kept.user) == (
        application.reference,
        "applications.view",
        people["planner"],
    )
    erased = ApplicationLogEntry.objects.get(object_id="987654")
    assert (erased.label, erased.action, erased.user) == ("—", "applications.erased", None)


def test_an_applications_own_history_has_no_edit_button_leading_nowhere(client, people, history):
    festival, _other = history

    page = soup(
        as_user(client, people["reviewer"]).get(
            reverse("applications_admin:history", args=[festival.pk])
        )
    )

    header_actions = page.select_one("#w-slim-header-buttons")
    assert header_actions is None or not header_actions.select("button, a")
    breadcrumbs = {a["href"] for a in page.select("nav[aria-label=Breadcrumb] a")}
    assert reverse("applications_admin:inspect", args=[festival.pk]) in breadcrumbs
