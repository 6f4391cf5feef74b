"""An editor previews each kind of page in the admin's preview panel, with the changes
typed into the form and not yet saved."""

import pytest

from events.models import EventPage
from home.models import HomePage
from news.models import NewsPage
from programmes.models import ProgrammePage
from projects.models import ProjectPage
from tests.e2e.test_editor_browser import PASSWORD, editor  # noqa: F401

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def english(model, **filters):
    return model.objects.filter(locale__language_code="en", **filters).order_by("path").first()


# Each kind of page, found by what makes its preview differ (tags, themes and partners,
# chosen programmes, dates): its model, what finds it, the field whose text heads it.
PAGES = {
    "home": (HomePage, {}, "#id_hero_heading"),
    "news item with tags": (NewsPage, {"tag_links__isnull": False}, "#id_title"),
    "project with partners": (ProjectPage, {"partners__isnull": False}, "#id_title"),
    "one-off event": (EventPage, {"slug": "festival-2021-opening-concert"}, "#id_title"),
    "weekly class": (EventPage, {"slug": "jazz-academy-ensemble-class"}, "#id_title"),
    "programme": (ProgrammePage, {}, "#id_title"),
}


@pytest.mark.parametrize("kind", PAGES)
def test_the_preview_shows_the_page_with_the_unsaved_changes(
    site_url,
    desktop,
    sign_in,
    editor,  # noqa: F811 (the fixture, made once the demo's pages are there)
    screenshot,
    kind,
):
    model, filters, heading_field = PAGES[kind]
    page = english(model, **filters)
    sign_in(desktop, "editor", PASSWORD)
    desktop.goto(f"{site_url}/admin/pages/{page.pk}/edit/")
    heading = desktop.locator(heading_field).input_value() + " (draft)"
    desktop.fill(heading_field, heading)

    desktop.locator('[data-side-panel-toggle="preview"]').click()

    preview = desktop.frame_locator("iframe[data-w-preview-target='iframe']").first
    assert preview.locator("h1").first.inner_text(timeout=15_000) == heading
    screenshot(desktop, f"preview-{kind.replace(' ', '-')}-1280")
