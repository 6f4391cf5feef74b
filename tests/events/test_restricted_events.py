"""Events staff restrict (a login, a password, groups; on them or above) stay out of
everything public: the lists, the calendars, the feeds and the .ics files."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from events.models import EventIndexPage, EventPage, FestivalPage
from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db

SECRET = "Members-only rehearsal"
OPEN = "Open rehearsal"


def publish(parent, **fields):
    event = EventPage(**fields)
    parent.add_child(instance=event)
    event.save_revision().publish()
    return event


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="sesame" if kind == "password" else ""
    )
    if kind == "groups":
        restriction.groups.set([Group.objects.get_or_create(name="Members")[0]])
    return restriction


@pytest.fixture
def index():
    return EventIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def jazz():
    return ProgrammePage.objects.get(locale__language_code="en", slug="jazz-academy")


@pytest.fixture
def now():
    return timezone.now().replace(second=0, microsecond=0)


@pytest.fixture(params=["login", "password", "groups"])
def kind(request):
    return request.param


@pytest.fixture
def secret_and_open(index, jazz, now, kind):
    """Two events of the Jazz Academy going on now, the first before anything else:
    one restricted, one open to all."""
    # Started long ago and going on: first of the next dates on home and the programme.
    start, end = now - datetime.timedelta(hours=20), now + datetime.timedelta(hours=3)
    secret = publish(
        index,
        title=SECRET,
        slug="members-rehearsal",
        summary="Behind closed doors.",
        programme=jazz,
        start=start,
        end=end,
    )
    publish(index, title=OPEN, slug="open-rehearsal", programme=jazz, start=start, end=end)
    restrict(secret, kind)
    return secret


def month_url(index, now):
    day = timezone.localdate(now)
    return f"{index.url}{day.year}/{day.month:02d}/"


PLACES = {
    "home": lambda index, jazz, now: "/en/",
    "events list": lambda index, jazz, now: index.url,
    "month calendar": lambda index, jazz, now: month_url(index, now),
    "programme page": lambda index, jazz, now: jazz.url,
    "feed.ics": lambda index, jazz, now: f"{index.url}feed.ics",
    "programme .ics": lambda index, jazz, now: jazz.url.rstrip("/") + ".ics",
}


@pytest.mark.parametrize("place", list(PLACES))
def test_a_restricted_event_is_listed_nowhere(client, index, jazz, now, secret_and_open, place):
    response = client.get(PLACES[place](index, jazz, now))

    assert response.status_code == 200
    text = response.content.decode()
    assert OPEN in text
    assert SECRET not in text
    assert "Behind closed doors" not in text


def test_the_ics_of_a_restricted_event_answers_as_its_page(client, secret_and_open, kind):
    page = client.get(secret_and_open.url)
    ics = client.get(secret_and_open.url.rstrip("/") + ".ics")

    assert SECRET.encode() not in ics.content
    if kind == "password":
        assert page.status_code == 200 and b'name="password"' in page.content  # its form
        assert ics.status_code == 404
    else:
        assert page.status_code == ics.status_code == 302
        login_page, back_to = ics["Location"].split("?")
        assert login_page == page["Location"].split("?")[0]  # the site's login page
        assert back_to == "next=/en/events/members-rehearsal.ics"


def test_a_member_signed_in_gets_the_ics_of_a_login_restricted_event(client, index, now):
    event = publish(index, title=SECRET, slug="members-rehearsal", start=now)
    restrict(event, "login")
    client.force_login(get_user_model().objects.create_user("member", password="x" * 16))

    response = client.get(event.url.rstrip("/") + ".ics")

    assert response.status_code == 200
    assert SECRET.encode() in response.content
    assert "no-store" in response["Cache-Control"]


@pytest.fixture
def festival_with_a_private_event(now):
    festival = FestivalPage.objects.get(locale__language_code="en")
    start = now + datetime.timedelta(days=3)
    secret = publish(festival, title=SECRET, slug="members-jam", start=start)
    publish(festival, title=OPEN, slug="open-jam", start=start)
    restrict(secret, "login")
    return festival


def test_a_festival_shows_and_exports_only_its_public_events(client, festival_with_a_private_event):
    festival = festival_with_a_private_event

    for url in [festival.url, festival.url.rstrip("/") + ".ics"]:
        text = client.get(url).content.decode()
        assert OPEN in text
        assert SECRET not in text


def test_the_events_of_a_restricted_festival_are_private_too(client, index, now):
    festival = FestivalPage(title="Closed edition", slug="closed-edition")
    index.add_child(instance=festival)
    festival.save_revision().publish()
    publish(festival, title=SECRET, slug="inside-jam", start=now + datetime.timedelta(hours=1))
    restrict(festival, "login")

    festival_ics = client.get(festival.url.rstrip("/") + ".ics")
    event_ics = client.get(f"{festival.url}inside-jam.ics")

    assert festival_ics.status_code == event_ics.status_code == 302
    for url in ["/en/", index.url, month_url(index, now), f"{index.url}feed.ics"]:
        assert SECRET not in client.get(url).content.decode()


def test_restrictions_inside_one_another_and_side_by_side(client, index, now):
    soon = now + datetime.timedelta(hours=1)
    festival = FestivalPage(title="Closed edition", slug="closed-edition")
    index.add_child(instance=festival)
    festival.save_revision().publish()
    inside = publish(festival, title=SECRET, slug="inside-jam", start=soon)
    beside = publish(index, title="Board meeting", slug="board-meeting", start=soon)
    publish(index, title=OPEN, slug="open-rehearsal", start=soon)
    restrict(festival, "login")
    restrict(inside, "groups")
    restrict(beside, "password")

    for url in ["/en/", index.url, month_url(index, now), f"{index.url}feed.ics"]:
        text = client.get(url).content.decode()
        assert OPEN in text
        assert SECRET not in text
        assert "Board meeting" not in text


@pytest.mark.parametrize("place", list(PLACES))
def test_a_restriction_and_its_removal_show_at_once(client, index, jazz, now, place):
    start, end = now - datetime.timedelta(hours=20), now + datetime.timedelta(hours=3)
    event = publish(index, title=SECRET, slug="rehearsal", programme=jazz, start=start, end=end)
    url = PLACES[place](index, jazz, now)
    assert SECRET in client.get(url).content.decode()

    restriction = restrict(event, "login")
    assert SECRET not in client.get(url).content.decode()

    restriction.delete()
    assert SECRET in client.get(url).content.decode()
