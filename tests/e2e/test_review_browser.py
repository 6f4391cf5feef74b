"""A reviewer whose admin speaks Tajik signs in, reads on the dashboard how many
applications of their call wait for their score, opens them from there, scores one and
goes on to the next from the message; axe-core finds no serious or critical violation on
the dashboard."""

import uuid

import pytest

from applications.enums import ApplicationStatus
from applications.models import Application, OpenCallPage
from tests.applications.conftest import member
from tests.e2e.test_accessibility import serious_violations
from tests.helpers import admin_language

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"  # noqa: S105 (a test account's)


@pytest.fixture
def festival_call(site_url):
    return OpenCallPage.objects.get(locale__language_code="en", reference_prefix="DEJF")


@pytest.fixture
def reviewer(festival_call):
    """A reviewer of the festival's call whose admin speaks Tajik."""
    user = member("Application reviewers", "nilufar", PASSWORD)
    admin_language(user, "tg")
    festival_call.reviewers.add(user)
    festival_call.save()
    return user


@pytest.fixture
def waiting(festival_call):
    """The call's applications under review (the demo's, and one more): their ids."""
    Application.objects.create(
        call=festival_call,
        call_key=festival_call.translation_key,
        reference=f"{festival_call.reference_prefix}-E2E1",
        name="Pamir Strings",
        email="pamir@example.org",
        status=ApplicationStatus.UNDER_REVIEW,
        submission_token=uuid.uuid4(),
    )
    under_review = Application.objects.filter(
        call_key=festival_call.translation_key, status=ApplicationStatus.UNDER_REVIEW
    )
    return set(under_review.values_list("pk", flat=True))


def opened_id(page):
    return int(page.url.rstrip("/").rsplit("/", 1)[1])


def test_a_reviewer_goes_from_the_dashboard_through_the_applications_to_score(
    site_url, new_tab, sign_in, screenshot, reviewer, waiting
):
    desktop = new_tab("desktop", bypass_csp=True)  # axe-core's script past the admin's CSP
    sign_in(desktop, "nilufar", PASSWORD)

    panel = desktop.locator("#applications-to-judge-section")
    unscored = panel.get_by_role("link", name="Бе баҳои шумо")
    assert unscored.inner_text().strip() == f"Бе баҳои шумо: {len(waiting)}"
    assert serious_violations(desktop) == []
    screenshot(desktop, "dashboard-reviewer-tg-1280")
    unscored.click()
    desktop.wait_for_url("**/admin/applications/?*status=under_review*")
    desktop.locator("#listing-results tbody tr td a").first.click()
    desktop.wait_for_url("**/admin/applications/inspect/*/")
    first = opened_id(desktop)

    for radio in desktop.locator("input[type=radio][value='4']").all():
        radio.check()
    desktop.get_by_role("button", name="Баҳои маро нигоҳ доштан").click()
    message = desktop.locator(".messages li")
    message.wait_for()
    assert message.inner_text().strip().startswith("Баҳои шумо нигоҳ дошта шуд.")
    message.get_by_role("link", name="Баҳо додан ба аризаи навбатӣ").click()
    desktop.wait_for_url("**/admin/applications/inspect/*/")
    second = opened_id(desktop)

    assert {first, second} <= waiting
    assert first != second
