"""The resource centre on a phone, in Tajik: browse, be told how to get access, download."""

import pytest

from tests.resources.conftest import add_file, centre, make_material, pdf_bytes  # noqa: F401

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def materials(site_url, centre, make_material, add_file):  # noqa: F811
    """A members-only and a public material in Tajik, each with a PDF."""
    members_only = make_material(
        "Дастури буҷетсозӣ барои ташкилотҳои ҷамъиятӣ",
        "tg",
        kind="training-module",
        year=2025,
        languages=["tg", "ru"],
        summary="Модули омӯзишӣ барои ҳисобдорон ва роҳбарони ташкилотҳои ҷамъиятӣ.",
    )
    public = make_material(
        "Ҳисоботи солонаи шабакаи ҷомеаи шаҳрвандӣ",
        "tg",
        kind="report",
        year=2024,
        public=True,
        languages=["tg"],
        summary="Ҳисобот дар бораи корҳои шабака дар соли 2024.",
    )
    add_file(members_only, "dastur.pdf", content=pdf_bytes("Budget training"))
    add_file(public, "hisobot.pdf", content=b"%PDF-1.4 annual report")
    return {"members_only": members_only, "public": public}


# The selects whose chosen text is wider than the box leaves it: the box less its
# padding and the 1.5rem its arrow takes.
SELECTS_CUT = """selects => selects.filter(select => {
    const style = getComputedStyle(select);
    const context = document.createElement("canvas").getContext("2d");
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = select.options[select.selectedIndex].text;
    const room = select.clientWidth - parseFloat(style.paddingLeft)
        - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
    return context.measureText(text).width > room;
}).map(select => select.name)"""


def test_a_visitor_is_told_how_to_get_access_and_downloads_a_public_material(
    site_url, phone, screenshot, materials
):
    phone.goto(f"{site_url}/tg/zakhiraho/")
    screenshot(phone, "resources-tg-360")
    assert phone.locator(".count").inner_text().startswith("2 мавод")
    # Nothing on the page is wider than the phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    # Each filter's chosen value reads whole in its box, beside the box's arrow.
    phone.locator("summary.filters-panel__toggle").click()
    cut = phone.locator(".filters select").evaluate_all(SELECTS_CUT)
    assert cut == []
    phone.locator("summary.filters-panel__toggle").click()

    phone.locator(".card__title a", has_text="Дастури буҷетсозӣ").click()
    help_box = phone.locator(".access-help")
    assert "барои аъзои ташкилотҳои шарик" in help_box.inner_text()
    assert phone.locator(".material-files a[download]").count() == 0
    screenshot(phone, "resource-members-only-tg-360")

    phone.goto(f"{site_url}/tg/zakhiraho/")
    phone.locator(".card__title a", has_text="Ҳисоботи солона").click()
    with phone.expect_download() as download_info:
        phone.locator(".material-files a[download]").click()
    download = download_info.value
    assert download.suggested_filename == "hisobot.pdf"
    with open(download.path(), "rb") as file:
        assert file.read() == b"%PDF-1.4 annual report"


def test_a_members_only_download_link_refuses_an_anonymous_visitor(site_url, phone, materials):
    from resources.models import ResourceFile

    file = ResourceFile.objects.get(resource_key=materials["members_only"].translation_key)

    response = phone.goto(f"{site_url}/tg/materials/{file.pk}/download/")

    assert response.status == 403
    assert "барои аъзои ташкилотҳои шарик" in phone.locator(".access-help").inner_text()


def test_the_resource_centre_pages_have_no_serious_accessibility_violation(
    site_url, new_tab, materials
):
    from tests.e2e.test_accessibility import serious_violations

    tab = new_tab("phone", bypass_csp=True)
    members_only = materials["members_only"]
    found = {}
    for path in (
        "/en/resources/",
        "/ru/resursy/",
        "/tg/zakhiraho/?kind=report",
        f"/tg/zakhiraho/{members_only.slug}/",
        f"/tg/zakhiraho/{materials['public'].slug}/",
    ):
        assert tab.goto(f"{site_url}{path}").status == 200
        found[path] = serious_violations(tab)

    assert found == {path: [] for path in found}
