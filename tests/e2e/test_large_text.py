"""Visitors who set their phone's text large: at 360 px with the text at twice its size,
every kind of page still fits the screen (no sideways scrolling, no word cut at the
edge), and the skip link stays out of sight until it is focused."""

import io

import pytest
from PIL import Image

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/tg/",
    "/tg/chorabiniho/",
    "/ru/sobytiya/2026/12/",
    "/tg/chorabiniho/akademiyai-jaz-mashgulyati-ansambl/",
    "/ru/sobytiya/dzhazovaya-akademiya-probnyy-urok/book/",
    "/tg/barnomaho/joizai-musiqii-bob/ariza-dodan/",
    "/tg/loihaho/wecoop-iii/",
    "/tg/khabarho/",
    "/tg/zakhiraho/",
    "/tg/search/?q=ҷаз",
]

# What sticks out past the right edge of the screen, if anything.
STICKING_OUT = """width => Array.from(document.querySelectorAll("body *"))
    .filter(element => element.getBoundingClientRect().right > width + 0.5)
    .map(element => element.tagName + "." + element.className)"""


@pytest.fixture
def large_text_phone(new_tab):
    """A phone whose text is set to twice its size, as in Android's font-size setting:
    Chromium's default font size at 32 px instead of 16."""
    phone = new_tab("phone")
    session = phone.context.new_cdp_session(phone)
    session.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    return phone


def test_every_kind_of_page_fits_a_phone_with_large_text(site_url, large_text_phone, screenshot):
    phone = large_text_phone
    for path in PAGES:
        phone.goto(f"{site_url}{path}")
        assert phone.evaluate(STICKING_OUT, 360) == [], path
        skip_link = phone.locator(".skip-link").bounding_box()
        assert skip_link["y"] + skip_link["height"] <= 0, path  # above the screen
    screenshot(phone, "large-text-search-tg-360")

    phone.keyboard.press("Tab")
    assert phone.locator(".skip-link").bounding_box()["y"] >= 0  # in sight once focused


def test_no_sliver_of_the_skip_link_shows_above_the_header(site_url, new_tab):
    """The skip link waits above the page; not one line of its dark box shows at the top
    of the screen, at a phone's usual pixel densities."""
    for density in (1, 3):
        phone = new_tab("phone", device_scale_factor=density)
        phone.goto(f"{site_url}/tg/")
        top_line = phone.screenshot(clip={"x": 0, "y": 0, "width": 360, "height": 1})
        darkest, _lightest = Image.open(io.BytesIO(top_line)).convert("L").getextrema()
        assert darkest > 200, density  # the header's light background, nothing dark


def test_every_box_to_tick_is_as_big_as_the_others(site_url, phone):
    """On the Tajik application form, the consent box (a box of its own, not one of a
    group of choices) is as big to tap as the choices' boxes: 20 px, not the browser's
    13 px."""
    phone.goto(f"{site_url}/tg/barnomaho/joizai-musiqii-bob/ariza-dodan/")
    boxes = phone.locator("article form input[type=checkbox], article form input[type=radio]")
    sizes = {(round(box["width"]), round(box["height"])) for box in map_boxes(boxes)}
    assert sizes == {(20, 20)}


def map_boxes(locator):
    return [element.bounding_box() for element in locator.all()]


def contrast(first, second):
    """The contrast ratio of two "rgb(r, g, b)" colours (WCAG 2)."""

    def luminance(colour):
        channels = [int(part) / 255 for part in colour[colour.index("(") + 1 : -1].split(",")[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted([luminance(first), luminance(second)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_edges_of_form_fields_stand_out_from_the_page(site_url, phone):
    # WCAG 1.4.11: a field's outline at 3:1 against what is around it.
    phone.goto(f"{site_url}/tg/barnomaho/joizai-musiqii-bob/ariza-dodan/")
    page_colour = phone.evaluate("getComputedStyle(document.body).backgroundColor")

    edges = phone.locator(".field input[type=text], .field input[type=email]").evaluate_all(
        "fields => fields.map(field => getComputedStyle(field).borderTopColor)"
    )

    assert edges
    assert min(contrast(edge, page_colour) for edge in edges) >= 3
    assert min(contrast(edge, "rgb(255, 255, 255)") for edge in edges) >= 3
