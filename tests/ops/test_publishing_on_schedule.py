"""What an editor schedules ("Set schedule" in the editor) happens at its time: the
process `make run` and `make serve` start beside the site publishes and unpublishes
(`manage.py publish_on_schedule`, Wagtail's `publish_scheduled` every minute)."""

import datetime
import subprocess
from pathlib import Path

from django.core.management import call_command
from django.utils import timezone

import pytest

from news.models import NewsIndexPage, NewsPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
HOUR = datetime.timedelta(hours=1)


def scheduled_news(title, **schedule):
    """A news item of the English news, published by an editor with a schedule."""
    index = NewsIndexPage.objects.get(locale__language_code="en")
    item = NewsPage(
        title=title, slug=title.lower().replace(" ", "-"), date="2026-12-07", live=False
    )
    index.add_child(instance=item)
    for name, value in schedule.items():
        setattr(item, name, value)
    item.save_revision().publish()
    return NewsPage.objects.get(pk=item.pk)


def news_titles(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    return soup(client.get(index.url)).get_text()


def test_a_news_item_scheduled_for_nine_goes_live_at_nine(client, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    item = scheduled_news("Festival line-up announced", go_live_at=timezone.now() + HOUR)

    assert not item.live
    assert client.get(item.get_url()).status_code == 404
    call_command("publish_on_schedule", "--once")  # not yet: nothing changes
    assert "Festival line-up announced" not in news_titles(client)

    time_machine.move_to(timezone.now() + 2 * HOUR, tick=False)
    call_command("publish_on_schedule", "--once")

    assert client.get(item.get_url()).status_code == 200
    assert "Festival line-up announced" in news_titles(client)


def test_a_news_item_with_an_expiry_is_taken_down_at_its_time(client, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    item = scheduled_news("Early-bird tickets", expire_at=timezone.now() + HOUR)
    assert client.get(item.get_url()).status_code == 200

    time_machine.move_to(timezone.now() + 2 * HOUR, tick=False)
    call_command("publish_on_schedule", "--once")

    assert client.get(item.get_url()).status_code == 404
    assert "Early-bird tickets" not in news_titles(client)


@pytest.mark.parametrize("target", ["run", "serve"])
def test_make_run_and_make_serve_start_the_schedule_beside_the_site(target):
    commands = subprocess.run(
        ["make", "--no-print-directory", "-n", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    assert "manage.py publish_on_schedule" in commands
