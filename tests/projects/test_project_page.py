"""A project page tells a visitor what the project does, when, where and with whom."""

import datetime

import pytest

from projects.enums import ProjectStatus
from projects.models.pages import project_status
from tests.helpers import page_at, soup, warm_query_count

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        (datetime.date(2026, 11, 25), None, ProjectStatus.UPCOMING),
        (TODAY, TODAY, ProjectStatus.ONGOING),  # the last day still counts
        (datetime.date(2020, 1, 1), None, ProjectStatus.ONGOING),
        (datetime.date(2020, 1, 1), datetime.date(2026, 11, 23), ProjectStatus.COMPLETED),
    ],
)
def test_status_follows_the_dates(start, end, status):
    assert project_status(start, end, today=TODAY) == status


def test_project_page_shows_the_facts_of_the_unesco_seed(client):
    page = page_at("en", "projects", "creative-industries-lao-uzbekistan-rwanda")

    response = client.get(page.url)

    html = soup(response)
    facts = {
        div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True)
        for div in html.select(".facts > div")
    }
    assert facts["Status"] == "Completed"
    assert facts["Dates"] == "January 2017 – December 2020"
    assert facts["Themes"] == "Policy Design, Cultural Industries Support, Contributing to the SDGs"
    assert facts["Type of project"] == "Awareness Raising, Capacity Development, Monitoring"
    assert facts["Countries"] == "Lao People's Democratic Republic, Uzbekistan, Rwanda"
    roles = [li.get_text(" ", strip=True) for li in html.select(".partner-roles li")]
    assert roles == ["Republic of Korea (Korean Funds-in-Trust) — Donor", "UNESCO — Lead partner"]


def test_project_page_in_russian_uses_russian_names(client):
    page = (
        page_at("ru", "proekty")
        .get_children()
        .get(translation_key=page_at("en", "projects", "wecoop-iii").translation_key)
    )

    html = soup(client.get(page.url))

    facts = {
        div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True)
        for div in html.select(".facts > div")
    }
    assert facts["Статус"] == "Завершён"
    assert "Таджикистан" in facts["Страны"]
    assert "Европейский союз — Донор" in html.select_one(".partner-roles").get_text(" ", strip=True)


def test_project_page_shows_its_partners_logos(client):
    page = page_at("en", "projects", "creative-industries-lao-uzbekistan-rwanda")

    html = soup(client.get(page.url))

    logos = [li.select_one("img.partner-roles__logo") for li in html.select(".partner-roles li")]
    assert len(logos) == 2
    assert all(logo is not None and ".format-webp." in logo["src"] for logo in logos)
    assert all(logo["alt"] == "" for logo in logos)  # the name is written beside it


def test_project_page_query_count(client, django_assert_max_num_queries):
    page = page_at("en", "projects", "stronger-civil-society-tajikistan")
    warm_query_count(client, page.url, django_assert_max_num_queries, 10)
