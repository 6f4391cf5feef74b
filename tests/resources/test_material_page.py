"""A material's own page: what it is, its files and versions, and how to get access."""

from django.core.cache import cache
from django.utils import timezone

import pytest

from resources.models import ResourceStatus
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def download_links(response):
    return [a["href"] for a in soup(response).select(".material-files a[download]")]


def test_the_page_shows_the_materials_metadata(client, centre, make_material, organisation):
    material = make_material(
        "Budget basics",
        authors="A. Karimov",
        year=2024,
        licence="cc-by-sa-4.0",
        organisation=organisation,
        languages=["tg", "ru"],
    )

    response = client.get(f"/en/resources/{material.slug}/")

    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Budget basics"
    facts = page.select_one(".facts").get_text(" ", strip=True)
    for text in (
        "A. Karimov",
        "2024",
        "Creative Commons BY-SA 4.0",
        "Civil Voices",
        "Russian, Tajik",
    ):
        assert text in facts


def test_the_catalogue_links_to_the_materials_page(client, centre, make_material):
    material = make_material("Budget basics")

    link = soup(client.get("/en/resources/")).select_one(".material-card .card__title a")

    assert link["href"] == f"/en/resources/{material.slug}/"


def test_a_public_material_shows_its_files_and_earlier_versions(
    client, centre, make_material, add_file
):
    material = make_material("Budget basics", public=True)
    new = add_file(material, "budget-2025.pdf")
    add_file(material, "budget-2024.pdf", replaced_at=timezone.now(), replaced_by=new)

    response = client.get(f"/en/resources/{material.slug}/")

    page = soup(response)
    current, earlier = page.select(".material-files")
    assert "budget-2025.pdf" in current.get_text()
    assert "budget-2024.pdf" in earlier.get_text()
    assert "Earlier versions" in page.get_text()
    assert len(download_links(response)) == 2
    assert page.select_one(".access-help") is None


def test_an_anonymous_visitor_is_told_how_to_get_members_only_files(
    client, centre, make_material, add_file
):
    material = make_material("Members guide")
    add_file(material)

    response = client.get(f"/en/resources/{material.slug}/")

    assert download_links(response) == []
    help_text = soup(response).select_one(".access-help").get_text(" ", strip=True)
    assert "for members of partner organisations" in help_text
    assert "contributed a material" in help_text


def test_a_member_sees_the_download_buttons(client, centre, make_material, add_file, member):
    material = make_material("Members guide")
    file = add_file(material)
    client.force_login(member)

    response = client.get(f"/en/resources/{material.slug}/")

    assert download_links(response) == [f"/en/materials/{file.pk}/download/"]


def test_a_signed_in_partner_whose_organisation_has_not_contributed_is_asked_to(
    client, centre, make_material, add_file, member
):
    member.partner_account.access_granted = False
    member.partner_account.save()
    material = make_material("Members guide")
    add_file(material)
    client.force_login(member)

    response = client.get(f"/en/resources/{material.slug}/")

    assert download_links(response) == []
    assert "has contributed a material" in soup(response).select_one(".access-help").get_text()


@pytest.mark.parametrize("status", [ResourceStatus.SUBMITTED, ResourceStatus.REJECTED])
def test_a_material_not_approved_has_no_page(client, centre, make_material, status):
    material = make_material("Waiting", status=status)

    assert client.get(f"/en/resources/{material.slug}/").status_code == 404


def test_the_language_switcher_leads_to_the_materials_translation(client, centre, make_material):
    english = make_material("Budget basics")
    tajik = make_material("Асосҳои буҷет", "tg", source=english)

    response = client.get(f"/en/resources/{english.slug}/")

    links = {a.get("hreflang"): a["href"] for a in soup(response).select(".languages a")}
    assert links["tg"] == f"/tg/zakhiraho/{tajik.slug}/"
    # Search engines are told the same addresses, not the English slug (a redirect).
    heads = soup(response).select("link[hreflang]")
    alternates = {link["hreflang"]: link["href"] for link in heads}
    assert alternates["tg"] == f"http://testserver/tg/zakhiraho/{tajik.slug}/"
    assert alternates["x-default"] == f"http://testserver/en/resources/{english.slug}/"
    # The address with the English slug under the Tajik page leads to the translation.
    moved = client.get(f"/tg/zakhiraho/{english.slug}/")
    assert moved.status_code == 302
    assert moved["Location"] == f"/tg/zakhiraho/{tajik.slug}/"


def test_the_tajik_page_is_in_tajik(client, centre, make_material, add_file):
    material = make_material("Асосҳои буҷет", "tg")
    add_file(material)

    response = client.get(f"/tg/zakhiraho/{material.slug}/")

    page = soup(response)
    assert page.html["lang"] == "tg"
    assert "Иҷозатнома" in page.select_one(".facts").get_text()


def material_page_queries(client, url, django_assert_max_num_queries):
    cache.clear()
    client.get(url)  # fills Wagtail's caches and the header's fragments
    with django_assert_max_num_queries(12) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_page_costs_the_same_queries_with_one_file_or_many(
    client, centre, make_material, add_file, organisation, django_assert_max_num_queries
):
    material = make_material("Budget basics", organisation=organisation, languages=["en"])
    url = f"/en/resources/{material.slug}/"
    first = add_file(material, content=b"x")
    one = material_page_queries(client, url, django_assert_max_num_queries)

    for number in range(5):
        newer = add_file(material, f"file-{number}.pdf", content=b"x")
    first.replaced_at, first.replaced_by = timezone.now(), newer
    first.save()
    many = material_page_queries(client, url, django_assert_max_num_queries)

    assert one == many
