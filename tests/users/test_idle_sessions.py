"""A staff session ends SESSION_COOKIE_AGE after the last visit; each visit moves the end."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
AGE = datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE)
REFRESH = datetime.timedelta(seconds=settings.SESSION_REFRESH_SECONDS)


class Clock:
    """Django's clock (sessions, their end in the database), moved by the test."""

    def __init__(self, monkeypatch):
        self.now = timezone.now()
        monkeypatch.setattr(timezone, "now", lambda: self.now)

    def wait(self, **duration):
        self.now += datetime.timedelta(**duration)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def staff(client, clock):
    user = get_user_model().objects.create_superuser("gulnora", "g@example.org", "pw-1234567890")
    client.force_login(user)
    return client


def session_end(client):
    return Session.objects.get(session_key=client.session.session_key).expire_date


def signed_in(client):
    response = client.get(ADMIN)
    if response.status_code == 302:
        assert response["Location"].startswith("/admin/login/")
        return False
    assert response.status_code == 200
    return True


def test_a_session_ends_after_the_cookie_age_without_a_visit(staff, clock):
    assert signed_in(staff)

    clock.wait(seconds=AGE.total_seconds() + 1)

    assert not signed_in(staff)


def test_each_visit_moves_the_end_so_a_working_day_of_visits_stays_signed_in(staff, clock):
    for _hour in range(12):  # longer than SESSION_COOKIE_AGE (8 hours) in all
        assert signed_in(staff)
        assert session_end(staff) == clock.now + AGE
        clock.wait(hours=1)

    assert signed_in(staff)


def test_the_end_moves_at_most_once_a_minute_and_never_past_the_age_after_the_last_visit(
    staff, clock
):
    signed_in(staff)
    saved_end = session_end(staff)
    clock.wait(seconds=REFRESH.total_seconds() - 1)

    with CaptureQueriesContext(connection) as captured:
        assert signed_in(staff)  # the last visit

    assert session_end(staff) == saved_end  # not saved again within the minute...
    assert not [q for q in captured if q["sql"].startswith("UPDATE")]
    last_visit = clock.now
    assert last_visit + AGE - REFRESH < saved_end <= last_visit + AGE  # ...a minute sooner at most
    clock.wait(seconds=AGE.total_seconds())
    assert not signed_in(staff)  # SESSION_COOKIE_AGE after the last visit, it has ended


def test_a_refreshed_session_sends_its_cookie_again_with_the_full_age(staff, clock):
    signed_in(staff)
    clock.wait(seconds=REFRESH.total_seconds())

    response = staff.get(ADMIN)

    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == settings.SESSION_COOKIE_AGE
    assert staff.get(ADMIN).cookies.get(settings.SESSION_COOKIE_NAME) is None  # not at once


def test_visitors_without_a_session_are_given_none(client):
    response = client.get("/en/")

    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert not Session.objects.exists()
