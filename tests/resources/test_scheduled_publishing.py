"""Staff set a material to appear (or to leave the catalogue) at a time, as pages can:
"Set schedule" on the material's form, carried out by `manage.py publish_on_schedule`."""

import datetime

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from resources.models import Resource
from tests.helpers import soup
from tests.resources.conftest import a_material, material_data, staff

pytestmark = pytest.mark.django_db

CATALOGUE = "/en/resources/"
HOUR = datetime.timedelta(hours=1)


def titles(client):
    page = soup(client.get(CATALOGUE))
    return [a.get_text(strip=True) for a in page.select(".material-card .card__title a")]


def test_the_material_form_offers_a_schedule(client, centre):
    client.force_login(staff("Communication editors", "editor"))
    material = a_material("Budget hearings")

    form = soup(client.get(reverse("wagtailsnippets_resources_resource:edit", args=[material.pk])))

    # The schedule's dialog is a <template> until opened (where CSS selectors do not look).
    assert form.find("input", attrs={"name": "go_live_at"}) is not None
    assert form.find("input", attrs={"name": "expire_at"}) is not None


def test_a_material_scheduled_for_tomorrow_is_listed_from_tomorrow(client, centre, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    material = a_material("Budget hearings", live=False)
    material.go_live_at = timezone.now() + HOUR
    material.save_revision().publish()

    assert not Resource.objects.get(pk=material.pk).live
    assert "Budget hearings" not in titles(client)

    time_machine.move_to(timezone.now() + 2 * HOUR, tick=False)
    call_command("publish_on_schedule", "--once")

    assert "Budget hearings" in titles(client)


def test_a_material_leaves_the_catalogue_when_it_expires(client, centre, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    material = a_material("Budget hearings")
    material.expire_at = timezone.now() + HOUR
    material.save_revision().publish()
    assert "Budget hearings" in titles(client)

    time_machine.move_to(timezone.now() + 2 * HOUR, tick=False)
    call_command("publish_on_schedule", "--once")

    assert "Budget hearings" not in titles(client)


def test_a_change_scheduled_for_a_material_published_without_a_revision_leaves_it_listed(
    client, centre, time_machine
):
    """A material the demo, an import or an approved upload made live has no revision
    yet; scheduling a change to it through the admin keeps the published version in
    the catalogue until the change's time."""
    time_machine.move_to(timezone.now(), tick=False)
    material = a_material("Budget hearings")
    client.force_login(staff("Communication editors", "editor"))
    visitor = Client()
    at = timezone.localtime(timezone.now() + HOUR)

    response = client.post(
        reverse("wagtailsnippets_resources_resource:edit", args=[material.pk]),
        material_data(title="Budget hearings: the 2027 edition", go_live_at=f"{at:%Y-%m-%d %H:%M}"),
    )

    assert response.status_code == 302
    assert titles(visitor) == ["Budget hearings"]
    time_machine.move_to(timezone.now() + 2 * HOUR, tick=False)
    call_command("publish_on_schedule", "--once")
    assert titles(visitor) == ["Budget hearings: the 2027 edition"]
