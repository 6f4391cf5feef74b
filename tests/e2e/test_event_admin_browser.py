"""A planner builds a weekly class with django-recurrence's widget, in Russian."""

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

import pytest

from events.models import EventIndexPage, EventPage
from tests.e2e.conftest import SCREENSHOTS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


@pytest.fixture
def planner_in_russian(desktop, sign_in):
    user = get_user_model().objects.create_superuser("planner", "planner@example.org", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    sign_in(desktop, "planner", PASSWORD)
    return desktop


def test_planner_builds_a_weekly_class_with_the_widget_in_russian(
    site_url, planner_in_russian, screenshot
):
    page = planner_in_russian
    index = EventIndexPage.objects.get(locale__language_code="ru")
    page.goto(f"{site_url}/admin/pages/add/events/eventpage/{index.pk}/")

    page.fill("#id_title", "Класс гитары")
    page.fill("#id_start", "2030-09-03 18:00")
    page.fill("#id_end", "2030-09-03 19:30")
    page.get_by_text("Добавить правило").click()
    widget = page.locator("div.recurrence-widget")
    assert widget.locator("select[name=freq] option:checked").inner_text() == "Еженедельно"
    widget.locator(".weekly td", has_text="Вт").click()
    widget.scroll_into_view_if_needed()
    screenshot(page, "admin-recurrence-ru-1280")
    page.locator("[data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name="Опубликовать").click()
    page.wait_for_url("**/admin/pages/*/")

    event = EventPage.objects.get(title="Класс гитары")
    (rule,) = event.recurrences.rrules
    assert (rule.freq, [day.number for day in rule.byday]) == (2, [1])  # weekly, Tuesday
    page.goto(f"{site_url}{event.url}")
    assert "по вторникам" in page.locator(".facts").inner_text()


@pytest.fixture
def planner_in_english(desktop, sign_in):
    user = get_user_model().objects.create_superuser("planner", "planner@example.org", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    sign_in(desktop, "planner", PASSWORD)
    return desktop


def test_the_widgets_checkboxes_are_full_size_and_their_labels_toggle_them(
    site_url, planner_in_english, screenshot
):
    page = planner_in_english
    index = EventIndexPage.objects.get(locale__language_code="en")
    page.goto(f"{site_url}/admin/pages/add/events/eventpage/{index.pk}/")
    page.get_by_text("Add rule").click()
    widget = page.locator("div.recurrence-widget")
    exclude = widget.locator("input[name=mode]")
    repeat_until = widget.locator("input[name=limit]")
    until_date = widget.locator("input[name=until_count][value=until]")
    count = widget.locator("input[name=until_count][value=count]")

    for field in [exclude, repeat_until, until_date, count]:
        box = field.bounding_box()
        assert box["width"] >= 16 and box["height"] >= 16, box

    def label_of(field_name, value=None):
        selector = f"input[name={field_name}]" + (f"[value={value}]" if value else "")
        return widget.locator(f"{selector} + .recurrence-label")

    assert "Exclude" in label_of("mode").inner_text()
    label_of("mode").click()
    assert exclude.is_checked()
    label_of("mode").click()
    assert not exclude.is_checked()

    assert label_of("limit").inner_text() == "Repeat until:"
    assert until_date.is_disabled()
    label_of("limit").click()
    assert repeat_until.is_checked() and until_date.is_enabled()
    label_of("until_count", "count").click()
    assert count.is_checked() and not until_date.is_checked()
    assert label_of("until_count", "until").inner_text() == "Date:"
    label_of("until_count", "until").click()
    assert until_date.is_checked() and not count.is_checked()

    widget.scroll_into_view_if_needed()
    widget.screenshot(path=str(SCREENSHOTS / "admin-recurrence-checkboxes-en.png"))
    screenshot(page, "admin-recurrence-en-1280")
