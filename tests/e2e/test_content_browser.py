"""Projects, news and search as a visitor uses them in a browser."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_filtering_projects_by_status_on_a_phone(site_url, phone, screenshot):
    phone.goto(f"{site_url}/ru/proekty/")
    assert phone.locator("h1").inner_text() == "Партнёрские проекты"

    phone.get_by_label("Статус").select_option(label="Завершён")
    phone.get_by_role("button", name="Показать").click()

    phone.wait_for_url("**/ru/proekty/?status=completed*")
    statuses = phone.locator(".card .status").all_inner_texts()
    assert statuses and set(statuses) == {"Завершён"}
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "projects-ru-360")


def test_project_page_on_a_desktop(site_url, desktop, screenshot):
    desktop.goto(f"{site_url}/en/projects/")
    desktop.get_by_role("link", name="Central Asia Water, Environment and Climate Change").click()
    desktop.wait_for_url("**/en/projects/*/")
    assert desktop.locator("h1").inner_text().startswith("Central Asia Water")
    assert "European Union" in desktop.locator(".partner-roles").inner_text()
    screenshot(desktop, "project-en-1280")


def test_news_and_search_in_tajik(site_url, phone, screenshot):
    phone.goto(f"{site_url}/tg/khabarho/")
    assert phone.locator(".card").count() == 4
    screenshot(phone, "news-tg-360")

    phone.get_by_role("searchbox").first.fill("Академияи ҷаз")
    phone.get_by_role("searchbox").first.press("Enter")

    phone.wait_for_url("**/tg/search/?q=*")
    assert "Академияи ҷаз" in phone.locator(".results").inner_text()
    screenshot(phone, "search-tg-360")
