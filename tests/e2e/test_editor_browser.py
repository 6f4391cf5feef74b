"""An editor signs in to the admin, edits a page and publishes it; visitors see the change."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Page

import pytest

from home.models import StandardPage

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-editor-password"
NEW_SUMMARY = "Open Monday to Saturday, from 10:00 to 19:00."


@pytest.fixture
def editor():
    """A communication editor: the admin, and editing and publishing pages, nothing more."""
    # Browser tests empty the database between tests, the groups a migration made
    # included: the group is made again if need be, with that migration's page permissions.
    group, _created = Group.objects.get_or_create(name="Communication editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=Page.get_first_root_node(),
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    user.groups.add(group)
    return user


def test_an_editor_publishes_an_edited_page_and_visitors_see_it(
    site_url, desktop, sign_in, editor, screenshot
):
    contact = StandardPage.objects.get(locale__language_code="en", slug="contact")
    sign_in(desktop, "editor", PASSWORD)

    desktop.goto(f"{site_url}/admin/pages/{contact.pk}/edit/")
    desktop.get_by_role("textbox", name="Summary").fill(NEW_SUMMARY)
    desktop.locator("[data-w-dropdown-target='toggle']").last.click()
    desktop.get_by_role("button", name="Publish").click()
    desktop.wait_for_url(f"{site_url}/admin/pages/{contact.get_parent().pk}/")
    screenshot(desktop, "admin-published-1280")

    desktop.goto(f"{site_url}{contact.url}")
    assert desktop.locator(".lead").inner_text() == NEW_SUMMARY
