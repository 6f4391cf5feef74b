"""The dashboard, where staff land after signing in, tells Resource moderators how many
materials partners have sent that wait for them, since when, and opens the queue."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from resources import moderation
from resources.models import Resource
from tests.helpers import admin_language, soup
from tests.resources.account_helpers import partner
from tests.resources.conftest import staff
from tests.resources.test_moderation import submitted

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("wagtailadmin_home")


def panel(response):
    found = soup(response).select_one("#materials-waiting-section")
    return found and found.select_one(".w-panel__content")


def sent_on(material, day):
    Resource.objects.filter(pk=material.pk).update(
        created_at=timezone.make_aware(datetime.datetime(2026, 11, day, 9))
    )


@pytest.fixture
def contributor(centre):
    return partner(language="tg")


def test_a_moderator_sees_how_many_materials_wait_since_when_and_opens_the_queue(
    client, moderator, contributor
):
    sent_on(submitted(contributor, "First shared"), 20)
    sent_on(submitted(contributor, "Second shared", slug="second-shared"), 27)
    client.force_login(moderator)

    found = panel(client.get(DASHBOARD))

    assert found.p.get_text(" ", strip=True).startswith(
        "2 materials are waiting, the first since 20 Nov 2026 "
    )
    assert found.select_one("a")["href"] == reverse("resource_moderation")


def test_once_the_queue_is_empty_the_panel_says_so(client, moderator, contributor):
    material = submitted(contributor)
    moderation.approve(material, by=moderator)
    client.force_login(moderator)

    found = panel(client.get(DASHBOARD))

    assert found.get_text(" ", strip=True) == "No material is waiting for moderation."


@pytest.mark.parametrize("group", ["Communication editors", "Application reviewers"])
def test_staff_who_do_not_moderate_have_no_moderation_panel(client, contributor, group):
    submitted(contributor)
    client.force_login(staff(group, "someone"))

    assert panel(client.get(DASHBOARD)) is None


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("ru", "1 материал ждёт модерации с 20 ноября 2026 г. "),
        ("tg", "1 мавод аз 20 ноябри 2026 мунтазири модератсия аст."),
    ],
)
def test_the_panel_speaks_the_moderators_language(client, moderator, contributor, language, says):
    sent_on(submitted(contributor), 20)
    admin_language(moderator, language)
    client.force_login(moderator)

    found = panel(client.get(DASHBOARD))

    assert found.p.get_text(" ", strip=True).startswith(says)
