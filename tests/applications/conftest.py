import io

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from PIL import Image

from applications.forms import field_name
from applications.models import OpenCallPage

PDF = b"%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"
MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x0f" + b"\x00" * 64 + b"\xff\xfb\x90\x64" + b"\x00" * 400


def png(width=40, height=30):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def private_files(settings, tmp_path):
    """Applicants' files go to a fresh folder for each test."""
    folder = tmp_path / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "applications.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": folder},
        },
    }
    settings.MEDIA_ROOT = tmp_path / "media"
    return folder


def open_call(language="en"):
    return OpenCallPage.objects.get(locale__language_code=language, reference_prefix="BMA")


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
