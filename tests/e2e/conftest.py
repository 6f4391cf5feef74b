"""
Browser tests: Debian's Chromium (/usr/bin/chromium, installed by `make test`)
driven by Playwright against a live server. Screenshots land in .local/screenshots/.
"""

import os
import threading
import time
from pathlib import Path

from django.core.cache import cache
from django.core.signals import request_finished, request_started

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / ".local" / "screenshots"
SCREENS = {
    "phone": {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 1},
    "desktop": {"viewport": {"width": 1280, "height": 800}},
}


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # fixtures make here are still plain synchronous calls.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


class RequestsBeingAnswered:
    """The requests the live server (a thread of this process) has started and not yet
    finished, counted through Django's request signals."""

    def __init__(self):
        self.count = 0
        self.last_change = time.monotonic()
        self.lock = threading.Lock()

    def started(self, **kwargs):
        with self.lock:
            self.count += 1
            self.last_change = time.monotonic()

    def finished(self, **kwargs):
        with self.lock:
            self.count -= 1
            self.last_change = time.monotonic()

    def wait_until_quiet(self, quiet=0.2, limit=10):
        """Until none has run for `quiet` seconds: a tab being closed can still send one
        (an admin edit page releases its editing session as it unloads), and the server
        may have accepted it without Django having started it yet."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            with self.lock:
                if self.count == 0 and time.monotonic() - self.last_change >= quiet:
                    return
            time.sleep(0.01)


@pytest.fixture
def site_url(live_server, demo_database):
    """The live server with the demo site. After the test (its tabs closed first, see
    `new_tab`), it waits for the requests the browser left running before the database
    is emptied: a request still reading would deadlock with the emptying on PostgreSQL,
    and on SQLite (whose in-memory database the server shares) it makes the emptying
    fail with "database table is locked"."""
    cache.clear()
    requests = RequestsBeingAnswered()
    request_started.connect(requests.started)
    request_finished.connect(requests.finished)
    yield live_server.url
    requests.wait_until_quiet()
    request_started.disconnect(requests.started)
    request_finished.disconnect(requests.finished)


@pytest.fixture
def new_tab(browser, site_url):
    """Opens a tab in a browser context of its own: `new_tab("phone", bypass_csp=True)`.
    The contexts close after the test and before `site_url` waits for the server."""
    contexts = []

    def open_tab(screen, **options):
        context = browser.new_context(**{**SCREENS[screen], **options})
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


@pytest.fixture
def phone(new_tab):
    return new_tab("phone")


@pytest.fixture
def desktop(new_tab):
    return new_tab("desktop")


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture
def sign_in(site_url):
    """Sign a member of staff in through the admin's login page, as they do."""

    def sign_in_as(page, username, password):
        page.goto(f"{site_url}/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.locator("form button[type=submit]").first.click()
        page.wait_for_url(f"{site_url}/admin/")

    return sign_in_as
