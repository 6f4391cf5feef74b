"""The materials in the Russian admin, as a resource moderator works with them: the
listing, a material's edit form with its files' versions, a new version uploaded
through the form; axe-core finds no serious or critical violation on either page."""

from wagtail.models import Locale

import pytest

from partners.models import Organisation
from resources.models import ResourceFile
from tests.e2e.test_accessibility import serious_violations
from tests.e2e.test_moderation_browser import STAFF_PASSWORD, moderator  # noqa: F401
from tests.resources.account_helpers import partner
from tests.resources.conftest import add_file, centre, make_material, pdf_bytes  # noqa: F401

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TITLE = "Руководство по общественному мониторингу"


@pytest.fixture
def desktop_with_axe(new_tab):
    """A desktop tab that lets axe-core's script in past the admin's CSP."""
    return new_tab("desktop", bypass_csp=True)


@pytest.fixture
def material_with_two_versions(site_url, centre, make_material, add_file):  # noqa: F811
    """A Russian material whose first PDF was replaced by a second."""
    material = make_material(TITLE, "ru", kind="toolkit", year=2025)
    first = add_file(material, "monitoring.pdf", content=pdf_bytes("Draft"))
    second = add_file(material, "monitoring-2025.pdf", content=pdf_bytes("Final"))
    ResourceFile.objects.filter(pk=first.pk).update(
        replaced_at=second.uploaded_at, replaced_by=second
    )
    return material


def versions(page):
    """The rows of the versions panel as their text, lower case (the admin writes its
    status labels in capitals)."""
    return [
        row.lower() for row in page.locator(".resource-file-versions tbody tr").all_inner_texts()
    ]


def test_a_moderator_reads_the_materials_and_a_materials_versions_in_russian(
    site_url,
    desktop_with_axe,
    sign_in,
    screenshot,
    material_with_two_versions,
    moderator,  # noqa: F811
    tmp_path,
):
    desktop = desktop_with_axe
    sign_in(desktop, "moderator", STAFF_PASSWORD)
    desktop.get_by_role("button", name="Ресурсный центр").click()
    desktop.get_by_role("link", name="Материалы", exact=True).click()
    desktop.wait_for_url(f"{site_url}/admin/snippets/resources/resource/")
    assert desktop.locator("h1").inner_text().strip() == "Материалы"
    assert TITLE in desktop.locator("table.listing").inner_text()
    screenshot(desktop, "materials-admin-listing-ru-1280")
    assert serious_violations(desktop) == []

    desktop.get_by_role("link", name=TITLE).click()
    desktop.wait_for_url(f"{site_url}/admin/snippets/resources/resource/edit/*/")
    panel = desktop.locator(".resource-file-versions")
    panel.scroll_into_view_if_needed()  # the admin scrolls its main column, not the page
    rows = versions(desktop)
    assert len(rows) == 2
    assert "monitoring-2025.pdf" in rows[0] and "текущая" in rows[0]
    assert "monitoring.pdf" in rows[1] and "файлом monitoring-2025.pdf" in rows[1]
    screenshot(desktop, "materials-admin-edit-versions-ru-1280")
    assert serious_violations(desktop) == []

    # A third version, through the form: it becomes the current one, the others stay.
    # Files are no part of a draft: saving one adds the file (the edit form opens again).
    new = tmp_path / "monitoring-2026.pdf"
    new.write_bytes(pdf_bytes("Revised"))
    desktop.set_input_files("#id_new_file", str(new))
    desktop.select_option("#id_replaces", label="monitoring-2025.pdf")
    with desktop.expect_navigation():
        desktop.get_by_role("button", name="Сохранить черновик").click()
    rows = versions(desktop)
    assert [row.split("\t")[0].strip() for row in rows] == [
        "monitoring-2026.pdf",
        "monitoring-2025.pdf",
        "monitoring.pdf",
    ]
    assert "текущая" in rows[0]
    assert "текущая" not in rows[1] + rows[2]


def test_a_moderator_opens_a_partner_account_from_the_listing_in_russian(
    site_url,
    desktop_with_axe,
    sign_in,
    screenshot,
    moderator,  # noqa: F811
):
    """The partner accounts' table fits its box at 1280 px, names each account's
    language, and each row leads to the form where a moderator confirms a membership."""
    stranger = partner(
        "zarina.nazarova@women-of-the-pamirs.example.tj",
        organisation=Organisation.objects.create(
            name="Общественное объединение «Женщины Памира»", locale=Locale.get_default()
        ),
        language="tg",
        verified=False,
        confirmed=False,
    )
    desktop = desktop_with_axe
    sign_in(desktop, "moderator", STAFF_PASSWORD)
    desktop.get_by_role("button", name="Ресурсный центр").click()
    desktop.get_by_role("link", name="Партнёрские аккаунты", exact=True).click()
    desktop.wait_for_url(f"{site_url}/admin/resource-partner-accounts/")

    table = desktop.locator("table.listing")
    screenshot(desktop, "partner-accounts-admin-listing-ru-1280")
    # The whole table within its box, its last column ("Зарегистрирован") too.
    assert table.evaluate("table => table.scrollWidth <= table.parentElement.clientWidth")
    last_header = table.locator("thead th").last
    assert last_header.inner_text().strip() == "Зарегистрирован"
    header_box = last_header.bounding_box()
    assert header_box["x"] + header_box["width"] <= 1280
    row = table.locator("tbody tr", has_text=stranger.user.email)
    assert "Таджикский" in row.inner_text()
    assert "не подтверждён" in row.inner_text()
    assert serious_violations(desktop) == []

    row.get_by_role("link", name=stranger.organisation.name).click()
    desktop.wait_for_url(f"{site_url}/admin/resource-partner-accounts/edit/{stranger.pk}/")
    desktop.get_by_label("Членство подтверждено").check()
    desktop.get_by_role("button", name="Сохранить").first.click()
    desktop.wait_for_url(f"{site_url}/admin/resource-partner-accounts/")
    stranger.refresh_from_db()
    assert stranger.membership_confirmed
