"""
Every public page type in each language: axe-core (node_modules, installed by
`make test`) finds no serious or critical violation, and a screenshot of each at
360 px and 1280 px is written to .local/screenshots/pages/.
"""

from pathlib import Path

from django.utils import timezone

from wagtail.models import Locale

import pytest

from applications.models import OpenCallPage
from events.models import EventIndexPage, EventPage, FestivalPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from projects.models import ProjectIndexPage, ProjectPage
from tests.e2e.conftest import SCREENSHOTS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PAGES = SCREENSHOTS / "pages"


def addresses(language):
    """(page type, path) of one page of each public type in `language`, from the demo site."""
    locale = Locale.objects.get(language_code=language)

    def first(model, **filters):
        return model.objects.live().filter(locale=locale, **filters).order_by("path").first()

    events = first(EventIndexPage).url
    now = timezone.localtime()
    programme = first(ProgrammePage)
    return [
        ("home", first(HomePage).url),
        ("programme-index", first(ProgrammeIndexPage).url),
        ("programme", programme.url),
        ("project-index", first(ProjectIndexPage).url),
        ("project", first(ProjectPage).url),
        ("news-index", first(NewsIndexPage).url),
        ("news", first(NewsPage).url),
        ("events", events),
        ("month", f"{events}{now.year}/{now.month}/"),
        ("event", first(EventPage).url),
        ("festival", first(FestivalPage).url),
        ("open-call", first(OpenCallPage, opens_at__lte=now, closes_at__gt=now).url),
        ("search", f"/{language}/search/?q={programme.title}"),
        ("standard", first(StandardPage).url),
        ("404", f"/{language}/no-such-page/"),
    ]


def serious_violations(page):
    """What axe-core finds of impact serious or critical, one readable line per element."""
    page.wait_for_load_state()
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        "async () => (await axe.run({resultTypes: ['violations']})).violations"
    )
    return [
        f"{violation['id']} ({violation['impact']}) at {node['target']}: {violation['help']}"
        for violation in violations
        if violation["impact"] in ("serious", "critical")
        for node in violation["nodes"]
    ]


@pytest.fixture
def axe_desktop(new_tab):
    """A desktop tab that lets axe-core's script (injected inline) in past the site's CSP."""
    return new_tab("desktop", bypass_csp=True)


def visit(tab, site_url, path, expected_status):
    response = tab.goto(f"{site_url}{path}")
    assert response.status == expected_status, path
    # Nothing sticks out sideways, at either width.
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"], path


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_no_page_type_has_a_serious_accessibility_violation_in_any_language(
    site_url, phone, axe_desktop, language
):
    # One test per language, so that parallel workers share them out.
    # axe-core runs at 1280 px only: its rules read the markup, which is the same at
    # 360 px, and running it twice would double the test's time.
    PAGES.mkdir(parents=True, exist_ok=True)
    found = []
    for page_type, path in addresses(language):
        status = 404 if page_type == "404" else 200
        visit(phone, site_url, path, status)
        phone.screenshot(path=str(PAGES / f"{page_type}-{language}-360.png"), full_page=True)
        visit(axe_desktop, site_url, path, status)
        assert axe_desktop.locator("html").get_attribute("lang") == language, path
        axe_desktop.screenshot(path=str(PAGES / f"{page_type}-{language}-1280.png"), full_page=True)
        found += [f"{language} {path}: {line}" for line in serious_violations(axe_desktop)]

    assert not found, "\n".join(found)
