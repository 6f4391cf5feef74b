"""Staff read an application's questions and criteria in their own admin language.

The demo's festival call has Russian and Tajik translations ("Band name" is "Название
группы" and "Номи гурӯҳ"); its sample applications keep the wording each applicant read.
"""

import io

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from applications.enums import ApplicationStatus
from applications.models import Application
from tests.applications.conftest import as_user
from tests.helpers import admin_language, soup

pytestmark = pytest.mark.django_db


def tajik_application():
    """Farrukh applied in Tajik: his answers carry the Tajik call's wording."""
    application = Application.objects.get(
        reference__startswith="DEJF", status=ApplicationStatus.UNDER_REVIEW
    )
    tajik = {"Band name": "Номи гурӯҳ", "About the band": "Дар бораи гурӯҳ"}
    for answer in application.answers:
        answer["label"] = tajik.get(answer["label"], answer["label"])
    application.save()
    application.files.update(question="Пресс-кит")
    return application


def shown(response):
    page = soup(response)
    answers = [dt.get_text(strip=True) for dt in page.select(".application-answers dt")]
    files = page.select_one(".application-files").get_text(" ", strip=True)
    criteria = [
        label.get_text(strip=True)
        for label in page.select(".application-review fieldset legend, .application-review label")
    ]
    return answers, files, criteria


def test_a_russian_admin_reads_a_tajik_application_under_the_russian_call(client, people):
    application = tajik_application()
    admin_language(people["reviewer"], "ru")

    response = as_user(client, people["reviewer"]).get(
        reverse("applications_admin:inspect", args=[application.pk])
    )

    answers, files, criteria = shown(response)
    assert answers[:2] == ["Название группы", "О группе"]
    assert "Пресс-кит" in files
    assert "Оригинальность" in " ".join(criteria)
    assert "Originality" not in " ".join(criteria)
    assert soup(response).select_one("h1").get_text(strip=True).startswith("Заявка")


def test_the_browsers_language_counts_when_the_profile_names_none(client, people):
    application = tajik_application()

    response = as_user(client, people["reviewer"]).get(
        reverse("applications_admin:inspect", args=[application.pk]), HTTP_ACCEPT_LANGUAGE="ru"
    )

    answers, _files, criteria = shown(response)
    assert answers[:2] == ["Название группы", "О группе"]
    assert "Оригинальность" in " ".join(criteria)


def test_an_english_admin_reads_the_english_wording(client, people):
    application = tajik_application()
    admin_language(people["reviewer"], "en")

    response = as_user(client, people["reviewer"]).get(
        reverse("applications_admin:inspect", args=[application.pk])
    )

    answers, files, criteria = shown(response)
    assert answers[:2] == ["Band name", "About the band"]
    assert "Press kit" in files
    assert "Originality" in " ".join(criteria)


def test_the_jury_spreadsheet_has_the_russian_headers_for_a_russian_admin(
    client, people, festival_call
):
    admin_language(people["planner"], "ru")

    response = as_user(client, people["planner"]).get(
        reverse("applications_admin:export", args=[festival_call.translation_key])
    )

    headers = next(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert headers[:3] == ("Номер", "Имя", "Эл. почта")
    assert {"Название группы", "О группе"} <= set(headers)
    assert "Band name" not in headers


def test_the_decision_preview_names_the_recipient_in_russian(client, people):
    admin_language(people["planner"], "ru")
    application = Application.objects.get(
        reference__startswith="DEJF", status=ApplicationStatus.SHORTLISTED
    )

    preview = as_user(client, people["planner"]).post(
        reverse("applications_admin:decide", args=[application.pk]),
        {"status": "accepted", "notify": "on"},
    )

    recipient = soup(preview).select_one(".decision-preview p").get_text(" ", strip=True)
    assert recipient == f"Кому: {application.email}"
