"""Events as a visitor finds them in a browser: the list, the month and an event."""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_events_list_and_month_on_a_phone(site_url, phone, screenshot):
    phone.goto(f"{site_url}/ru/sobytiya/")
    assert phone.locator("h1").inner_text() == "События"
    assert phone.locator(".occurrence").count() > 0
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "events-ru-360")

    phone.get_by_role("link", name="Календарь на месяц").click()
    phone.wait_for_url("**/ru/sobytiya/*/*/")
    assert phone.locator("table.calendar").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    # Each event of the month is a link a thumb can tap (44 px), not a line of text.
    heights = phone.locator(".calendar__events a").evaluate_all(
        "links => links.map(link => link.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 44
    screenshot(phone, "events-month-ru-360")


def test_an_event_found_in_the_month_calendar_goes_into_a_calendar_app(
    site_url, desktop, screenshot
):
    desktop.goto(f"{site_url}/en/events/")
    desktop.get_by_role("link", name="Month calendar").click()
    desktop.wait_for_url("**/en/events/*/*/")
    assert desktop.locator("table.calendar tbody tr").count() >= 4
    screenshot(desktop, "events-month-en-1280")

    desktop.locator("table.calendar a", has_text="Jazz Academy: ensemble class").first.click()
    desktop.wait_for_url("**/en/events/jazz-academy-ensemble-class/")
    assert desktop.locator("h1").inner_text() == "Jazz Academy: ensemble class"
    assert desktop.locator(".dates li").count() >= 2
    assert "Cancelled" in desktop.locator(".dates").inner_text()
    screenshot(desktop, "event-en-1280")

    with desktop.expect_download() as download:
        desktop.get_by_role("link", name="Add to calendar (.ics)").click()
    assert download.value.suggested_filename.endswith(".ics")
    calendar = Path(download.value.path()).read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "SUMMARY:Jazz Academy: ensemble class" in calendar
    assert "RRULE:FREQ=WEEKLY" in calendar


def test_festival_schedule_in_tajik(site_url, phone, screenshot):
    phone.goto(f"{site_url}/tg/chorabiniho/festivali-etno-jazi-dushanbe-2021/")
    assert phone.locator(".festival-day").count() == 3
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "festival-tg-360")


def test_on_a_phone_the_events_come_before_the_folded_filters_in_tajik(
    site_url, phone, desktop, screenshot
):
    phone.goto(f"{site_url}/tg/chorabiniho/")
    screenshot(phone, "events-tg-360")
    first_event = phone.locator(".occurrence").first
    toggle = phone.get_by_text("Филтри чорабиниҳо")
    # The filters are one button; the first event's time and title show on the first
    # screen (740 px high).
    assert toggle.is_visible()
    assert not phone.locator("#id_programme").is_visible()
    for part in (".occurrence__time time", ".occurrence__title a"):
        box = first_event.locator(part).bounding_box()
        assert box["y"] + box["height"] <= 740
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    toggle.click()
    assert phone.locator("#id_programme").is_visible()

    phone.get_by_role("link", name="Ҳамин рӯзҳои истироҳат").click()
    phone.wait_for_url("**/tg/chorabiniho/?when=weekend")
    assert not phone.locator("#id_programme").is_visible()
    screenshot(phone, "events-weekend-tg-360")

    # On a wide screen the filters show without a button.
    desktop.goto(f"{site_url}/tg/chorabiniho/")
    assert desktop.locator("#id_programme").is_visible()
    assert not desktop.get_by_text("Филтри чорабиниҳо").is_visible()


def test_the_festival_programme_leads_to_its_editions_in_tajik(site_url, phone, screenshot):
    from events.models import FestivalPage

    edition = FestivalPage.objects.live().get(locale__language_code="tg")
    phone.goto(f"{site_url}{edition.programme.get_translation(edition.locale).url}")
    assert phone.locator(".festival-day").count() == 3
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "festival-programme-tg-360")

    phone.locator("#festival-editions ~ ul a").first.click()
    phone.wait_for_url(f"**{edition.url}")
    assert phone.locator("h1").inner_text() == edition.title
