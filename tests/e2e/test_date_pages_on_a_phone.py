"""A Festival planner on a phone (360 px), in Russian, reaches every column of a date's
pages: on the date's people, the tables wider than the screen scroll sideways in their
own box (the admin's main area hides what overflows it, so a wider table was cut), and
each "Снять бронь" and "Предложить место" can be swiped to and pressed; the dates list
likewise; the attendance list fits the screen, its "Пришли" column whole.

Swipes are the mouse wheel's (what a finger does: a box the user may not scroll stays
put), never Playwright's scrolling into view, which moves even a box that hides its
overflow."""

import time

from django.urls import reverse

import pytest

from bookings import workflow
from bookings.models import Booking, Registration
from bookings.staff import date_key
from tests.applications.conftest import member
from tests.bookings.conftest import booked, class_event, in_days
from tests.helpers import admin_language

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
WIDTH = 360

# Whether the element is on the screen and a tap on it lands on it, not on whatever
# hides it (at the middle of its first line: a link may wrap).
ON_SCREEN = """element => {
    const box = element.getBoundingClientRect();
    const line = element.getClientRects()[0];
    const hit = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    return box.left >= 0 && box.right <= window.innerWidth
        && box.top >= 0 && box.bottom <= window.innerHeight
        && hit !== null && element.contains(hit);
}"""


def full_class():
    """Two places, both booked; one person waiting."""
    event = class_event("Jazz trial lesson", "jazz-trial-lesson", in_days(2, hour=18))
    Registration.objects.create(event=event, capacity=2, waiting_list=True)
    for name in ("Азиз Каримов", "Шаҳло Раҳимова", "Farrukh Nazarov"):
        booked(event, name)
    return event


def russian_planner(sign_in, page):
    user = member("Festival planners", "door", PASSWORD)
    admin_language(user, "ru")
    sign_in(page, "door", PASSWORD)
    return user


def on_screen(element, wait=2.0):
    """Whether `element` comes on the screen within `wait` seconds (a swipe takes a
    moment to scroll)."""
    deadline = time.monotonic() + wait
    while not element.evaluate(ON_SCREEN):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def swipe_to(page, element, row):
    """Bring `element` (in `row` of a table) on the screen as a planner would: scroll the
    page down to it, then swipe the row to the left from its first cell."""
    page.mouse.move(WIDTH / 2, 300)
    page.mouse.wheel(0, element.bounding_box()["y"] - 300)
    page.wait_for_function(
        "element => element.getBoundingClientRect().top >= 0"
        " && element.getBoundingClientRect().bottom <= window.innerHeight",
        arg=element.element_handle(),
    )
    first = row.locator("td").first.bounding_box()
    page.mouse.move(first["x"] + first["width"] / 2, first["y"] + first["height"] / 2)
    page.mouse.wheel(1000, 0)
    return on_screen(element)


def test_every_action_of_a_dates_people_is_within_reach_on_a_phone(
    site_url, phone, sign_in, screenshot
):
    event = full_class()
    russian_planner(sign_in, phone)
    date_url = reverse("bookings_admin:date", args=[event.registration.pk, date_key(event.start)])

    phone.goto(f"{site_url}{date_url}")
    # The date's three buttons wrap one under another, each at the start of its line.
    starts = {
        round(button.bounding_box()["x"])
        for button in phone.locator(".booking-date__actions .button").all()
    }
    tops = {
        round(button.bounding_box()["y"])
        for button in phone.locator(".booking-date__actions .button").all()
    }
    assert len(tops) > 1 and len(starts) == 1, (starts, tops)
    rows = phone.locator(".booking-people__row")
    assert rows.count() == 3
    labels = []
    for number in range(rows.count()):
        phone.goto(f"{site_url}{date_url}")  # each swipe from the page as it opens
        row = rows.nth(number)
        for button in row.locator(".booking-people__action button").all():
            labels.append(button.inner_text())
            assert swipe_to(phone, button, row), (labels[-1], button.bounding_box())
    assert labels == ["Снять бронь", "Снять бронь", "Предложить место", "Снять бронь"]
    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH
    screenshot(phone, "admin-booking-date-ru-360-swiped")

    remove = phone.locator("#people-waiting .booking-people__action button").last
    box = remove.bounding_box()
    phone.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    phone.wait_for_selector(".booking-confirm__explanation")
    assert "Farrukh Nazarov" in phone.locator(".booking-confirm__explanation").inner_text()

    phone.goto(f"{site_url}{reverse('bookings_admin:dates')}")
    row = phone.locator(".booking-dates tbody tr").first
    link = row.get_by_role("link", name="Таблица всех дат (XLSX)")
    assert swipe_to(phone, link, row), link.bounding_box()
    screenshot(phone, "admin-booking-dates-ru-360-swiped")


def test_the_attendance_list_fits_a_phone_with_its_last_column_whole(
    site_url, phone, sign_in, screenshot
):
    event = full_class()
    user = russian_planner(sign_in, phone)
    workflow.mark_arrived(Booking.objects.get(name="Азиз Каримов"), by=user)
    url = reverse("bookings_admin:attendance", args=[event.registration.pk, date_key(event.start)])

    phone.goto(f"{site_url}{url}")

    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH
    cut = phone.evaluate(
        "[...document.querySelectorAll('th, td')]"
        ".filter(cell => cell.getBoundingClientRect().right > window.innerWidth)"
        ".map(cell => cell.textContent.trim())"
    )
    assert cut == []
    arrived = phone.locator("thead th").last
    assert arrived.inner_text() == "Пришли"
    assert on_screen(arrived, wait=0)
    tick = phone.locator(".attendance__row", has_text="Азиз Каримов").locator("td").last
    assert tick.inner_text() == "✓"
    assert on_screen(tick, wait=0)
    screenshot(phone, "admin-attendance-ru-360")
