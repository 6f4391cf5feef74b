"""The applicant's private status link, withdrawal, and the status workflow."""

import pytest

from applications.enums import ApplicationStatus
from applications.models import Application, ApplicationLogEntry
from applications.workflow import TransitionNotAllowed, change_status
from tests.applications.conftest import application_data, open_call
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]


@pytest.fixture
def application(client):
    call = open_call("ru")
    client.post(call.url, application_data(call, client))
    return Application.objects.get(email="dilnoza@example.org")


def test_the_status_link_shows_the_application_and_stays_private(client, application):
    response = client.get(application.get_status_url())

    page = soup(response)
    assert page.h1.get_text() == application.reference
    assert page.select_one(".application-status__value").get_text() == "Подана"
    assert response["Cache-Control"] == "private, no-store"
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"


@pytest.mark.parametrize("token", ["forged", "InRva2VuIg:1abcde:not-a-real-signature"])
def test_a_forged_status_link_is_not_found(client, token):
    assert client.get(f"/en/applications/{token}/").status_code == 404


def test_the_applicant_withdraws_with_the_link(client, application):
    url = application.get_status_url()

    response = client.post(f"{url}withdraw/", follow=True)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    page = soup(response)
    assert "Ваша заявка отозвана." in page.select_one(".notice").get_text()
    assert page.select_one("form[action$='withdraw/']") is None
    entry = ApplicationLogEntry.objects.get(
        action="applications.status", object_id=str(application.pk)
    )
    assert entry.data == {"old": "submitted", "new": "withdrawn"}


def test_withdrawing_needs_a_post(client, application):
    assert client.get(f"{application.get_status_url()}withdraw/").status_code == 405


def test_every_status_change_goes_through_the_allowed_transitions(application, admin_user):
    change_status(application, ApplicationStatus.UNDER_REVIEW, user=admin_user)
    change_status(application, ApplicationStatus.SHORTLISTED, user=admin_user)

    with pytest.raises(TransitionNotAllowed):
        change_status(application, ApplicationStatus.SUBMITTED, user=admin_user)
    change_status(application, ApplicationStatus.REJECTED, user=admin_user)
    with pytest.raises(TransitionNotAllowed):
        change_status(application, ApplicationStatus.WITHDRAWN)

    history = ApplicationLogEntry.objects.filter(object_id=str(application.pk)).order_by(
        "timestamp"
    )
    assert [(entry.data["new"], entry.user_id) for entry in history] == [
        ("under_review", admin_user.pk),
        ("shortlisted", admin_user.pk),
        ("rejected", admin_user.pk),
    ]


def test_a_stored_file_has_no_public_address(client, application, private_files, settings):
    stored = application.files.first()

    with pytest.raises(ValueError):
        _ = stored.file.url
    assert client.get(f"/media/{stored.file.name}").status_code == 404
    assert client.get(f"/private/{stored.file.name}").status_code == 404
    assert not str(private_files.resolve()).startswith(str(settings.MEDIA_ROOT))
