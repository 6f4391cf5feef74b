"""Visitors find the centre's partnership projects by status, theme, country and donor."""

import datetime

from wagtail.models import Page

import pytest

from partners.models import Organisation
from projects.models import ProjectPage, ProjectTheme
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db

URL = "/en/projects/"


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".card__title a")]


def test_index_lists_the_projects_of_the_seeds(client):
    response = client.get(URL)

    assert response.status_code == 200
    page = soup(response)
    assert "12 projects" in page.select_one(".count").get_text()
    shown = titles(response)
    assert "Partnership-Bactria Culture Center" in shown
    assert len(shown) == 10  # the first page of ten


def test_second_page_shows_the_rest(client):
    response = client.get(URL, {"page": 2})

    assert len(titles(response)) == 2


@pytest.mark.parametrize("bad", ["abc", "0", "-1", "999", ""])
def test_a_bad_page_number_gives_the_first_page(client, bad):
    response = client.get(URL, {"page": bad})

    assert response.status_code == 200
    assert titles(response) == titles(client.get(URL))


def test_filter_by_status(client):
    upcoming = titles(client.get(URL, {"status": "upcoming"}))
    ongoing = titles(client.get(URL, {"status": "ongoing"}))
    completed = titles(client.get(URL, {"status": "completed", "page": 1}))

    assert upcoming == ["Regional hub for cultural cooperation: the next phase"]
    assert ongoing == ["Digital Arts Academy"]
    assert "Views from the Frontline 2019" in completed


def test_filter_by_country(client):
    shown = titles(client.get(URL, {"country": "RW"}))

    assert len(shown) == 1
    assert shown[0].startswith("Creative Industries development")


def test_filter_by_theme(client):
    theme = ProjectTheme.objects.get(name="Sustainable Tourism", locale__language_code="en")

    shown = titles(client.get(URL, {"theme": theme.pk}))

    assert len(shown) == 2
    assert all("ourism" in title for title in shown)


def test_filter_by_donor(client):
    netherlands = Organisation.objects.get(
        name="Embassy of the Kingdom of the Netherlands", locale__language_code="en"
    )

    shown = titles(client.get(URL, {"donor": netherlands.pk}))

    assert shown == [
        "A Stronger Civil Society in Tajikistan through Novel Trainings and Technology"
    ]


@pytest.mark.parametrize(
    "params", [{"status": "someday"}, {"country": "XX"}, {"theme": "abc"}, {"donor": "99999"}]
)
def test_an_unknown_filter_value_gives_an_empty_result_not_an_error(client, params):
    response = client.get(URL, params)

    assert response.status_code == 200
    assert titles(response) == []
    assert "No projects match these filters." in response.content.decode()


def test_filters_and_names_are_in_the_visitors_language(client):
    response = client.get("/ru/proekty/")

    page = soup(response)
    assert page.h1.get_text(strip=True) == "Партнёрские проекты"
    theme_options = [o.get_text() for o in page.select("select[name=theme] option")]
    assert "Устойчивый туризм" in " ".join(theme_options)
    country_options = [o.get_text() for o in page.select("select[name=country] option")]
    assert "Таджикистан" in country_options


def country_options(client, url=URL):
    return [o["value"] for o in soup(client.get(url)).select("select[name=country] option")]


def test_the_country_filter_offers_only_countries_with_projects(client):
    english = ProjectPage.objects.live().filter(locale__language_code="en")
    named = {country.country for project in english for country in project.countries.all()}

    offered = country_options(client)

    assert offered[0] == ""  # any country
    assert set(offered[1:]) == named
    assert "DE" not in offered  # in the list of countries, but no project names it
    assert all(titles(client.get(URL, {"country": code})) for code in offered[1:])


def test_a_country_whose_projects_are_unpublished_is_no_longer_offered(client):
    assert "RW" in country_options(client)
    in_rwanda = ProjectPage.objects.filter(
        locale__language_code="en", countries__country="RW"
    ).get()

    in_rwanda.unpublish()

    assert "RW" not in country_options(client)
    assert "LA" not in country_options(client)  # named by that project alone
    assert "TJ" in country_options(client)


def test_query_count_does_not_grow_with_the_projects(client, django_assert_max_num_queries):
    many = warm_query_count(client, URL, django_assert_max_num_queries, 11)
    english = ProjectPage.objects.filter(locale__language_code="en")
    Page.objects.filter(pk__in=[p.pk for p in english[1:]]).update(live=False)

    one = warm_query_count(client, URL, django_assert_max_num_queries, 11)

    assert len(titles(client.get(URL))) == 1
    assert one == many


def test_thirty_projects_cost_the_same_queries_as_one(client, django_assert_max_num_queries):
    index = ProjectPage.objects.filter(locale__language_code="en").first().get_parent()
    template = ProjectPage.objects.get(slug="stronger-civil-society-tajikistan")
    base = warm_query_count(client, URL + "?page=2", django_assert_max_num_queries, 11)
    for number in range(20):
        copy = template.copy(
            to=index,
            update_attrs={
                "slug": f"copy-{number}",
                "title": f"Copy {number}",
                "start_date": datetime.date(2015, 1, 1),
            },
        )
        copy.save_revision().publish()

    more = warm_query_count(client, URL + "?page=2", django_assert_max_num_queries, 11)

    assert len(titles(client.get(URL + "?page=2"))) == 10
    assert more == base
