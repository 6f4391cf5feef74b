"""The dashboard, where staff land after signing in, tells those who translate how many
Russian and Tajik versions are missing, out of date or incomplete: the same numbers as
Reports → Translation status, each a link to the report showing them."""

from django.urls import reverse

import pytest

from tests.applications.conftest import member
from tests.core.test_translation_status import new_page
from tests.helpers import admin_language, soup

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("wagtailadmin_home")
REPORT = reverse("translation_status")


def member_reading(group, language=""):
    user = member(group, f"member-{language}")
    admin_language(user, language)
    return user


def panel(response):
    return soup(response).select_one("#translations-to-do-section")


def numbers(links):
    """{label: (number, address)} of the links "Missing: 4"."""
    found = {}
    for link in links:
        label, number = link.get_text(strip=True).split(":")
        found[label] = (int(number), link["href"])
    return found


def test_an_editor_sees_the_reports_numbers_each_leading_to_the_report(client):
    new_page("Volunteers")  # in English only: missing in Russian and Tajik
    client.force_login(member_reading("Communication editors"))

    on_dashboard = numbers(panel(client.get(DASHBOARD)).select("p a"))
    in_report = numbers(soup(client.get(REPORT)).select(".translation-counts a[href^='?only']"))

    assert on_dashboard.keys() == {"Missing", "Out of date", "Incomplete"}
    assert on_dashboard["Missing"][0] >= 2
    for label, (number, address) in on_dashboard.items():
        assert number == in_report[label][0]
        assert address == REPORT + in_report[label][1]
    missing = soup(client.get(on_dashboard["Missing"][1]))
    assert "Volunteers" in missing.select_one("table.translation-status").get_text()


def test_the_panel_speaks_the_editors_language(client):
    new_page("Volunteers")
    client.force_login(member_reading("Communication editors", language="tg"))

    found = panel(client.get(DASHBOARD))

    assert found.select_one("h2").get_text(strip=True) == "Тарҷумаҳо"
    assert numbers(found.select("p a"))["Тарҷума нест"][0] >= 2


def test_when_the_demo_is_all_translated_the_panel_says_so(client):
    client.force_login(member_reading("Festival planners"))

    found = panel(client.get(DASHBOARD))

    assert found.p.get_text(" ", strip=True).startswith(
        "Every page and snippet has its Russian and Tajik versions, up to date."
    )
    assert found.select_one("p a")["href"] == REPORT


@pytest.mark.parametrize("group", ["Application reviewers", "Resource moderators"])
def test_staff_who_do_not_translate_have_no_translations_panel(client, group):
    client.force_login(member_reading(group))

    assert panel(client.get(DASHBOARD)) is None
