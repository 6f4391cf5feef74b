"""Opening an application is recorded in its history: who read whose personal data, when."""

from django.urls import reverse

import pytest

from applications.enums import ApplicationStatus
from applications.models import ApplicationLogEntry
from tests.applications.conftest import as_user
from tests.applications.test_admin import sample
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def views_of(application):
    return ApplicationLogEntry.objects.filter(
        action="applications.view", object_id=str(application.pk)
    )


def test_opening_an_application_is_recorded_with_who_opened_it(client, people):
    application = sample(ApplicationStatus.SHORTLISTED)
    planner = as_user(client, people["planner"])

    opened = planner.get(reverse("applications_admin:inspect", args=[application.pk]))
    history = planner.get(reverse("applications_admin:history", args=[application.pk]))

    assert opened.status_code == 200
    assert views_of(application).get().user == people["planner"]
    text = soup(history).get_text(" ", strip=True)
    assert "Opened the application" in text
    assert "planner" in text


def test_a_refused_look_is_not_recorded_as_a_view(client, people):
    application = sample(ApplicationStatus.SHORTLISTED)

    response = as_user(client, people["other_reviewer"]).get(
        reverse("applications_admin:inspect", args=[application.pk])
    )

    assert response.status_code == 302
    assert not views_of(application).exists()
