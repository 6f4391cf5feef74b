"""Downloads: checked on the server, served from private storage, counted without addresses."""

import io
import zipfile

from django.utils import timezone

import pytest

from resources.models import MonthlyDownloads, Resource, ResourceStatus
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def url(file):
    return f"/en/materials/{file.pk}/download/"


def content(response):
    return b"".join(response.streaming_content)


def test_anyone_downloads_a_public_material_and_it_is_counted(
    client, centre, make_material, add_file
):
    material = make_material("Budget basics", public=True)
    russian = make_material("Основы бюджета", "ru", source=material, public=True)
    file = add_file(material, "budget.pdf", content=b"%PDF-1.4 budget")

    response = client.get(url(file))

    assert response.status_code == 200
    assert content(response) == b"%PDF-1.4 budget"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="budget.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"]
    # Every translation's total, for "most downloaded" in each language.
    assert Resource.objects.get(pk=material.pk).downloads == 1
    assert Resource.objects.get(pk=russian.pk).downloads == 1
    month = timezone.localdate().replace(day=1)
    (counted,) = MonthlyDownloads.objects.all()
    assert (counted.resource, counted.month, counted.language, counted.count) == (
        material,
        month,
        "en",
        1,
    )


def test_a_second_download_in_russian_counts_in_its_language(
    client, centre, make_material, add_file
):
    material = make_material("Budget basics", public=True)
    russian = make_material("Основы бюджета", "ru", source=material, public=True)
    file = add_file(material)

    client.get(url(file))
    client.get(url(file))
    client.get(f"/ru/materials/{file.pk}/download/")

    counts = {(row.resource_id, row.language): row.count for row in MonthlyDownloads.objects.all()}
    assert counts == {(material.pk, "en"): 2, (russian.pk, "ru"): 1}
    assert Resource.objects.get(pk=material.pk).downloads == 3


def test_an_anonymous_visitor_is_refused_a_members_only_file_and_told_how_to_get_access(
    client, centre, make_material, add_file
):
    file = add_file(make_material("Members guide"))

    response = client.get(url(file))

    assert response.status_code == 403
    assert "for members of partner organisations" in soup(response).get_text()
    assert MonthlyDownloads.objects.count() == 0
    assert Resource.objects.get().downloads == 0


def test_signing_in_from_the_refusal_leads_back_to_the_download(
    client, centre, make_material, add_file, member
):
    file = add_file(make_material("Members guide"), content=b"members")
    member.set_password("a long partner password")
    member.save()
    refusal = soup(client.get(url(file)))

    sign_in = next(
        a["href"] for a in refusal.select(".access-help__links a") if "next=" in a["href"]
    )
    signed_in = client.post(
        sign_in, {"username": "member@example.org", "password": "a long partner password"}
    )

    assert signed_in.status_code == 302
    assert signed_in["Location"] == url(file)
    assert content(client.get(signed_in["Location"])) == b"members"


def test_a_member_downloads_a_members_only_file(client, centre, make_material, add_file, member):
    file = add_file(make_material("Members guide"), content=b"members")
    client.force_login(member)

    response = client.get(url(file))

    assert response.status_code == 200
    assert content(response) == b"members"


def test_a_file_of_a_material_not_approved_is_not_found_even_when_public(
    client, centre, make_material, add_file, member
):
    file = add_file(make_material("Waiting", public=True, status=ResourceStatus.SUBMITTED))
    client.force_login(member)

    assert client.get(url(file)).status_code == 404


def test_staff_download_a_material_waiting_for_moderation(
    client, centre, make_material, add_file, admin_user
):
    file = add_file(make_material("Waiting", status=ResourceStatus.SUBMITTED), content=b"draft")
    client.force_login(admin_user)

    assert content(client.get(url(file))) == b"draft"


def test_no_file_has_a_public_address(centre, make_material, add_file):
    file = add_file(make_material("Members guide"))

    with pytest.raises(ValueError):
        file.file.url  # noqa: B018


def zip_names(response):
    return sorted(zipfile.ZipFile(io.BytesIO(content(response))).namelist())


def test_download_all_packs_the_filtered_public_materials(client, centre, make_material, add_file):
    guide = make_material("Guide", public=True, kind="toolkit")
    add_file(guide, "guide.pdf")
    add_file(guide, "../../etc/data.csv", content=b"a,b", content_type="text/csv")
    add_file(make_material("Report", public=True, kind="report"), "report.pdf")

    catalogue = soup(client.get("/en/resources/", {"kind": "toolkit"}))
    link = catalogue.select_one("a.download-all")["href"]
    response = client.get(link)

    assert link == "/en/materials/download-all/?kind=toolkit"
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert zip_names(response) == [f"{guide.slug}/data.csv", f"{guide.slug}/guide.pdf"]
    assert Resource.objects.get(pk=guide.pk).downloads == 1


def test_download_all_is_not_offered_nor_served_when_one_material_is_members_only(
    client, centre, make_material, add_file, member
):
    add_file(make_material("Guide", public=True))
    add_file(make_material("Members guide"))

    assert soup(client.get("/en/resources/")).select_one("a.download-all") is None
    assert client.get("/en/materials/download-all/").status_code == 403

    client.force_login(member)
    assert soup(client.get("/en/resources/")).select_one("a.download-all") is not None
    assert len(zip_names(client.get("/en/materials/download-all/"))) == 2


def test_download_all_refuses_more_than_the_cap(client, centre, make_material, add_file, settings):
    from resources import downloads

    for number in range(downloads.ZIP_MAX_MATERIALS + 1):
        make_material(f"Material {number}", public=True)

    assert soup(client.get("/en/resources/")).select_one("a.download-all") is None
    response = client.get("/en/materials/download-all/")
    assert response.status_code == 400
    assert "at most 30 materials" in soup(response).get_text()
