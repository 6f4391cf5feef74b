"""Who chooses a call's reviewers and its notification address: planners, among reviewers."""

import datetime

from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from applications.models import OpenCallPage
from programmes.models import ProgrammePage
from tests.applications.conftest import as_user, member
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def call(people):
    """A call with no questions yet, reviewed by the `reviewer`, under a demo programme."""
    programme = ProgrammePage.objects.filter(locale__language_code="en").first()
    opens = timezone.now() + datetime.timedelta(days=30)
    call = programme.add_child(
        instance=OpenCallPage(
            title="Residency 2031",
            slug="residency-2031",
            opens_at=opens,
            closes_at=opens + datetime.timedelta(days=30),
            reference_prefix="RES",
            notification_email="residency@example.org",
        )
    )
    call.reviewers.add(people["reviewer"])
    call.save_revision().publish()
    return call


def edit_url(call):
    return reverse("wagtailadmin_pages:edit", args=[call.pk])


def form_data(call, reviewers=(), **fields):
    """The edit form as a browser posts it; `reviewers` as a multiple choice field sends them."""
    return {
        "reviewers": [user.pk for user in reviewers],
        **nested_form_data(
            {
                "action-publish": "publish",
                "title": call.title,
                "slug": call.slug,
                "summary": "",
                "intro": rich_text("<p>Two months in Dushanbe.</p>"),
                "opens_at": "2031-03-01 09:00",
                "closes_at": "2031-04-01 18:00",
                "reference_prefix": "RES",
                "eligibility": rich_text("<p>Artists.</p>"),
                "what_to_submit": rich_text("<p>A portfolio.</p>"),
                "questions": streamfield([]),
                "confirmation_message": rich_text("<p>Thank you.</p>"),
                "criteria": streamfield([]),
                **fields,
            }
        ),
    }


def offered_reviewers(response):
    fields = soup(response).select('[name="reviewers"] option, input[name="reviewers"]')
    return {int(field["value"]) for field in fields}


def test_editors_do_not_see_who_reviews_a_call_or_where_applications_are_announced(
    client, people, call
):
    response = as_user(client, people["editor"]).get(edit_url(call))

    assert response.status_code == 200
    page = soup(response)
    assert page.select('[name="reviewers"]') == []
    assert page.select('[name="notification_email"]') == []
    assert page.select('[name="reference_prefix"]')  # the rest of the call is theirs


def test_an_editors_post_does_not_change_the_reviewers_or_the_address(client, people, call):
    response = as_user(client, people["editor"]).post(
        edit_url(call),
        form_data(
            call,
            title="Residency 2031 (updated)",
            reviewers=[people["editor"], people["other_reviewer"]],
            notification_email="editor@example.org",
        ),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    call = OpenCallPage.objects.get(pk=call.pk)
    assert call.title == "Residency 2031 (updated)"  # the edit itself went through
    assert list(call.reviewers.all()) == [people["reviewer"]]
    assert call.notification_email == "residency@example.org"


def test_planners_choose_reviewers_among_active_members_of_the_reviewers_group(
    client, people, call
):
    retired = member("Application reviewers", "retired_reviewer")
    retired.is_active = False
    retired.save()
    planner = as_user(client, people["planner"])

    form = planner.get(edit_url(call))

    assert offered_reviewers(form) == {people["reviewer"].pk, people["other_reviewer"].pk}
    assert soup(form).select('[name="notification_email"]')

    refused = planner.post(edit_url(call), form_data(call, reviewers=[people["editor"]]))
    assert refused.status_code == 200  # the form again, with the error
    assert list(OpenCallPage.objects.get(pk=call.pk).reviewers.all()) == [people["reviewer"]]

    chosen = planner.post(
        edit_url(call),
        form_data(
            call, reviewers=[people["other_reviewer"]], notification_email="jury@example.org"
        ),
    )
    assert chosen.status_code == 302, chosen.content.decode()[:2000]
    call = OpenCallPage.objects.get(pk=call.pk)
    assert list(call.reviewers.all()) == [people["other_reviewer"]]
    assert call.notification_email == "jury@example.org"


def test_planners_tick_reviewers_by_name(client, people, call):
    reviewer = people["reviewer"]
    reviewer.first_name, reviewer.last_name = "Malika", "Sharipova"
    reviewer.save()

    page = soup(as_user(client, people["planner"]).get(edit_url(call)))

    assert page.select('select[name="reviewers"]') == []
    labels = [
        page.find("label", attrs={"for": box["id"]}).get_text(strip=True)
        for box in page.select('input[type=checkbox][name="reviewers"]')
    ]
    # Those without a name by their sign-in name, then by name.
    assert labels == ["other_reviewer", f"Malika Sharipova ({reviewer.username})"]
