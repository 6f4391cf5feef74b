"""
Each staff group reaches the admin pages its job needs, and no other: a walk through the
table in README.md ("Staff groups"). A user in one group only signs in and opens each
address; "yes" must answer 200, "no" must refuse (403, or Wagtail's redirect away with
a message). Change this table and the README's together.
"""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.admin.menu import admin_menu, reports_menu
from wagtail.models import Page

import pytest

from applications.models import Application, OpenCallPage
from bookings.models import Booking, Registration
from events.models import EventPage
from people.models import Person
from resources.models import PartnerAccount, Resource

pytestmark = pytest.mark.django_db

GROUPS = {
    "editor": "Communication editors",
    "planner": "Festival planners",
    "reviewer": "Application reviewers",
    "moderator": "Resource moderators",
}
YES, NO = "yes", "no"

# Where, then what each of editor, planner, reviewer and moderator gets.
WALK = [
    ("dashboard", YES, YES, YES, YES),
    ("page explorer", YES, YES, NO, NO),
    ("edit an event page", YES, YES, NO, NO),
    ("translate a page", YES, YES, NO, NO),
    ("images", YES, YES, NO, NO),
    ("documents", YES, YES, NO, NO),
    ("footer snippets", YES, NO, NO, NO),
    ("people snippets", YES, YES, NO, NO),
    ("organisation snippets", YES, NO, NO, NO),
    ("project theme snippets", YES, NO, NO, NO),
    ("translate a person", YES, YES, NO, NO),
    ("events listing", YES, YES, NO, NO),
    ("venues", NO, YES, NO, NO),
    ("applications", NO, YES, YES, NO),
    ("an application to a call the reviewer is assigned to", NO, YES, YES, NO),
    ("an application to another call", NO, YES, NO, NO),
    ("jury spreadsheet", NO, YES, NO, NO),
    ("decision emails", NO, YES, NO, NO),
    ("site history", YES, YES, YES, YES),
    ("translation status report", YES, YES, NO, NO),
    ("translations report", YES, YES, NO, NO),
    ("translations report results", YES, YES, NO, NO),
    ("users", NO, NO, NO, NO),
    ("groups", NO, NO, NO, NO),
    ("collections", NO, NO, NO, NO),
    ("data protection settings", NO, NO, NO, NO),
    ("materials", YES, NO, NO, YES),
    ("add a material", YES, NO, NO, YES),
    ("edit a material", YES, NO, NO, YES),
    ("moderation queue", NO, NO, NO, YES),
    ("resource centre figures", NO, NO, NO, YES),
    ("partner accounts", NO, NO, NO, YES),
    ("edit a partner account", NO, NO, NO, YES),
    ("bookings", NO, YES, NO, NO),
    ("a booking", NO, YES, NO, NO),
    ("registration settings", NO, YES, NO, NO),
    ("add registration settings", NO, YES, NO, NO),
]


def application_to(call):
    return Application.objects.create(
        call=call,
        call_key=call.translation_key,
        reference=f"{call.reference_prefix}-W0001",
        name="Walk Applicant",
        email="walk@example.org",
        language="en",
        submission_token=uuid.uuid4(),
    )


def booking_on(event):
    registration = Registration.objects.create(event=event, capacity=3)
    return Booking.objects.create(
        registration=registration,
        page=event,
        status="booked",
        reference="BK-2026-W001",
        language="en",
        name="Walk Visitor",
        email="visitor@example.org",
        submission_token=uuid.uuid4(),
    )


def addresses(assigned, other):
    """Each place of WALK, as a URL on the demo site."""
    material = Resource.objects.filter(locale__language_code="en").first()
    account = PartnerAccount.objects.first()
    home = Page.objects.get(depth=2, locale__language_code="en")
    event = EventPage.objects.filter(locale__language_code="en").first()
    person = Person.objects.filter(locale=home.locale).first()
    booking = booking_on(event)
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore", args=[home.pk]),
        "edit an event page": reverse("wagtailadmin_pages:edit", args=[event.pk]),
        "translate a page": reverse("wagtail_localize:submit_page_translation", args=[event.pk]),
        "images": reverse("wagtailimages:index"),
        "documents": reverse("wagtaildocs:index"),
        "footer snippets": reverse("wagtailsnippets_core_footer:list"),
        "people snippets": reverse("wagtailsnippets_people_person:list"),
        "organisation snippets": reverse("wagtailsnippets_partners_organisation:list"),
        "project theme snippets": reverse("wagtailsnippets_projects_projecttheme:list"),
        "translate a person": reverse(
            "wagtail_localize:submit_snippet_translation", args=["people", "person", person.pk]
        ),
        "events listing": reverse("events:index"),
        "venues": reverse("wagtailsnippets_events_venue:list"),
        "applications": reverse("applications_admin:index"),
        "an application to a call the reviewer is assigned to": reverse(
            "applications_admin:inspect", args=[application_to(assigned).pk]
        ),
        "an application to another call": reverse(
            "applications_admin:inspect", args=[application_to(other).pk]
        ),
        "jury spreadsheet": reverse("applications_admin:export", args=[assigned.translation_key]),
        "decision emails": reverse("wagtailsnippets_applications_decisionemail:list"),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "translation status report": reverse("translation_status"),
        "translations report": reverse("wagtail_localize:translations_report"),
        "translations report results": reverse("wagtail_localize:translations_report_results"),
        "users": reverse("wagtailusers_users:index"),
        "groups": reverse("wagtailusers_groups:index"),
        "collections": reverse("wagtailadmin_collections:index"),
        "data protection settings": reverse(
            "wagtailsettings:edit", args=["applications", "dataprotectionsettings"]
        ),
        "materials": reverse("wagtailsnippets_resources_resource:list"),
        "add a material": reverse("wagtailsnippets_resources_resource:add") + "?locale=en",
        "edit a material": reverse("wagtailsnippets_resources_resource:edit", args=[material.pk]),
        "moderation queue": reverse("resource_moderation"),
        "resource centre figures": reverse("resource_figures"),
        "partner accounts": reverse("resource_partner_accounts:index"),
        "edit a partner account": reverse("resource_partner_accounts:edit", args=[account.pk]),
        "bookings": reverse("bookings_admin:index"),
        "a booking": reverse("bookings_admin:inspect", args=[booking.pk]),
        "registration settings": reverse(
            "wagtailsnippets_bookings_registration:edit", args=[booking.registration_id]
        ),
        "add registration settings": reverse("wagtailsnippets_bookings_registration:add"),
    }


def walk():
    return [
        pytest.param(who, place, answer, id=f"{who}-{place}")
        for place, *answers in WALK
        for who, answer in zip(GROUPS, answers, strict=True)
    ]


@pytest.mark.parametrize(("who", "place", "answer"), walk())
def test_each_group_reaches_what_its_job_needs_and_no_more(client, who, place, answer):
    user = get_user_model().objects.create_user(who, f"{who}@example.org")
    user.groups.add(Group.objects.get(name=GROUPS[who]))
    assigned = OpenCallPage.objects.get(locale__language_code="en", reference_prefix="DEJF")
    other = OpenCallPage.objects.get(locale__language_code="en", reference_prefix="BMA")
    if who == "reviewer":
        assigned.reviewers.add(user)
        assigned.save()
    url = addresses(assigned, other)[place]
    client.force_login(user)

    response = client.get(url)

    if answer == YES:
        assert response.status_code == 200, response.get("Location")
    else:
        assert response.status_code == 403 or (
            response.status_code == 302
            and response["Location"] != url
            and "/login/" not in response["Location"]
        ), response.status_code


@pytest.mark.parametrize(
    ("who", "shown"),
    [("editor", True), ("planner", True), ("reviewer", False), ("moderator", False)],
)
def test_the_menu_offers_events_and_the_translation_reports_only_to_who_may_open_them(
    rf, who, shown
):
    """wagtail-localize's "Translations" report too; "Site history" to every group (the
    report shows each what they may see: tests/applications/test_site_history.py)."""
    user = get_user_model().objects.create_user(who, f"{who}@example.org")
    user.groups.add(Group.objects.get(name=GROUPS[who]))
    request = rf.get("/admin/")
    request.user = user

    main_menu = {item.name for item in admin_menu.menu_items_for_request(request)}
    reports = {item.url for item in reports_menu.menu_items_for_request(request)}

    assert ("events" in main_menu) is shown
    assert (reverse("translation_status") in reports) is shown
    assert (reverse("wagtail_localize:translations_report") in reports) is shown
    assert reverse("wagtailadmin_reports:site_history") in reports
