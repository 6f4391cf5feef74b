"""Visitors browse the resource centre: filters, search inside the files, sort, pages."""

from django.core.cache import cache

from wagtail.models import Locale

import pytest

from projects.models import ProjectTheme
from resources.models import Resource, ResourceStatus
from tests.helpers import soup

pytestmark = pytest.mark.django_db

URL = "/en/resources/"
# Routing and the page (4), the chosen theme (1; the filters' choices and the
# organisations' names come from the cache), the count and the page of materials (2; with
# words, best match first, the ranked index rows with their count, then the page's
# materials), their languages and files (2), whether all may be downloaded ("download
# all", 1): 9, or 10 with a theme chosen.
QUERY_BUDGET = 15


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".material-card .card__title a")]


def test_the_catalogue_lists_approved_materials_of_its_language(client, centre, make_material):
    make_material("Budget basics")
    make_material("Waiting one", status=ResourceStatus.SUBMITTED)
    make_material("Основы бюджета", "ru")

    response = client.get(URL)

    assert response.status_code == 200
    assert titles(response) == ["Budget basics"]
    assert "1 material" in soup(response).select_one(".count").get_text()


def test_a_cards_facts_are_separate_items_that_wrap_whole(client, centre, make_material):
    """Languages, access and downloads are each an item of their own, with no dot between
    them left at the end of a line when a phone wraps them."""
    make_material("Budget basics", languages=["en", "ru"], downloads=3, year=2024)

    kind_year, access = soup(client.get(URL)).select(".material-card__facts")

    def items(facts):
        return [item.get_text(strip=True) for item in facts.find_all(recursive=False)]

    assert items(kind_year) == ["Report", "2024"]
    assert items(access) == ["English, Russian", "For partner members", "3 downloads"]
    assert "·" not in kind_year.get_text() + access.get_text()


def test_each_language_has_its_catalogue_with_translated_labels(client, centre, make_material):
    make_material("Ҳисоботи солона", "tg", kind="training-module")

    response = client.get("/tg/zakhiraho/")

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "tg"
    assert titles(response) == ["Ҳисоботи солона"]
    assert "Модули омӯзишӣ" in page.select_one(".material-card").get_text()
    assert page.select_one("label[for=id_kind]").get_text(strip=True) == "Намуд"


def test_filters_by_type_language_year_theme_and_organisation(
    client, centre, make_material, organisation
):
    theme = ProjectTheme.objects.create(name="Gender", locale=organisation.locale)
    make_material("Gender toolkit", kind="toolkit", year=2023, themes=[theme], languages=["tg"])
    make_material("Annual report", kind="report", year=2021, organisation=organisation)

    assert titles(client.get(URL, {"kind": "toolkit"})) == ["Gender toolkit"]
    assert titles(client.get(URL, {"language": "tg"})) == ["Gender toolkit"]
    assert titles(client.get(URL, {"year": 2021})) == ["Annual report"]
    assert titles(client.get(URL, {"theme": theme.pk})) == ["Gender toolkit"]
    assert titles(client.get(URL, {"organisation": organisation.pk})) == ["Annual report"]
    years = [o["value"] for o in soup(client.get(URL)).select("select[name=year] option")]
    assert years == ["", "2023", "2021"]


def test_the_filters_choices_follow_the_materials_staff_change(
    client, centre, make_material, organisation
):
    theme = ProjectTheme.objects.create(name="Gender", locale=organisation.locale)
    report = make_material("Annual report", year=2021)

    def choices(name, params=None):
        page = soup(client.get(URL, params))
        return [o.get_text() for o in page.select(f"select[name={name}] option")]

    assert choices("year") == ["Any", "2021"]
    assert choices("organisation") == ["Any"]
    assert "Gender" in choices("theme")

    make_material("Gender toolkit", year=2023, organisation=organisation)
    theme.name = "Gender equality"
    theme.save()
    report.status = ResourceStatus.SUBMITTED  # sent back to its contributor
    report.save()

    assert choices("year") == ["Any", "2023"]
    assert choices("organisation") == ["Any", organisation.name]
    assert "Gender equality" in choices("theme")
    assert "Gender" not in choices("theme")


def test_the_filters_show_the_values_chosen_on_this_request_only(client, centre, make_material):
    make_material("Annual report", year=2021, file_text="budget")
    make_material("Gender toolkit", year=2023, file_text="budget")

    def chosen(params):
        page = soup(client.get(URL, params))
        hidden = page.select_one(".filters input[name=q]")
        selected = page.select_one("select[name=year] option[selected]")
        return selected["value"], hidden["value"] if hidden else None

    assert chosen({"year": "2021"}) == ("2021", None)
    assert chosen({"year": "2021", "q": "budget"}) == ("2021", "budget")
    assert chosen({"year": "2021", "q": "annual"}) == ("2021", "annual")
    assert chosen({}) == ("", None)


def test_the_filters_stay_folded_and_their_button_counts_those_set(client, centre, make_material):
    """On a phone the materials come first: open, the filters put them two screens down."""
    make_material("Annual report", year=2021, file_text="budget")

    def panel(params):
        found = soup(client.get(URL, params)).select_one("details.filters-panel")
        return found.has_attr("open"), found.select_one("summary").get_text(strip=True)

    assert panel({}) == (False, "Filter and sort")
    assert panel({"q": "budget"}) == (False, "Filter and sort")  # the words show above
    assert panel({"q": "budget", "year": "2021", "sort": "newest"}) == (
        False,
        "Filter and sort (2)",
    )


@pytest.mark.parametrize(
    "params", [{"kind": "poem"}, {"year": "1"}, {"theme": "abc"}, {"organisation": "99999"}]
)
def test_an_unknown_filter_value_shows_nothing_not_an_error(client, centre, make_material, params):
    make_material("Budget basics", year=2020)

    response = client.get(URL, params)

    assert response.status_code == 200
    assert titles(response) == []
    assert "No materials match these filters." in response.content.decode()


@pytest.mark.parametrize(
    ("language", "address", "text", "query"),
    [
        ("en", URL, "The word photosynthesis appears only in the file.", "photosynthesis"),
        ("ru", "/ru/resursy/", "Документ о водоснабжении сёл.", "водоснабжение"),
        ("tg", "/tg/zakhiraho/", "Дастур барои ҳамкориҳои ҷамъиятӣ.", "хамкорихои"),
    ],
)
def test_search_finds_a_word_only_inside_a_files_text(
    client, centre, make_material, language, address, text, query
):
    material = make_material("Guide", language)
    make_material("Other", language)
    material.file_text = text
    material.save()  # what part 1's add_file does after extracting the text

    assert titles(client.get(address, {"q": query})) == ["Guide"]


def test_search_keeps_the_filters(client, centre, make_material):
    for kind in ("report", "toolkit"):
        make_material(f"Water {kind}", kind=kind, file_text="irrigation")

    assert titles(client.get(URL, {"q": "irrigation", "kind": "toolkit"})) == ["Water toolkit"]


def test_a_card_names_the_organisation_in_the_visitors_language(
    client, centre, make_material, organisation
):
    russian = organisation.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.name = "Гражданские голоса"
    russian.save()
    english = make_material("Budget basics", organisation=organisation)
    make_material("Основы бюджета", "ru", source=english, organisation=organisation)
    make_material("No organisation")

    def meta(address):
        return [
            [item.get_text(strip=True) for item in p.find_all(recursive=False)]
            for p in soup(client.get(address)).select(".card__meta")
        ]

    assert ["Report", "Civil Voices"] in meta(URL)
    assert meta("/ru/resursy/") == [["Отчёт", "Гражданские голоса"]]


def test_search_shows_the_best_match_first_unless_a_sort_is_chosen(client, centre, make_material):
    make_material(
        "Irrigation",
        summary="Irrigation for farmers.",
        file_text="Irrigation: canals, drip irrigation, irrigation schedules.",
    )
    make_material(
        "Notes from the meeting of the water users",
        summary="Notes of a meeting.",
        file_text="Wells, pumps, tariffs, rainfall, and a word on irrigation. " * 5,
    )
    for number in range(5):  # a word in every material would weigh nothing in the ranking
        make_material(f"Budget {number}")

    notes = "Notes from the meeting of the water users"
    assert titles(client.get(URL, {"q": "irrigation"})) == ["Irrigation", notes]
    assert titles(client.get(URL, {"q": "irrigation", "sort": "newest"})) == [notes, "Irrigation"]


def test_search_results_come_in_pages_of_twelve(client, centre, make_material):
    for number in range(14):
        make_material(f"Material {number}", file_text="irrigation")
    make_material("Unrelated")

    first = titles(client.get(URL, {"q": "irrigation"}))
    second = titles(client.get(URL, {"q": "irrigation", "page": 2}))

    assert len(first) == 12
    assert len(second) == 2
    assert "Unrelated" not in first + second
    assert not set(first) & set(second)
    assert titles(client.get(URL, {"q": "irrigation", "page": 99})) == first


def test_sort_newest_and_most_downloaded(client, centre, make_material):
    old = make_material("Older", downloads=50)
    make_material("Newer", downloads=3)
    Resource.objects.filter(pk=old.pk).update(created_at="2020-01-01T00:00:00Z")

    assert titles(client.get(URL)) == ["Newer", "Older"]
    assert titles(client.get(URL, {"sort": "downloads"})) == ["Older", "Newer"]


def test_pages_of_twelve(client, centre, make_material):
    for number in range(14):
        make_material(f"Material {number}")

    first, second = titles(client.get(URL)), titles(client.get(URL, {"page": 2}))

    assert len(first) == 12
    assert len(second) == 2
    assert not set(first) & set(second)
    assert titles(client.get(URL, {"page": "abc"})) == first


def catalogue_queries(client, django_assert_max_num_queries, params):
    """The page's queries when Wagtail's caches and the header's fragments are warm."""
    cache.clear()
    client.get(URL, params)
    with django_assert_max_num_queries(QUERY_BUDGET) as captured:
        response = client.get(URL, params)
    assert response.status_code == 200
    return response, [query["sql"] for query in captured.captured_queries]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 9),
        ({"q": "budget"}, 9),
        ({"q": "budget", "theme": "1"}, 10),
        ({"q": "budget", "sort": "newest"}, 9),
        ({"sort": "downloads"}, 9),
    ],
)
def test_the_catalogue_costs_the_same_queries_with_1_or_30_materials(
    client,
    centre,
    make_material,
    add_file,
    organisation,
    django_assert_max_num_queries,
    params,
    expected,
):
    en = Locale.objects.get(language_code="en")
    theme = ProjectTheme.objects.create(name="Budget", locale=en)
    params = {key: (theme.pk if key == "theme" else value) for key, value in params.items()}

    def add(count):
        for number in range(count):
            material = make_material(
                f"Budget {number}",
                file_text="budget",
                languages=["en", "ru"],
                themes=[theme],
                organisation=organisation,
            )
            add_file(material, content=b"not really a pdf")

    add(1)
    small, small_queries = catalogue_queries(client, django_assert_max_num_queries, params)
    add(29)
    large, large_queries = catalogue_queries(client, django_assert_max_num_queries, params)
    assert len(titles(small)) == 1
    assert len(titles(large)) == 12
    assert len(small_queries) == len(large_queries), "\n".join(large_queries)
    assert len(large_queries) == expected, "\n".join(large_queries)
    # The text read from the files is searched in the index, never loaded for a card.
    assert not [sql for sql in large_queries if '"file_text"' in sql or '"text"' in sql]
