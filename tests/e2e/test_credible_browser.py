"""The demo site as a visitor sees it on a phone, in Tajik: the home page leads with
what is on next and the open call, its drawings are light, project pages show their
partners' logos."""

import pytest

from bench.weight import transferred
from tests.helpers import page_at

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

HOME_LIMIT = 150_000  # bytes a phone downloads for the home page, images included
# Bytes the page and every resource took, lazy images scrolled into view included.
SCROLLED_WEIGHT = """() => [
    ...performance.getEntriesByType("navigation"),
    ...performance.getEntriesByType("resource"),
].reduce((sum, entry) => sum + entry.transferSize, 0)"""


def test_tajik_home_at_360_leads_with_whats_on_and_the_open_call(
    site_url, browser, phone, screenshot
):
    phone.goto(f"{site_url}/tg/")

    events = phone.locator("#events-heading")
    assert events.inner_text() == "Чорабиниҳои наздик"
    assert events.bounding_box()["y"] < 740  # on the first screen of a phone
    assert (
        phone.locator("#open-calls-heading").bounding_box()["y"]
        < (phone.locator("#programmes-heading").bounding_box()["y"])
    )
    hero = phone.locator("img.hero__image")
    assert hero.get_attribute("alt").startswith("Навозандагон бо саксофон")
    assert phone.evaluate("document.querySelector('img.hero__image').currentSrc").endswith(".webp")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "home-tg-360")

    first_screen = sum(transferred(browser, f"{site_url}/tg/").values())  # as the bench weighs
    assert first_screen < HOME_LIMIT, f"{first_screen} bytes"
    for image in phone.locator("img").all():  # a visitor reading down the page
        image.scroll_into_view_if_needed()
    # The page reached "networkidle" before the scrolling started the lazy images'
    # loading: wait for the images themselves.
    phone.wait_for_function("() => [...document.images].every(img => img.complete)")
    assert phone.evaluate("[...document.images].every(img => img.complete && img.naturalWidth)")
    every_image_loaded = phone.evaluate(SCROLLED_WEIGHT)
    assert every_image_loaded < HOME_LIMIT, f"{every_image_loaded} bytes"


def test_project_page_shows_partner_logos_at_360_in_tajik(site_url, phone, screenshot):
    page = page_at("tg", "loihaho").get_children().get(slug__startswith="sohahoi-ejodi")

    phone.goto(f"{site_url}{page.url}")

    logos = phone.locator(".partner-roles img.partner-roles__logo")
    assert logos.count() == 2
    for index in range(2):
        logo = logos.nth(index)
        logo.scroll_into_view_if_needed()
        # A lazy image starts loading once scrolled to: wait for it (a slow machine
        # read it before it had arrived), then check it came whole.
        phone.wait_for_function("img => img.complete", arg=logo.element_handle())
        assert logo.evaluate("img => img.complete && img.naturalWidth > 0")
    assert "ЮНЕСКО" in phone.locator(".partner-roles").inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "project-logos-tg-360")
