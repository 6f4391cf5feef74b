"""A PDF material's cover: its first page, made once when the material is approved."""

import pytest
from PIL import Image

from resources.models import ResourceFile, ResourceStatus
from tests.helpers import soup
from tests.resources.conftest import pdf_bytes

pytestmark = pytest.mark.django_db


def test_an_approved_pdf_gets_a_cover_the_catalogue_shows(
    client, centre, make_material, add_file, django_capture_on_commit_callbacks
):
    material = make_material("Budget basics")
    with django_capture_on_commit_callbacks(execute=True):
        file = add_file(material, content=pdf_bytes("Budget basics"))

    file.refresh_from_db()
    assert file.cover.name.startswith("resource-covers/")
    with Image.open(file.cover.open("rb")) as picture:
        assert picture.format == "JPEG"
        assert picture.width == 240
    cover = soup(client.get("/en/resources/")).select_one(".material-card__cover")
    assert cover["src"] == file.cover.url
    assert soup(client.get(f"/en/resources/{material.slug}/")).select_one(".material__cover")


def test_a_material_waiting_for_moderation_gets_no_public_cover_until_approved(
    centre, make_material, add_file, django_capture_on_commit_callbacks
):
    material = make_material("Waiting", status=ResourceStatus.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        file = add_file(material)
    file.refresh_from_db()
    assert not file.cover

    material.status = ResourceStatus.APPROVED
    with django_capture_on_commit_callbacks(execute=True):
        material.save()

    assert ResourceFile.objects.get(pk=file.pk).cover


def test_a_broken_pdf_gets_no_cover_and_breaks_nothing(
    client, centre, make_material, add_file, django_capture_on_commit_callbacks
):
    material = make_material("Broken")
    with django_capture_on_commit_callbacks(execute=True):
        file = add_file(material, content=b"%PDF-1.4 not really")

    assert not ResourceFile.objects.get(pk=file.pk).cover
    assert client.get(f"/en/resources/{material.slug}/").status_code == 200
