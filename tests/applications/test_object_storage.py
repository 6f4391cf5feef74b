"""Public media and applicants' files in S3-compatible buckets (tests/object_storage.py)."""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest
import requests

from applications.models import Application
from bactria_site.settings.storage import object_storages
from tests import object_storage
from tests.applications.conftest import application_data, open_call, png, upload
from tests.helpers import store_applicants_files_as_configured
from tests.object_storage import keys, new_buckets

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def s3_server():
    with object_storage.s3_server() as s3:
        yield s3


@pytest.fixture
def buckets(s3_server, settings, monkeypatch):
    """A public and a private bucket of their own, named in the environment as in production."""
    environment = new_buckets(s3_server)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings.STORAGES = {**settings.STORAGES, **object_storages()}
    store_applicants_files_as_configured(monkeypatch)
    return {
        "public": environment["AWS_STORAGE_BUCKET_NAME"],
        "private": environment["AWS_PRIVATE_STORAGE_BUCKET_NAME"],
    }


def staff(group=None, **flags):
    user = get_user_model().objects.create_user(
        f"user-{uuid.uuid4().hex[:6]}", "staff@example.org", "x" * 16, **flags
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def test_an_image_uploaded_in_the_admin_lands_in_the_public_bucket(client, s3_server, buckets):
    client.force_login(staff(is_superuser=True, is_staff=True))

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Festival poster",
            "file": upload("poster.png", png(), "image/png"),
            "collection": Collection.objects.get(name="Media").pk,  # staff's uploads go there
        },
    )

    assert response.status_code == 302
    image = get_image_model().objects.get(title="Festival poster")
    assert image.file.name in keys(s3_server, buckets["public"])
    assert keys(s3_server, buckets["private"]) == []
    public = requests.get(image.file.url, timeout=10)  # no credentials: as a visitor
    assert public.status_code == 200
    assert public.content == png()


@pytest.fixture
def submitted(client, buckets, django_capture_on_commit_callbacks):
    call = open_call()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(call.url, application_data(call, client))
    assert response.status_code == 302
    return Application.objects.get(email="dilnoza@example.org")


def test_an_applicants_files_land_in_the_private_bucket_with_no_public_address(
    s3_server, buckets, submitted
):
    files = list(submitted.files.all())

    private_keys = keys(s3_server, buckets["private"])
    assert sorted(file.file.name for file in files) == sorted(private_keys)
    assert len(private_keys) == 3
    assert keys(s3_server, buckets["public"]) == []
    for file in files:
        with pytest.raises(ValueError, match="no public address"):
            file.file.url  # noqa: B018 (the property raises)
        grants = s3_server.get_object_acl(Bucket=buckets["private"], Key=file.file.name)
        assert [grant["Permission"] for grant in grants["Grants"]] == ["FULL_CONTROL"]
        direct = requests.get(
            f"{s3_server.meta.endpoint_url}/{buckets['private']}/{file.file.name}", timeout=10
        )
        assert direct.status_code == 403  # an anonymous request for the object is refused


def test_the_download_view_streams_a_private_file_to_a_planner_only(client, submitted):
    cv = submitted.files.get(original_name="cv.pdf")
    url = reverse("applications_admin:file", args=[cv.pk])

    client.force_login(staff("Festival planners"))
    planner = client.get(url)
    client.force_login(staff("Communication editors"))
    editor = client.get(url)

    assert planner.status_code == 200
    assert b"".join(planner.streaming_content).startswith(b"%PDF")
    assert editor.status_code == 302
    assert editor["Location"] == reverse("wagtailadmin_home")


def test_the_health_check_reports_the_buckets(client, s3_server, buckets):
    assert client.get("/healthz").json()["storage"] == "ok"

    s3_server.delete_bucket(Bucket=buckets["private"])
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["storage"] == "unavailable"
