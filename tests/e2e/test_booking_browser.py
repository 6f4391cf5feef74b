"""A visitor books a place on a phone (360 px), in Tajik, with the demo site: books the
trial lesson (2 places left) with the form, reads the reference, opens the private link
from the email, cancels after confirming, and the place is free again on the event's
page. The animation workshop's first Saturday is full: its form offers the waiting list.
The form works the same with JavaScript off."""

import re

from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Locale

import pytest

from bookings.models import Booking
from events.models import EventPage
from tests.applications.conftest import run_mail_worker
from tests.e2e.test_accessibility import serious_violations

pytestmark = pytest.mark.e2e

TRIAL = "jazz-academy-trial-lesson"
WORKSHOP = "digital-arts-academy-animation-workshop"


def in_tajik(text):
    with translation.override("tg"):
        translated = gettext(text)
    assert translated != text, f"{text!r} has no Tajik translation"
    return translated


def event_url(site_url, slug):
    english = EventPage.objects.get(slug=slug, locale__language_code="en")
    return site_url + english.get_translation(Locale.objects.get(language_code="tg")).url


def places_left(phone, site_url, slug):
    """The number of places left the event's page tells for its first date, as a visitor
    coming back to the page sees it, without reloading: the browser asks the server again
    each time (max-age=0, must-revalidate) and the server's copy is up to date."""
    phone.goto(event_url(site_url, slug))
    text = phone.locator(".places-left__count").first.inner_text()
    found = re.search(r"\d+", text)
    return int(found.group(0)) if found else 0


def fits_the_screen(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{page.url} is {width} px wide"


def one_line(page, selector):
    """Whether the element's text takes one line (not broken across two)."""
    return page.eval_on_selector(
        selector,
        "element => element.getBoundingClientRect().height"
        " < 1.5 * parseFloat(getComputedStyle(element).lineHeight)",
    )


def fill_the_form(page, name, email):
    page.locator("input[name=date]").first.check()
    page.fill("#id_name", name)
    page.fill("#id_email", email)
    page.fill("#id_phone", "+992 93 555 0101")
    # The trial lesson asks which instrument (demo/content/events.yaml): the first one.
    choices = page.locator("input[type=radio][name^=q_]")
    if choices.count():
        choices.first.check()


def test_a_visitor_books_opens_the_private_link_and_cancels_in_tajik(site_url, phone, screenshot):
    assert places_left(phone, site_url, TRIAL) == 2
    screenshot(phone, "booking-event-tg-360")
    phone.get_by_role("link", name=in_tajik("Book a place")).click()
    phone.wait_for_url("**/book/")
    assert phone.locator("html").get_attribute("lang") == "tg"
    fits_the_screen(phone)
    screenshot(phone, "booking-form-tg-360")

    fill_the_form(phone, "Нилуфар Саидова", "nilufar@example.tj")
    phone.get_by_role("button", name=in_tajik("Book")).click()
    phone.wait_for_url("**/bookings/*/")
    booking = Booking.objects.get(email="nilufar@example.tj")
    assert phone.locator("h1").inner_text() == booking.reference
    assert phone.locator(".booking__status").inner_text() == in_tajik("Booked")
    fits_the_screen(phone)
    screenshot(phone, "booking-confirmation-tg-360")
    assert places_left(phone, site_url, TRIAL) == 1

    run_mail_worker()
    [email] = [message for message in mail.outbox if "nilufar@example.tj" in message.to]
    assert booking.reference in email.subject + email.body
    link = re.search(r"http://testserver/\S+/bookings/\S+/", email.body).group(0)
    phone.goto(link.replace("http://testserver", site_url))
    assert phone.locator("h1").inner_text() == booking.reference
    assert one_line(phone, "h1 .reference")
    # The answer given on the form, under the booking's details.
    assert phone.locator("h2").first.inner_text() == in_tajik("Your answers")
    assert phone.locator("dl.answers dd").first.inner_text() == booking.answers[0]["value"]
    fits_the_screen(phone)
    screenshot(phone, "booking-private-tg-360")

    phone.get_by_role("link", name=in_tajik("Cancel my booking")).click()
    phone.wait_for_url("**/cancel/")
    assert phone.locator("h1").inner_text() == in_tajik("Cancel your booking?")
    fits_the_screen(phone)
    screenshot(phone, "booking-cancel-tg-360")
    phone.get_by_role("button", name=in_tajik("Yes, cancel my booking")).click()
    phone.wait_for_url(re.compile(r".*/bookings/[^/]+/$"))
    assert in_tajik("Your booking is cancelled.") in phone.locator("main").inner_text()
    assert phone.locator(".booking__status").inner_text() == in_tajik("Cancelled")
    assert places_left(phone, site_url, TRIAL) == 2


def test_a_full_date_offers_the_waiting_list_with_javascript_off(site_url, new_tab, screenshot):
    phone = new_tab("phone", java_script_enabled=False)
    assert places_left(phone, site_url, WORKSHOP) == 0
    full = in_tajik("Full — join the waiting list")
    assert phone.locator(".places-left__count").first.inner_text() == full
    phone.goto(event_url(site_url, WORKSHOP) + "book/")
    assert full in phone.locator("label[for=id_date_0]").inner_text()
    fits_the_screen(phone)

    fill_the_form(phone, "Фарход Алиев", "farhod@example.tj")
    screenshot(phone, "booking-waiting-form-tg-360")
    phone.get_by_role("button", name=in_tajik("Book")).click()
    phone.wait_for_url("**/bookings/*/")
    assert phone.locator(".booking__status").inner_text() == in_tajik("On the waiting list")
    waiting = Booking.objects.get(email="farhod@example.tj")
    assert waiting.status == "waiting"
    assert phone.locator("h1").inner_text() == waiting.reference
    fits_the_screen(phone)
    screenshot(phone, "booking-waiting-tg-360")


def test_no_booking_page_has_a_serious_accessibility_violation_in_any_language(site_url, new_tab):
    """The form, the confirmation (the private page it leads to), the cancel question and
    the cancelled booking, in English, Russian and Tajik: axe-core finds nothing serious."""
    tab = new_tab("desktop", bypass_csp=True)
    trial = EventPage.objects.get(slug=TRIAL, locale__language_code="en")
    found = []
    for language in ("en", "ru", "tg"):
        event = trial.get_translation(Locale.objects.get(language_code=language))
        tab.goto(f"{site_url}{event.url}book/")
        assert tab.locator("html").get_attribute("lang") == language
        found += [f"{language} form: {line}" for line in serious_violations(tab)]
        fill_the_form(tab, "Aziz Karimov", f"aziz.{language}@example.org")
        tab.locator("main form button[type=submit]").first.click()
        tab.wait_for_url("**/bookings/*/")
        found += [f"{language} booking: {line}" for line in serious_violations(tab)]
        tab.locator("a[href$='/cancel/']").click()
        tab.wait_for_url("**/cancel/")
        found += [f"{language} cancel: {line}" for line in serious_violations(tab)]
        tab.locator("main form button[type=submit]").first.click()
        tab.wait_for_url(re.compile(r".*/bookings/[^/]+/$"))
        assert Booking.objects.get(email=f"aziz.{language}@example.org").status == "cancelled"
        found += [f"{language} cancelled: {line}" for line in serious_violations(tab)]
    assert not found, "\n".join(found)
