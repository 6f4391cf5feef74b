"""The filters of the events and of the resource centre fold away on a phone: Escape
folds them again, as it closes the menu, and the focus goes back to their button."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("path", ["/tg/chorabiniho/", "/tg/zakhiraho/"])
def test_escape_closes_the_filters_on_a_phone_and_gives_the_focus_back_to_their_button(
    site_url, phone, path
):
    phone.goto(f"{site_url}{path}")
    button = phone.locator("details.filters-panel > summary")
    button.click()
    first_filter = phone.locator("details.filters-panel select").first
    assert first_filter.is_visible()
    first_filter.focus()

    phone.keyboard.press("Escape")

    assert not first_filter.is_visible()
    assert not phone.locator("details.filters-panel").evaluate("details => details.open")
    assert button.evaluate("summary => summary === document.activeElement")


def test_escape_leaves_the_filters_of_a_wide_screen_where_they_always_show(site_url, desktop):
    desktop.goto(f"{site_url}/tg/chorabiniho/")
    first_filter = desktop.locator("details.filters-panel select").first
    first_filter.focus()

    desktop.keyboard.press("Escape")

    assert first_filter.is_visible()
    assert first_filter.evaluate("select => select === document.activeElement")
