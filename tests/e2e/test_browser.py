"""What a visitor sees in a real browser, on a 360 px phone and on a desktop."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

HEADINGS = {
    "en": "Art, music and learning in the heart of Dushanbe",
    "ru": "Искусство, музыка и обучение в сердце Душанбе",
    "tg": "Санъат, мусиқӣ ва таълим дар қалби Душанбе",
}


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_home_page_fits_a_360px_phone(site_url, phone, screenshot, language):
    phone.goto(f"{site_url}/{language}/")

    assert phone.locator("html").get_attribute("lang") == language
    assert phone.locator("h1").inner_text() == HEADINGS[language]
    assert phone.locator("h1").is_visible()
    # Nothing sticks out sideways: no horizontal scrolling on a small phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, f"home-{language}-360")


@pytest.mark.parametrize("language", ["en", "tg"])
def test_home_page_on_a_desktop(site_url, desktop, screenshot, language):
    desktop.goto(f"{site_url}/{language}/")

    assert desktop.locator("nav.main-nav a").first.is_visible()
    assert desktop.evaluate("document.documentElement.scrollWidth") <= 1280
    screenshot(desktop, f"home-{language}-1280")


def test_switching_language_keeps_the_page_and_is_remembered(site_url, phone, screenshot):
    phone.goto(f"{site_url}/en/programmes/jazz-academy/")

    phone.get_by_role("link", name="Русский").click()

    phone.wait_for_url(f"{site_url}/ru/programmy/dzhazovaya-akademiya/")
    assert phone.locator("h1").inner_text() == "Джазовая академия"
    screenshot(phone, "programme-ru-360")
    # The next visit to the bare address goes straight to Russian.
    phone.goto(f"{site_url}/")
    assert phone.url == f"{site_url}/ru/"


def test_skip_link_is_the_first_stop_for_keyboard_users(site_url, desktop):
    desktop.goto(f"{site_url}/en/")

    desktop.keyboard.press("Tab")
    focused = desktop.locator(":focus")
    assert focused.inner_text() == "Skip to main content"
    assert focused.is_visible()
    desktop.keyboard.press("Enter")
    assert desktop.evaluate("document.activeElement.id") == "main"


def test_missing_page_in_tajik(site_url, phone, screenshot):
    response = phone.goto(f"{site_url}/tg/no-such-page/")

    assert response.status == 404
    assert phone.locator("h1").inner_text() == "Саҳифа ёфт нашуд"
    screenshot(phone, "404-tg-360")
