"""Applicants' data goes away: after the retention period staff set, or on request."""

import datetime
import os

from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from applications.models import Application, ApplicationFile, DataProtectionSettings
from tests.applications.conftest import application_data, open_call

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]


@pytest.fixture
def applied(client):
    call = open_call()
    client.post(call.url, application_data(call, client))
    return Application.objects.get(email="dilnoza@example.org")


def stored_paths(application):
    return [file.file.path for file in application.files.all()]


def test_applications_older_than_the_retention_period_go_with_their_files(
    applied, django_capture_on_commit_callbacks, capsys
):
    settings = DataProtectionSettings.load()
    settings.retention_months = 6
    settings.save()
    paths = stored_paths(applied)
    Application.objects.filter(pk=applied.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=200)
    )
    recent = Application.objects.filter(reference__startswith="DEJF").count()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_old_applications")

    assert not Application.objects.filter(pk=applied.pk).exists()
    assert not ApplicationFile.objects.filter(application_id=applied.pk).exists()
    assert paths and not any(os.path.exists(path) for path in paths)
    assert Application.objects.filter(reference__startswith="DEJF").count() == recent
    assert "Deleted 1 applications" in capsys.readouterr().out


def test_one_applicants_data_is_erased_on_request(
    applied, django_capture_on_commit_callbacks, capsys
):
    paths = stored_paths(applied)
    others = Application.objects.exclude(pk=applied.pk).count()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_applicant", "Dilnoza@Example.org")

    assert not Application.objects.filter(email__iexact="dilnoza@example.org").exists()
    assert not any(os.path.exists(path) for path in paths)
    assert Application.objects.count() == others
    assert "dilnoza" not in capsys.readouterr().out.lower()


def test_erasing_an_unknown_address_says_so():
    with pytest.raises(CommandError):
        call_command("erase_applicant", "nobody@example.org")
