"""The booking form is checked on the phone before it is sent: a name left empty stops
it, the summary at the top names the mistake with a link, in the page's language, and
the link takes the visitor to the field. The summary reads as the server's does when
the browser runs no script."""

from wagtail.models import Locale

import pytest

from events.models import EventPage
from tests.e2e.test_accessibility import serious_violations
from tests.e2e.test_answers_checked_browser import posts_sent, summary_has_the_focus_in_sight
from tests.e2e.test_booking_browser import TRIAL, fill_the_form, in_tajik

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def tajik_form_url(site_url):
    english = EventPage.objects.get(slug=TRIAL, locale__language_code="en")
    return site_url + english.get_translation(Locale.objects.get(language_code="tg")).url + "book/"


def summary_links(page):
    """(address, text) of the links in the summary of mistakes."""
    return page.locator("#form-errors li a").evaluate_all(
        "links => links.map(link => [link.getAttribute('href'), link.innerText.trim()])"
    )


def test_an_empty_name_is_found_before_sending_and_its_link_leads_to_the_field(
    site_url, new_tab, screenshot
):
    # The phone speaks English; the page is Tajik. (The CSP bypassed lets axe-core in.)
    phone = new_tab("phone", locale="en-US", bypass_csp=True)
    phone.goto(tajik_form_url(site_url))
    sent = posts_sent(phone)
    fill_the_form(phone, "", "nilufar@example.tj")
    send = phone.locator("article form button[type=submit]")

    send.click()

    assert sent == []
    name_missing = f"{in_tajik('Your name')} — {in_tajik('This field is required.')}"
    assert summary_links(phone) == [["#id_name", name_missing]]
    assert summary_has_the_focus_in_sight(phone)
    assert serious_violations(phone) == []
    screenshot(phone, "booking-checked-before-sending-tg-360")

    phone.locator("#form-errors li a").click()

    assert phone.evaluate("document.activeElement.id") == "id_name"
    phone.keyboard.type("Нилуфар Саидова")
    send.click()
    phone.wait_for_url("**/bookings/*/")
    assert sent == [tajik_form_url(site_url)]


def test_the_server_names_the_mistake_as_the_browser_does(site_url, new_tab):
    without_script = new_tab("phone", java_script_enabled=False)
    without_script.goto(tajik_form_url(site_url))
    fill_the_form(without_script, "", "nilufar@example.tj")

    without_script.locator("article form button[type=submit]").click()

    without_script.wait_for_load_state()
    name_missing = f"{in_tajik('Your name')} — {in_tajik('This field is required.')}"
    assert summary_links(without_script) == [["#id_name", name_missing]]
