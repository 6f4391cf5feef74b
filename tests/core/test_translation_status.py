"""The translation status report: missing, out of date and up-to-date versions of each page."""

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from home.models import StandardPage
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 16)
    client.force_login(user)
    return client


def status_of(staff, title, **params):
    page = soup(staff.get(reverse("translation_status"), params))
    row = next(
        (
            tr
            for tr in page.select("table.translation-status tbody tr")
            if tr.td.get_text(strip=True) == title
        ),
        None,
    )
    if row is None:
        return None
    return {
        cell["data-language"]: (cell["class"][0].split("__")[1], cell.a["href"])
        for cell in row.select("td[data-language]")
    }


def test_demo_pages_are_up_to_date_in_every_language(staff):
    about = page_at("en", "about")

    assert status_of(staff, about.title) == {
        "ru": ("current", reverse("wagtailadmin_pages:edit", args=[page_at("ru", "o-tsentre").pk])),
        "tg": (
            "current",
            reverse("wagtailadmin_pages:edit", args=[page_at("tg", "dar-borai-markaz").pk]),
        ),
    }


def test_a_page_not_yet_translated_is_missing_with_a_link_to_translate_it(staff):
    page = StandardPage(title="Volunteers", slug="volunteers")
    page_at("en").add_child(instance=page)
    page.save_revision().publish()

    status = status_of(staff, "Volunteers")

    translate = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert status == {"ru": ("missing", translate), "tg": ("missing", translate)}
    assert status_of(staff, "Volunteers", only="missing") == status


def test_editing_the_english_page_puts_its_translations_out_of_date(staff):
    about = page_at("en", "about")
    about.summary = "The centre, as it is today."
    about.save_revision().publish()

    status = status_of(staff, about.title)

    assert {language: state for language, (state, _url) in status.items()} == {
        "ru": "outdated",
        "tg": "outdated",
    }
    assert status["ru"][1].startswith("/admin/localize/update/")
    assert status_of(staff, page_at("en", "contact").title, only="outdated") is None
