import io
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from PIL import Image

from applications.forms import field_name
from applications.models import Application, OpenCallPage
from tests.helpers import private_storage_in, soup, store_applicants_files_as_configured

PDF = b"%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"
MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x0f" + b"\x00" * 64 + b"\xff\xfb\x90\x64" + b"\x00" * 400


def png(width=40, height=30):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def private_files(settings, tmp_path, monkeypatch):
    """Applicants' files go to a fresh folder for each test."""
    folder = private_storage_in(settings, tmp_path / "private")
    settings.MEDIA_ROOT = tmp_path / "media"
    store_applicants_files_as_configured(monkeypatch)
    return folder


def open_call(language="en"):
    return OpenCallPage.objects.get(locale__language_code=language, reference_prefix="BMA")


def submitted_application(call, reference, name="Dilnoza Yusupova"):
    """An application to `call` as the form stores it, in the call's language."""
    return Application.objects.create(
        call=call,
        call_key=call.translation_key,
        reference=reference,
        name=name,
        email="dilnoza@example.org",
        language=call.locale.language_code,
        submission_token=uuid.uuid4(),
    )


def application_data(call, client, **overrides):
    """A complete application to the demo's Bob's Music Award call, as a browser posts it."""
    form = client.get(call.url)
    token = form.context["form"]["submission_token"].value()
    data = {"name": "Dilnoza Yusupova", "email": "dilnoza@example.org", "submission_token": token}
    for block in call.questions:
        name = field_name(block.id)
        data[name] = {
            "short_text": "Dilnoza & Band",
            "long_text": "We play ethno jazz from the Pamirs.",
            "choice": block.value["choices"][0] if block.block_type == "choice" else "",
            "url": "https://example.org/dilnoza",
            "phone": "+992 93 123 4567",
            "country": "TJ",
            "consent": "on",
        }.get(block.block_type)
        if block.block_type == "file":
            kinds = block.value["kinds"]
            if "pdf" in kinds:
                data[name] = upload("cv.pdf", PDF, "application/pdf")
            elif "image" in kinds:
                data[name] = upload("photo.png", png(), "image/png")
            else:
                data[name] = upload("song.mp3", MP3, "audio/mpeg")
    data.update(overrides)
    return data


def run_mail_worker():
    """Run the queued emails as `manage.py db_worker --backend mail` does.

    The worker's own loop closes database connections between tasks, which would end
    the transaction a test runs in; this runs each ready task the way the worker does.
    """
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="mail",
        startup_delay=False,
        max_tasks=None,
        worker_id="tests",
        excluded_queue_names=[],
    )
    while ready := DBTaskResult.objects.ready().filter(backend_name="mail").first():
        ready.claim(worker.worker_id)
        worker.run_task(ready)


# Staff in the admin: who may see which applications (tests/applications/test_admin*.py).


def member(group, username, password="x" * 16):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", password)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def festival_call():
    return OpenCallPage.objects.get(locale__language_code="en", reference_prefix="DEJF")


@pytest.fixture
def people(festival_call):
    reviewer = member("Application reviewers", "reviewer")
    festival_call.reviewers.add(reviewer)
    festival_call.save()  # a page's many-to-many changes are kept when the page is saved
    return {
        "planner": member("Festival planners", "planner"),
        "editor": member("Communication editors", "editor"),
        "reviewer": reviewer,
        "other_reviewer": member("Application reviewers", "other_reviewer"),
    }


def as_user(client, user):
    client.force_login(user)
    return client


def refused(response):
    """Wagtail's admin answers a refusal with a redirect to the dashboard and a message."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def listed_references(response):
    return {
        row.select_one("td a").get_text(strip=True) for row in soup(response).select("tbody tr")
    }
