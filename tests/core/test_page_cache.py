"""
Anonymous visitors get public pages from the cache; staff changes show at once; no
page with a form, a cookie or one person's data is ever cached or served to another.
"""

import datetime

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

import pytest
import redis

from applications.models import Application, OpenCallPage
from events.models import EventPage
from tests.helpers import REDIS_DB, page_at, redis_cache_settings, soup

pytestmark = pytest.mark.django_db


# Browsers revalidate every time; a shared cache may keep the page a minute.
PUBLIC = "public, max-age=0, must-revalidate, s-maxage=60"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def visit(client, url, **headers):
    return client.get(url, **headers)


def cached(client, url, django_assert_num_queries):
    """The page a second visitor gets, asserting it came from the cache (no query)."""
    visit(client, url)
    with django_assert_num_queries(0):
        response = visit(client, url)
    assert response["X-Page-Cache"] == "hit"
    return response


def test_the_second_visit_to_a_page_costs_no_query_and_shows_the_same_page(
    client, django_assert_num_queries
):
    first = visit(client, "/ru/")
    with django_assert_num_queries(0):
        second = visit(client, "/ru/")

    assert second.content == first.content
    assert second["Content-Language"] == "ru"
    assert second["Cache-Control"] == PUBLIC
    # What the middlewares below the cache add is cached with the page.
    assert "script-src 'self'" in second["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"
    assert second["X-Content-Type-Options"] == "nosniff"


def test_each_language_and_each_filter_is_cached_apart(client):
    visit(client, "/en/events/")
    visit(client, "/ru/")

    english = visit(client, "/en/")
    filtered = visit(client, "/en/events/?category=class")

    assert soup(english).html["lang"] == "en"
    assert filtered["X-Page-Cache"] == "miss"


def test_a_browser_that_has_the_page_gets_not_modified(client):
    etag = visit(client, "/en/news/")["ETag"]

    again = visit(client, "/en/news/", HTTP_IF_NONE_MATCH=etag)

    assert again.status_code == 304
    assert again.content == b""


def test_compressed_and_plain_copies_are_cached_apart(client):
    visit(client, "/en/", HTTP_ACCEPT_ENCODING="gzip, br")
    plain = visit(client, "/en/")
    compressed = visit(client, "/en/", HTTP_ACCEPT_ENCODING="gzip")

    assert "Content-Encoding" not in plain
    assert plain.content.startswith(b"<!DOCTYPE html>")
    assert compressed["Content-Encoding"] == "gzip"
    assert compressed["X-Page-Cache"] == "hit"


def publish_academy_as(title):
    programme = page_at("en", "programmes", "jazz-academy")
    programme.title = title
    programme.save_revision().publish()


def test_a_published_change_shows_at_once(client, django_assert_num_queries):
    cached(client, "/en/programmes/jazz-academy/", django_assert_num_queries)
    publish_academy_as("Jazz Academy 2027")

    response = visit(client, "/en/programmes/jazz-academy/")

    assert soup(response).h1.get_text(strip=True) == "Jazz Academy 2027"
    # The listing of programmes and the home page are new too.
    assert "Jazz Academy 2027" in visit(client, "/en/programmes/").content.decode()


def test_a_draft_is_not_shown_until_it_is_published(client, django_assert_num_queries):
    cached(client, "/en/programmes/jazz-academy/", django_assert_num_queries)
    programme = page_at("en", "programmes", "jazz-academy")
    programme.title = "Not yet"
    programme.save_revision()

    assert "Not yet" not in visit(client, "/en/programmes/jazz-academy/").content.decode()


def test_an_unpublished_page_is_gone_at_once(client, django_assert_num_queries):
    cached(client, "/en/programmes/jazz-academy/", django_assert_num_queries)

    page_at("en", "programmes", "jazz-academy").unpublish()

    assert visit(client, "/en/programmes/jazz-academy/").status_code == 404


def test_a_moved_page_sends_its_old_address_to_the_new_one_at_once(
    client, django_assert_num_queries
):
    cached(client, "/en/programmes/jazz-academy/", django_assert_num_queries)
    academy = page_at("en", "programmes", "jazz-academy")

    academy.move(Page.objects.get(depth=2, locale__language_code="en"), pos="last-child")

    old = visit(client, "/en/programmes/jazz-academy/")
    assert old.status_code == 301
    assert old["Location"] == "/en/jazz-academy/"
    assert visit(client, "/en/jazz-academy/").status_code == 200


def test_a_deleted_page_is_gone_at_once(client, django_assert_num_queries):
    cached(client, "/en/programmes/jazz-academy/", django_assert_num_queries)
    academy = page_at("en", "programmes", "jazz-academy")
    for call in academy.get_descendants():  # its open calls keep their applications
        Application.objects.filter(call=call).delete()

    academy.delete()

    assert visit(client, "/en/programmes/jazz-academy/").status_code == 404


def test_a_changed_venue_shows_on_its_events_at_once(client, django_assert_num_queries):
    event = EventPage.objects.live().filter(locale__language_code="en", venue__isnull=False)[0]
    cached(client, event.url, django_assert_num_queries)

    event.venue.name = "Rudaki Park open-air stage"
    event.venue.save()

    assert "Rudaki Park open-air stage" in visit(client, event.url).content.decode()


def test_staff_never_get_a_cached_page_nor_leave_theirs_in_the_cache(
    client, django_assert_num_queries
):
    cached(client, "/en/", django_assert_num_queries)
    staff = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 16)
    client.force_login(staff)

    as_staff = visit(client, "/en/")

    assert "X-Page-Cache" not in as_staff
    assert "private" in as_staff["Cache-Control"]
    client.logout()
    as_visitor = visit(client, "/en/")
    assert as_visitor["X-Page-Cache"] == "hit"
    assert b"wagtail-userbar" not in as_visitor.content


def test_a_visitor_with_a_waiting_message_is_not_served_from_the_cache(client):
    visit(client, "/en/")
    client.cookies["messages"] = "something to show"

    assert "X-Page-Cache" not in visit(client, "/en/")


def test_a_form_page_is_never_cached_and_each_visitor_gets_their_own_token():
    url = "/en/programmes/bobs-music-award/apply/"
    first, second = Client(), Client()

    first_visit = first.get(url)
    second_visit = second.get(url)

    assert "X-Page-Cache" not in second_visit
    assert "private" in second_visit["Cache-Control"]
    assert "csrftoken" in second_visit.cookies
    tokens = [
        soup(response).select_one("input[name=csrfmiddlewaretoken]")["value"]
        for response in (first_visit, second_visit)
    ]
    assert tokens[0] != tokens[1]


def test_the_applicants_status_page_is_never_cached(client):
    application = Application.objects.first()
    url = reverse("applications:status", args=[application.status_token])

    visit(client, url)
    again = visit(client, url)

    assert "X-Page-Cache" not in again
    assert again["Cache-Control"] == "private, no-store"


def test_the_admin_is_never_public(client):
    response = visit(client, "/admin/login/")

    assert "X-Page-Cache" not in response
    assert "public" not in response["Cache-Control"]


def test_a_missing_page_is_not_cached(client):
    visit(client, "/en/no-such-page/")
    again = visit(client, "/en/no-such-page/")

    assert again.status_code == 404
    assert "X-Page-Cache" not in again


def test_redis_caches_pages_for_every_worker_and_drops_them_on_publish(
    client, settings, django_assert_num_queries
):
    redis_cache = redis_cache_settings()
    prefix = redis_cache["KEY_PREFIX"]
    settings.CACHES = {**settings.CACHES, "default": redis_cache}
    from django.core.cache import cache

    cache.clear()
    try:
        cached(client, "/en/programmes/jazz-academy/", django_assert_num_queries)
        publish_academy_as("Jazz Academy on Redis")

        response = visit(client, "/en/programmes/jazz-academy/")
        assert soup(response).h1.get_text(strip=True) == "Jazz Academy on Redis"
        assert redis.Redis(db=REDIS_DB).keys(f"{prefix}:*page-cache:*")
    finally:
        cache.clear()


def test_a_call_page_is_cached_no_longer_than_until_the_call_opens(client, time_machine):
    time_machine.move_to(timezone.now())
    call = OpenCallPage.objects.get(locale__language_code="en", reference_prefix="BMA")
    call.opens_at = timezone.now() + datetime.timedelta(seconds=3)
    call.save_revision().publish()
    assert soup(visit(client, call.url)).select_one("form[method=post]") is None
    assert visit(client, call.url)["X-Page-Cache"] == "hit"

    time_machine.shift(3.5)

    assert soup(visit(client, call.url)).select_one("form[method=post]") is not None


def test_pages_are_cached_with_staff_two_factor_on_as_in_production(
    client, settings, django_assert_num_queries
):
    # The second factor's check of restricted pages must not read a visitor's session
    # on a public page: that would make every page vary with cookies, never cached.
    settings.STAFF_TWO_FACTOR = True

    first = visit(client, "/en/")
    second = cached(client, "/en/", django_assert_num_queries)

    assert "Cookie" not in first.get("Vary", "")
    assert second["Cache-Control"] == PUBLIC
