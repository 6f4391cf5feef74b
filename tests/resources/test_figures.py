"""Figures for donors: downloads per material, organisation, month and language, and
contributions per organisation, in the admin and as an XLSX file."""

import datetime
import io
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest
from openpyxl import load_workbook

from partners.models import Organisation
from resources.models import MonthlyDownloads, PartnerAccount, Resource, ResourceStatus
from tests.helpers import soup

pytestmark = pytest.mark.django_db

URL = "/admin/resource-figures/"


@pytest.fixture(autouse=True)
def no_demo_materials():
    """The figures of these tests' materials alone, not the demo's."""
    MonthlyDownloads.objects.all().delete()
    PartnerAccount.objects.all().delete()
    Resource.objects.all().delete()


def locale(code):
    return Locale.objects.get(language_code=code)


def organisation(name, russian_name):
    english = Organisation.objects.create(name=name, locale=locale("en"))
    Organisation.objects.create(
        name=russian_name, locale=locale("ru"), translation_key=english.translation_key
    )
    return english


def material(title, organisation, status=ResourceStatus.APPROVED, russian_title=None):
    english = Resource.objects.create(
        title=title,
        summary="…",
        kind="report",
        organisation=organisation,
        status=status,
        locale=locale("en"),
    )
    if russian_title:
        Resource.objects.create(
            title=russian_title,
            summary="…",
            kind="report",
            organisation=organisation,
            status=status,
            locale=locale("ru"),
            translation_key=english.translation_key,
        )
    return english


def downloads(resource, month, language, count):
    MonthlyDownloads.objects.create(resource=resource, month=month, language=language, count=count)


def member(email, organisation, *, confirmed=True, verified=True):
    user = get_user_model().objects.create_user(username=email, email=email, password="x")
    PartnerAccount.objects.create(
        user=user,
        organisation=organisation,
        organisation_type="cso",
        email_verified_at=timezone.now() if verified else None,
        membership_confirmed=confirmed,
    )


@pytest.fixture
def figures():
    """Two organisations; one material read in English and Russian, downloaded in
    two months in both languages; another material with one download; a material
    waiting; three partner accounts."""
    zarafshon = organisation("Zarafshon Initiative", "Инициатива Зарафшон")
    khatlon = organisation("Khatlon Women's Network", "Сеть женщин Хатлона")
    guide = material("Budget guide", zarafshon, russian_title="Руководство по бюджету")
    guide_ru = Resource.objects.get(
        translation_key=guide.translation_key, locale__language_code="ru"
    )
    toolkit = material("Advocacy toolkit", khatlon)
    material("Draft on water", khatlon, status=ResourceStatus.SUBMITTED)
    november, december = datetime.date(2026, 11, 1), datetime.date(2026, 12, 1)
    downloads(guide, november, "en", 4)
    downloads(guide_ru, november, "ru", 3)
    downloads(guide_ru, december, "tg", 2)
    downloads(toolkit, december, "en", 1)
    member("a@zarafshon.example", zarafshon)
    member("b@zarafshon.example", zarafshon)
    member("c@khatlon.example", khatlon)


def staff(permissions=("view_monthlydownloads",)):
    user = get_user_model().objects.create_user(username="reporter", password="x", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", *permissions])
    )
    return user


def table(page, name):
    rows = page.select(f"#figures-{name} tbody tr")
    return [[cell.get_text(strip=True) for cell in row.select("th, td")] for row in rows]


def test_the_figures_page_counts_downloads_per_material_organisation_month_and_language(
    client, figures
):
    client.force_login(staff())

    page = soup(client.get(URL))

    # The material downloaded in two languages counts once, with every download.
    assert table(page, "materials") == [["Budget guide", "9"], ["Advocacy toolkit", "1"]]
    assert table(page, "organisations") == [
        ["Zarafshon Initiative", "9"],
        ["Khatlon Women's Network", "1"],
    ]
    assert table(page, "months") == [["November 2026", "7"], ["December 2026", "3"]]
    assert table(page, "languages") == [["English", "5"], ["Russian", "3"], ["Tajik", "2"]]
    # Most materials approved first, then most members.
    assert table(page, "contributions") == [
        ["Zarafshon Initiative", "2", "1", "0"],
        ["Khatlon Women's Network", "1", "1", "1"],
    ]
    summary = page.select_one(".resource-figures__summary").get_text(" ", strip=True)
    assert "10 downloads" in summary
    assert "3 partner accounts from 2 organisations" in summary
    assert page.select_one("h1").get_text(strip=True) == "Resource centre figures"


def test_only_confirmed_members_with_a_verified_address_count(client, figures):
    """Anyone can name an organisation at sign-up: the report counts the accounts staff
    confirmed as its members, whose address is verified."""
    khatlon = Organisation.objects.get(name="Khatlon Women's Network")
    member("claims@khatlon.example", khatlon, confirmed=False)
    member("never-verified@khatlon.example", khatlon, verified=False)
    stranger = organisation("Unknown Union", "Неизвестный союз")
    member("claims@unknown.example", stranger, confirmed=False)
    client.force_login(staff())

    page = soup(client.get(URL))

    summary = page.select_one(".resource-figures__summary").get_text(" ", strip=True)
    assert "3 partner accounts from 2 organisations" in summary
    assert table(page, "contributions") == [
        ["Zarafshon Initiative", "2", "1", "0"],
        ["Khatlon Women's Network", "1", "1", "1"],
    ]  # no row for an organisation whose only account is unconfirmed


def test_a_period_counts_its_months_only(client, figures):
    client.force_login(staff())

    page = soup(client.get(URL, {"first": "2026-12", "last": "2026-12"}))

    assert table(page, "months") == [["December 2026", "3"]]
    assert table(page, "materials") == [["Budget guide", "2"], ["Advocacy toolkit", "1"]]
    assert page.select_one(".resource-figures__export")["href"] == (
        "/admin/resource-figures/export/?first=2026-12&last=2026-12"
    )


MONTH = "Enter a month as year-month, such as 2026-09."


@pytest.mark.parametrize(
    ("query", "field", "error"),
    [
        (
            {"first": "2026-11", "last": "2026-09"},
            "last",
            "The end of the period comes before its start.",
        ),
        ({"first": "abc", "last": "2026-10"}, "first", MONTH),
        ({"first": "2026-09", "last": "2026-13"}, "last", MONTH),
    ],
)
def test_a_period_that_is_not_one_is_refused_with_no_figures_and_no_export(
    client, figures, query, field, error
):
    client.force_login(staff())

    page = soup(client.get(URL, query))

    errors = page.select_one(f'[name="{field}"]').find_previous("ul", class_="errorlist")
    assert errors.get_text(strip=True) == error
    assert page.select_one(".resource-figures__summary") is None
    assert not page.select("table.resource-figures")
    assert page.select_one(".resource-figures__export") is None
    # The export asked for with the same address sends back to the page that says why.
    response = client.get(reverse("resource_figures_export"), query)
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?{urlencode(query)}"


def test_the_reversed_period_is_told_in_the_staff_members_language(client, figures):
    user = staff()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(user)

    page = soup(client.get(URL, {"first": "2026-11", "last": "2026-09"}))

    assert "Конец периода раньше его начала." in page.select_one(".errorlist").get_text()


def test_names_are_in_the_staff_members_language_where_there_is_a_translation(client, figures):
    user = staff()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(user)

    page = soup(client.get(URL))

    assert table(page, "materials")[0] == ["Руководство по бюджету", "9"]
    # A material without a Russian row keeps its English title.
    assert table(page, "materials")[1] == ["Advocacy toolkit", "1"]
    assert table(page, "organisations")[0] == ["Инициатива Зарафшон", "9"]
    assert page.select_one("#figures-materials caption").get_text() == "Скачивания по материалам"
    assert "10 скачиваний" in page.select_one(".resource-figures__summary").get_text(" ")


def test_the_spreadsheet_has_a_sheet_per_table(client, figures):
    client.force_login(staff())

    response = client.get(reverse("resource_figures_export"))

    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"].startswith("attachment;")
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == [
        "Summary",
        "Materials",
        "Organisations",
        "Months",
        "Languages",
        "Contributions",
    ]

    def rows(name):
        return list(book[name].iter_rows(values_only=True))

    assert rows("Materials") == [
        ("Material", "Downloads"),
        ("Budget guide", 9),
        ("Advocacy toolkit", 1),
    ]
    assert rows("Months")[1:] == [
        (datetime.datetime(2026, 11, 1), 7),
        (datetime.datetime(2026, 12, 1), 3),
    ]
    assert rows("Languages")[1:] == [("English", 5), ("Russian", 3), ("Tajik", 2)]
    assert rows("Contributions")[1:] == [
        ("Zarafshon Initiative", 2, 1, 0),
        ("Khatlon Women's Network", 1, 1, 1),
    ]
    assert ("Downloads", 10) in rows("Summary")


def test_a_name_that_looks_like_a_formula_stays_text_in_the_spreadsheet(client, figures):
    Resource.objects.filter(title="Advocacy toolkit").update(title='=HYPERLINK("x")')
    client.force_login(staff())

    book = load_workbook(io.BytesIO(client.get(reverse("resource_figures_export")).content))

    assert ('\'=HYPERLINK("x")', 1) in list(book["Materials"].iter_rows(values_only=True))


def test_staff_without_the_permission_see_neither_the_figures_nor_the_menu_item(client, figures):
    client.force_login(staff(permissions=()))

    # The admin sends a user who may not see a page back to its dashboard.
    for url in [URL, reverse("resource_figures_export")]:
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert "Resource centre figures" not in client.get("/admin/").content.decode()


def test_the_reports_menu_leads_to_the_figures(client, figures):
    client.force_login(staff())

    assert "Resource centre figures" in client.get("/admin/").content.decode()


def test_the_figures_page_takes_as_many_queries_with_many_materials(
    client, figures, django_assert_num_queries
):
    client.force_login(staff())
    client.get(URL)  # the admin's caches filled, as for any page but the first
    few = count_queries(client)
    khatlon = Organisation.objects.get(name="Khatlon Women's Network")
    for number in range(20):
        downloads(material(f"Extra {number}", khatlon), datetime.date(2026, 10, 1), "en", 1)

    with django_assert_num_queries(few):
        assert client.get(URL).status_code == 200


def count_queries(client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(URL).status_code == 200
    return len(captured)
