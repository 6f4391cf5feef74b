"""Staff create every page type and snippet in the admin, and it renders in each language."""

import datetime

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from applications.models import Application
from home.models import StandardPage
from news.models import NewsIndexPage, NewsPage, NewsTag
from partners.models import Organisation
from people.models import Person
from programmes.models import ProgrammeIndexPage, ProgrammePage
from projects.models import ProjectIndexPage, ProjectPage, ProjectTheme
from tests.helpers import page_at

pytestmark = pytest.mark.django_db

PARAGRAPH = streamfield([("paragraph", rich_text("<p>Written in the admin.</p>"))])
EMPTY = inline_formset([])


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("staff", "staff@example.org", "x" * 16)
    client.force_login(user)
    return client


def create(staff, parent, model, data):
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    response = staff.post(url, nested_form_data({"action-publish": "publish", **data}))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = model.objects.child_of(parent).get(slug=data["slug"])
    assert page.live
    return page


def assert_renders(client, page, language, text):
    response = client.get(page.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert f'<html lang="{language}">' in content
    assert text in content


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_standard_page(staff, client, language):
    page = create(
        staff,
        page_at(language),
        StandardPage,
        {"title": "Opening hours", "slug": "opening-hours", "summary": "", "body": PARAGRAPH},
    )
    assert_renders(client, page, language, "Written in the admin.")


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_programme_page(staff, client, language):
    index = ProgrammeIndexPage.objects.get(locale__language_code=language)
    page = create(
        staff,
        index,
        ProgrammePage,
        {
            "title": "Theatre Lab",
            "slug": "theatre-lab",
            "summary": "A new programme.",
            "body": PARAGRAPH,
            "contact_email": "theatre@example.org",
        },
    )
    assert_renders(client, page, language, "theatre@example.org")


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_project_page(staff, client, language):
    index = ProjectIndexPage.objects.get(locale__language_code=language)
    theme = ProjectTheme.objects.filter(locale__language_code=language).first()
    donor = Organisation.objects.filter(locale__language_code=language).first()
    page = create(
        staff,
        index,
        ProjectPage,
        {
            "title": "Music in schools",
            "slug": "music-in-schools",
            "summary": "Music lessons in village schools.",
            "start_date": "2026-01-01",
            "end_date": "",
            "budget_amount": "50000",
            "budget_currency": "EUR",
            "objectives": rich_text("<p>Teach music.</p>"),
            "body": PARAGRAPH,
            "gallery": streamfield([]),
            "documents": streamfield([]),
            "theme_links": inline_formset([{"theme": theme.pk}]),
            "type_links": EMPTY,
            "countries": inline_formset([{"country": "TJ"}]),
            "partners": inline_formset([{"organisation": donor.pk, "role": "donor"}]),
        },
    )
    assert page.start_date == datetime.date(2026, 1, 1)
    assert_renders(client, page, language, theme.name)


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_news_page(staff, client, language):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    tag = NewsTag.objects.get(slug="festival", locale__language_code=language)
    page = create(
        staff,
        index,
        NewsPage,
        {
            "title": "Festival tickets",
            "slug": "festival-tickets",
            "summary": "Tickets are on sale.",
            "date": "2026-11-20",
            "kind": "announcement",
            "body": PARAGRAPH,
            "tag_links": inline_formset([{"tag": tag.pk}]),
        },
    )
    assert_renders(client, page, language, "Tickets are on sale.")
    assert_renders(client, page, language, f'?tag=festival">{tag.name}</a>')


@pytest.mark.parametrize(
    ("model", "slug"),
    [(ProgrammeIndexPage, "programmes"), (ProjectIndexPage, "projects"), (NewsIndexPage, "news")],
)
def test_index_pages(staff, client, model, slug):
    home = page_at("en")
    Application.objects.all().delete()  # applications keep their call from being deleted
    model.objects.child_of(home).delete()
    page = create(staff, home, model, {"title": "Index", "slug": slug, "summary": ""})
    assert_renders(client, page, "en", "<h1>Index</h1>")


def test_snippets_person_and_organisation(staff):
    response = staff.post(
        reverse("wagtailsnippets_people_person:add"),
        {
            "name": "Zarina Saidova",
            "role": "Violin teacher",
            "bio": "",
            "locale": "1",
            **nested_form_data(
                {
                    "links": streamfield(
                        [("link", {"label": "SoundCloud", "url": "https://soundcloud.com/zs"})]
                    )
                }
            ),
        },
    )
    assert response.status_code == 302
    person = Person.objects.get(name="Zarina Saidova")
    assert person.links[0].value["url"] == "https://soundcloud.com/zs"

    response = staff.post(
        reverse("wagtailsnippets_partners_organisation:add"),
        {"name": "Aga Khan Foundation", "kind": "donor", "website": "https://www.akf.org"},
    )
    assert response.status_code == 302
    assert Organisation.objects.get(name="Aga Khan Foundation").kind == "donor"


def test_the_organisations_listing_says_yes_or_no_in_the_editors_language(client):
    from tests.applications.conftest import member
    from tests.helpers import admin_language, soup

    editor = member("Communication editors", "editor")
    admin_language(editor, "ru")
    client.force_login(editor)
    Organisation.objects.create(name="Aga Khan Foundation", kind="donor", show_on_home_page=True)

    page = soup(client.get(reverse("wagtailsnippets_partners_organisation:list")))

    headers = [header.get_text(strip=True) for header in page.select("thead th")]
    column = headers.index("Показывать на главной странице")
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in page.select("tbody tr")
    ]
    assert {row[column] for row in rows} <= {"Да", "Нет"}
    assert "Да" in {row[column] for row in rows}
    assert "True" not in page.select_one("tbody").get_text()
