"""The header's menu on a phone and a desktop, and the language switch keeping the place."""

import datetime

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

MENUS = {
    "tg": [
        "Барномаҳо",
        "Лоиҳаҳои шарикӣ",
        "Хабарҳо",
        "Чорабиниҳо",
        "Дар бораи марказ",
        "Тамос",
        "Маркази захираҳо",
    ],
    "ru": [
        "Программы",
        "Партнёрские проекты",
        "Новости",
        "События",
        "О центре",
        "Контакты",
        "Ресурсный центр",
    ],
    "en": [
        "Programmes",
        "Partnership projects",
        "News",
        "Events",
        "About the centre",
        "Contact",
        "Resource centre",
    ],
}
MENU_BUTTONS = {"tg": "Меню", "ru": "Меню", "en": "Menu"}


def menu_button(page, language):
    return page.locator("nav.main-nav summary", has_text=MENU_BUTTONS[language])


def menu_links(page):
    return page.locator("nav.main-nav a")


def fits_the_screen(page, locator, width):
    box = locator.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width


def test_the_tajik_menu_opens_on_a_phone_with_every_item_in_reach(site_url, phone, screenshot):
    phone.goto(f"{site_url}/tg/")
    button = menu_button(phone, "tg")
    assert button.is_visible()
    assert not menu_links(phone).first.is_visible()  # folded away until asked for

    button.click()

    assert menu_links(phone).all_inner_texts() == MENUS["tg"]
    for link in menu_links(phone).all():
        assert link.is_visible()
        assert fits_the_screen(phone, link, 360)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "menu-open-tg-360")

    hrefs = [link.get_attribute("href") for link in menu_links(phone).all()]
    for title, href in zip(MENUS["tg"], hrefs, strict=True):
        phone.goto(f"{site_url}/tg/")
        menu_button(phone, "tg").click()
        phone.locator("nav.main-nav").get_by_role("link", name=title, exact=True).click()
        phone.wait_for_url(f"{site_url}{href}")
        assert phone.locator("h1").first.is_visible()
    # On a section's own page (the last one visited), the menu marks it.
    menu_button(phone, "tg").click()
    assert phone.locator('nav.main-nav a[aria-current="page"]').inner_text() == "Маркази захираҳо"
    screenshot(phone, "menu-open-resources-tg-360")


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_menu_holds_every_item_on_a_phone(site_url, phone, screenshot, language):
    phone.goto(f"{site_url}/{language}/")

    menu_button(phone, language).click()

    assert menu_links(phone).all_inner_texts() == MENUS[language]
    for link in menu_links(phone).all():
        assert fits_the_screen(phone, link, 360)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, f"menu-open-{language}-360")


def test_the_menu_opens_from_the_keyboard_and_escape_closes_it(site_url, phone):
    phone.goto(f"{site_url}/ru/")
    button = menu_button(phone, "ru")
    button.focus()
    phone.keyboard.press("Enter")
    assert menu_links(phone).first.is_visible()
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.textContent") == "Программы"

    phone.keyboard.press("Escape")

    assert not menu_links(phone).first.is_visible()
    assert phone.evaluate("document.activeElement.tagName") == "SUMMARY"


def test_the_menu_works_without_javascript(site_url, new_tab):
    page = new_tab("phone", java_script_enabled=False)
    page.goto(f"{site_url}/tg/")
    menu_button(page, "tg").click()
    page.locator("nav.main-nav").get_by_role("link", name="Чорабиниҳо").click()
    page.wait_for_url(f"{site_url}/tg/chorabiniho/")


def test_the_menu_is_a_row_on_a_desktop(site_url, desktop, screenshot):
    desktop.goto(f"{site_url}/tg/")

    assert not desktop.locator("nav.main-nav summary").is_visible()
    assert menu_links(desktop).all_inner_texts() == MENUS["tg"]
    tops = {round(link.bounding_box()["y"]) for link in menu_links(desktop).all()}
    assert len(tops) == 1  # one row
    screenshot(desktop, "menu-tg-1280")


def test_changing_language_on_a_month_of_the_calendar_keeps_the_month(site_url, phone, screenshot):
    month = datetime.date.today().replace(day=1) + datetime.timedelta(days=40)
    phone.goto(f"{site_url}/en/events/{month.year}/{month.month:02d}/")
    english_caption = phone.locator("#month-heading").inner_text()

    phone.get_by_role("link", name="Русский").click()

    phone.wait_for_url(f"{site_url}/ru/sobytiya/{month.year}/{month.month:02d}/")
    assert phone.locator("table.calendar").is_visible()
    assert phone.locator("html").get_attribute("lang") == "ru"
    assert str(month.year) in phone.locator("#month-heading").inner_text()
    assert phone.locator("#month-heading").inner_text() != english_caption
    screenshot(phone, "month-switched-to-ru-360")


def test_the_footers_links_are_tall_enough_to_tap_on_a_phone(site_url, phone, screenshot):
    phone.goto(f"{site_url}/tg/")

    footer_links = phone.locator("footer.site-footer a")
    heights = footer_links.evaluate_all(
        "links => links.map(link => link.getBoundingClientRect().height)"
    )

    # About, contact and privacy, the email address and the phone number.
    assert len(heights) >= 5
    assert min(heights) >= 44
    footer_links.first.scroll_into_view_if_needed()
    screenshot(phone, "footer-tg-360")
