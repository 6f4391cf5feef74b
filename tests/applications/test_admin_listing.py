"""The admin's listing of applications: pages of 25, what each row shows, counts, queries."""

import json
import uuid
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.timezone import localtime

from wagtail.admin.ui.tables import Column
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

import pytest

from applications.enums import ApplicationStatus
from applications.models import Application, OpenCallPage, Review
from applications.wagtail_hooks import ApplicationViewSet
from tests.applications.conftest import as_user, listed_references, refused
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db

INDEX = reverse("applications_admin:index")
PER_PAGE = 25


def add_applications(call, number, prefix="T"):
    """`number` applications to `call`, the last one the newest."""
    statuses = list(ApplicationStatus.values)
    return Application.objects.bulk_create(
        Application(
            call=call,
            call_key=call.translation_key,
            reference=f"{call.reference_prefix}-{prefix}{index:04d}",
            name=f"Applicant {prefix}{index}",
            email=f"applicant{index}@example.org",
            language=call.locale.language_code,
            status=statuses[index % len(statuses)],
            submission_token=uuid.uuid4(),
        )
        for index in range(number)
    )


def other_call():
    return OpenCallPage.objects.get(locale__language_code="en", reference_prefix="BMA")


def rows(response):
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup(response).select("#listing-results tbody tr")
    ]


def counts(response):
    return [
        item.get_text(" ", strip=True) for item in soup(response).select(".application-counts li")
    ]


def test_each_row_shows_the_application_and_links_to_its_page(client, people, festival_call):
    application = Application.objects.get(reference__startswith="DEJF", status="accepted")
    for reviewer, average in [(people["reviewer"], "4.00"), (people["other_reviewer"], "3.00")]:
        Review.objects.create(
            application=application, reviewer=reviewer, scores={}, average=Decimal(average)
        )

    response = as_user(client, people["planner"]).get(INDEX, {"q": application.reference})

    page = soup(response)
    headers = [th.get_text(strip=True) for th in page.select("#listing-results thead th")]
    assert headers == [
        "Reference",
        "Name",
        "Open call",
        "Status",
        "Submitted",
        "Average score",
        "Reviews",
    ]
    link = page.select_one("#listing-results tbody tr td a")
    assert link["href"] == reverse("applications_admin:inspect", args=[application.pk])
    reference, name, call, status, submitted, average, reviews = rows(response)[0]
    assert (reference, name, call, status) == (
        application.reference,
        application.name,
        application.call.title,
        "Accepted",
    )
    with translation.override("en"):
        assert submitted == date_format(localtime(application.submitted_at), "DATETIME_FORMAT")
    assert (average, reviews) == ("3.50", "2")


def test_the_listing_pages_through_applications_newest_first(client, people, festival_call):
    added = add_applications(festival_call, PER_PAGE + 6)  # with the demo's 4: 35
    planner = as_user(client, people["planner"])

    first = planner.get(INDEX)
    second = planner.get(INDEX, {"p": 2})

    assert [row[0] for row in rows(first)][:3] == [a.reference for a in added[::-1][:3]]
    assert len(rows(first)) == PER_PAGE
    assert len(rows(second)) == 35 - PER_PAGE
    assert "Page 1 of 2" in soup(first).select_one(".pagination").get_text(" ", strip=True)
    assert listed_references(first).isdisjoint(listed_references(second))


def test_the_pages_count_what_the_user_may_see_and_what_the_filters_and_search_keep(
    client, people, festival_call
):
    add_applications(other_call(), PER_PAGE + 5, prefix="B")  # with the demo's 4: 34
    planner = as_user(client, people["planner"])

    def pages(response):
        """Where the pagination starts and ends: ("Page 1 of 2", "34 applications")."""
        words = soup(response).select_one(".pagination").get_text(" ", strip=True).split()
        return " ".join(words[:4]), " ".join(words[-2:])

    def matches(response):
        heading = soup(response).select_one("#listing-results h2[role=alert]")
        return heading and heading.get_text(" ", strip=True)

    everything = planner.get(INDEX)
    by_call = planner.get(INDEX, {"call_key": str(festival_call.translation_key)})
    by_search = planner.get(INDEX, {"q": "BMA-B"})
    unknown_status = planner.get(INDEX, {"status": "no-such-status"})  # not a filter: all
    reviewer = as_user(client, people["reviewer"]).get(INDEX)

    assert pages(everything) == ("Page 1 of 2", "34 applications")
    assert matches(everything) is None
    assert pages(by_call) == ("Page 1 of 1", "4 applications")
    assert matches(by_call) == "There are 4 matches"
    assert pages(by_search) == ("Page 1 of 2", "30 applications")
    assert matches(by_search) == "There are 30 matches"
    assert pages(unknown_status) == ("Page 1 of 2", "34 applications")
    assert len(rows(by_call)) == 4
    assert pages(reviewer) == ("Page 1 of 1", "4 applications")  # the reviewer's call only
    assert len(rows(reviewer)) == 4


def test_the_call_filter_offers_each_call_once_by_its_title(client, people, festival_call):
    response = as_user(client, people["planner"]).get(INDEX)

    options = [
        (option["value"], option.get_text(strip=True))
        for option in soup(response).select("select[name=call_key] option")
    ]
    calls = OpenCallPage.objects.filter(locale__language_code="en").order_by("title")
    assert len(calls) >= 2  # the demo's calls, each also in Russian and Tajik
    assert options == [("", "---------")] + [
        (str(call.translation_key), call.title) for call in calls
    ]


def test_the_filters_show_what_was_chosen(client, people, festival_call):
    response = as_user(client, people["planner"]).get(
        INDEX, {"call_key": str(festival_call.translation_key), "status": "rejected"}
    )

    page = soup(response)
    chosen = {
        select["name"]: [option["value"] for option in select.select("option[selected]")]
        for select in page.select("select")
    }
    assert chosen == {"call_key": [str(festival_call.translation_key)], "status": ["rejected"]}
    assert page.select_one("label[for=id_call_key]").get_text(strip=True) == "Open call"


def test_what_applicants_wrote_is_shown_as_text_never_as_html(client, people, festival_call):
    application = Application.objects.filter(reference__startswith="DEJF").first()
    application.name = 'Dilnoza <b>&amp;</b> "Band"'
    application.save()

    response = as_user(client, people["planner"]).get(INDEX, {"q": application.reference})

    cell = soup(response).select("#listing-results tbody tr td")[1]
    assert cell.get_text().strip() == application.name
    assert cell.find("b") is None


def test_a_column_added_to_the_view_set_shows_in_every_row_under_its_heading(
    client, people, festival_call
):
    """The rows are Wagtail's table of the view set's columns: one more is one line."""
    columns = ApplicationViewSet.list_display  # the list the listing's view was given
    columns.insert(2, Column("email", label="Email"))
    try:
        response = as_user(client, people["planner"]).get(
            INDEX, {"call_key": str(festival_call.translation_key)}
        )
    finally:
        columns.pop(2)

    headers = [th.get_text(strip=True) for th in soup(response).select("#listing-results thead th")]
    listed = {row[0]: row for row in rows(response)}
    applications = Application.objects.filter(call_key=festival_call.translation_key)
    assert headers[:4] == ["Reference", "Name", "Email", "Open call"]
    assert len(listed) == applications.count() == 4
    for application in applications:
        assert listed[application.reference][:4] == [
            application.reference,
            application.name,
            application.email,
            festival_call.title,  # in the admin's language, whichever the applicant used
        ]
        assert len(listed[application.reference]) == len(headers)


def test_sorting_by_a_column_heading_orders_the_rows(client, people, festival_call):
    add_applications(festival_call, 5)
    planner = as_user(client, people["planner"])

    by_reference = [row[0] for row in rows(planner.get(INDEX, {"ordering": "reference"}))]

    assert by_reference == sorted(by_reference)


def test_the_average_score_filter_keeps_the_applications_scored_at_least_that(
    client, people, festival_call
):
    high, low = Application.objects.filter(reference__startswith="DEJF")[:2]
    Review.objects.create(application=high, reviewer=people["reviewer"], average=Decimal(4))
    Review.objects.create(application=low, reviewer=people["reviewer"], average=Decimal(2))

    response = as_user(client, people["planner"]).get(INDEX, {"average_score": "3"})

    assert listed_references(response) == {high.reference}


def test_a_reviewer_counts_only_the_calls_they_review_and_only_planners_export(
    client, people, festival_call
):
    add_applications(other_call(), 3)  # 3 more to a call the reviewer is not assigned to

    planner = as_user(client, people["planner"]).get(INDEX)
    reviewer = as_user(client, people["reviewer"]).get(INDEX)
    unassigned = as_user(client, people["other_reviewer"]).get(INDEX)

    def total(response):
        return sum(int(item.split(": ")[1]) for item in counts(response))

    def exports(response):
        return [
            a.get_text(strip=True) for a in soup(response).select(".application-summary a.button")
        ]

    assert (total(planner), total(reviewer), total(unassigned)) == (7, 4, 0)
    assert exports(planner) == ["BMA (XLSX)", "DEJF (XLSX)"]
    assert exports(reviewer) == []  # the spreadsheet has every applicant's email
    assert exports(unassigned) == []
    assert listed_references(unassigned) == set()


def test_filtering_without_reloading_answers_the_rows_only_and_checks_who_asks(
    client, people, festival_call
):
    """The listing's filters and search fetch `results/`: the same rows, the same checks."""
    results = reverse("applications_admin:index_results")
    rejected = Application.objects.get(reference__startswith="DEJF", status="rejected")

    planner = as_user(client, people["planner"]).get(results, {"status": "rejected"})
    other_reviewer = as_user(client, people["other_reviewer"]).get(results)
    editor = as_user(client, people["editor"]).get(results)

    assert listed_references(planner) == {rejected.reference}
    assert counts(planner) == []  # the counts stay on the page around the results
    assert listed_references(other_reviewer) == set()
    assert refused(editor)


@pytest.fixture
def superuser(people):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-0123456789")


# Session, user, Wagtail's profile, counts per status, calls, locales (Wagtail's config),
# the rows; superusers where the menu's page explorer starts (Wagtail reads the page tree
# twice); planners and reviewers their permissions (2) and page and collection
# permissions (the menu), planners the page their page permissions start from.
@pytest.mark.parametrize(("who", "most"), [("superuser", 9), ("planner", 12), ("reviewer", 11)])
def test_the_listing_costs_the_same_queries_with_one_application_or_sixty(
    client, people, superuser, festival_call, django_assert_max_num_queries, who, most
):
    keep = Application.objects.filter(reference__startswith="DEJF").first()
    Application.objects.exclude(pk=keep.pk).delete()
    user = as_user(client, superuser if who == "superuser" else people[who])
    one = warm_query_count(user, INDEX, django_assert_max_num_queries, most)
    assert listed_references(user.get(INDEX)) == {keep.reference}

    for call in festival_call.get_translations(inclusive=True):
        added = add_applications(call, 20, prefix=call.locale.language_code)
        for application in added[:5]:
            Review.objects.create(
                application=application, reviewer=people["reviewer"], average=Decimal(3)
            )
    add_applications(other_call(), 20, prefix="B")
    sixty = warm_query_count(user, INDEX, django_assert_max_num_queries, most)

    assert len(rows(user.get(INDEX))) == PER_PAGE
    assert sixty == one


def test_the_menu_opens_the_page_explorer_at_the_root_of_the_tree(client, superuser):
    root = Page.get_first_root_node()
    admin = as_user(client, superuser)

    response = admin.get(INDEX)

    props = json.loads(soup(response).select_one("#wagtail-sidebar-props").string)
    explorer = next(
        node["_args"]
        for node in walk(props)
        if node.get("_type") == "wagtail.sidebar.PageExplorerMenuItem"
    )
    assert explorer[1] == root.pk
    assert "Site history" in json.dumps(props)  # offered: there is an explorable root


def walk(node):
    """Every dictionary in telepath's packed sidebar, depth first."""
    if isinstance(node, dict):
        yield node
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return
    for child in children:
        yield from walk(child)


def test_the_listing_speaks_the_admin_language_of_the_user(client, people, festival_call):
    profile = UserProfile.get_for_user(people["planner"])
    profile.preferred_language = "ru"
    profile.save()
    accepted = Application.objects.get(reference__startswith="DEJF", status="accepted")

    response = as_user(client, people["planner"]).get(INDEX, {"q": accepted.reference})

    page = soup(response)
    headers = [th.get_text(strip=True) for th in page.select("#listing-results thead th")]
    assert headers[:3] == ["Номер заявки", "Имя", "Открытый конкурс"]
    assert rows(response)[0][3] == "Принята"
    assert "Принята: 1" in counts(response)
    assert page.select_one("label[for=id_call_key]").get_text(strip=True) == "Открытый конкурс"


def call_on_page(response):
    """The "Open call" of an application's page in the admin."""
    detail = soup(response).select_one(".application-detail dl")
    return detail.select("dd")[1].get_text(strip=True)


def test_staff_read_the_call_s_title_in_their_admin_language(client, people, festival_call):
    russian_call, tajik_call = (
        festival_call.get_translation(Locale.objects.get(language_code=language))
        for language in ("ru", "tg")
    )
    (in_tajik,) = add_applications(tajik_call, 1, prefix="tg")
    in_english = Application.objects.filter(call=festival_call).first()
    profile = UserProfile.get_for_user(people["planner"])
    profile.preferred_language = "ru"
    profile.save()
    planner = as_user(client, people["planner"])

    listed = {row[0]: row for row in rows(planner.get(INDEX))}
    on_page = call_on_page(planner.get(reverse("applications_admin:inspect", args=[in_tajik.pk])))

    assert russian_call.title not in (festival_call.title, tajik_call.title)
    assert listed[in_tajik.reference][2] == listed[in_english.reference][2] == russian_call.title
    assert on_page == russian_call.title

    profile.preferred_language = "en"
    profile.save()
    listed = {row[0]: row for row in rows(planner.get(INDEX))}
    on_page = call_on_page(planner.get(reverse("applications_admin:inspect", args=[in_tajik.pk])))
    assert listed[in_tajik.reference][2] == festival_call.title
    assert on_page == festival_call.title


def test_the_call_filter_names_each_call_in_the_admin_language(client, people, festival_call):
    profile = UserProfile.get_for_user(people["planner"])
    profile.preferred_language = "ru"
    profile.save()

    response = as_user(client, people["planner"]).get(INDEX)

    options = {
        option["value"]: option.get_text(strip=True)
        for option in soup(response).select("select[name=call_key] option")
        if option["value"]
    }
    russian = Locale.objects.get(language_code="ru")
    calls = OpenCallPage.objects.filter(locale__language_code="en")
    assert options == {
        str(call.translation_key): call.get_translation(russian).title for call in calls
    }
    assert options[str(festival_call.translation_key)] != festival_call.title
