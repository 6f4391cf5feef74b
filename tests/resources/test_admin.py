"""Materials in the admin (Resource centre → Materials): the listing, its filters and
search, and staff uploading a material's files through its form."""

import datetime
import uuid
import zoneinfo

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, TranslationSource

import pytest

from projects.models import ProjectTheme
from resources.models import Resource, ResourceFile, ResourceStatus
from tests.helpers import soup
from tests.resources.account_helpers import partner
from tests.resources.conftest import a_material, material_data
from tests.resources.samples import pdf, upload

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_resources_resource:list"


@pytest.fixture
def boss(client):
    user = get_user_model().objects.create_superuser("boss", "boss@bactria.tj", "x" * 16)
    client.force_login(user)
    return user


def listed_titles(response):
    return [
        cell.get_text(strip=True)
        for cell in soup(response).select("tbody td.title a, tbody td:first-child a")
    ]


def test_the_listing_shows_each_material_with_its_organisation_type_status_and_language(
    client, boss, centre, organisation
):
    a_material("Gender budgeting", organisation=organisation, status=ResourceStatus.SUBMITTED)
    a_material("Бюджети гендерӣ", language="tg", kind="toolkit")

    response = client.get(reverse(LIST))

    assert response.status_code == 200
    rows = {
        row.select_one("a").get_text(strip=True): row.get_text(" ", strip=True)
        for row in soup(response).select("tbody tr")
    }
    assert set(rows) == {"Gender budgeting", "Бюджети гендерӣ"}
    assert "Civil Voices" in rows["Gender budgeting"]
    assert "Waiting for moderation" in rows["Gender budgeting"]
    assert "Report" in rows["Gender budgeting"]
    assert "English" in rows["Gender budgeting"]
    assert "Toolkit" in rows["Бюджети гендерӣ"]


def test_the_listing_says_whether_an_approved_material_is_published_or_a_draft(
    client, boss, centre
):
    a_material("Gender budgeting", status=ResourceStatus.SUBMITTED)
    a_material("Water users' associations")
    a_material("Budget hearings", live=False)
    changed = a_material("Village water committees")
    changed.title = "Village water committees: a guide"
    changed.save_revision()  # a draft of changes, the published version still listed

    publication = publication_column(client.get(reverse(LIST)))

    assert publication == {
        "Gender budgeting": "—",  # waiting for moderation: not published, not a draft
        "Water users' associations": "Published",
        "Budget hearings": "Draft",
        "Village water committees": "Published, with unpublished changes",
    }


def test_the_listing_says_when_a_scheduled_material_or_its_changes_go_live(client, boss, centre):
    at_nine = datetime.datetime(2030, 1, 15, 9, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Dushanbe"))
    scheduled = a_material("Budget hearings", live=False)
    scheduled.go_live_at = at_nine
    scheduled.save_revision().publish()  # "Publish" with a go-live time: scheduled
    changed = a_material("Village water committees")
    changed.save_revision().publish()  # published as staff publish it, then changed
    changed = Resource.objects.get(pk=changed.pk)
    changed.title = "Village water committees: a guide"
    changed.go_live_at = at_nine
    changed.save_revision().publish()
    leaving = a_material("Water users' associations")
    leaving.expire_at = at_nine
    leaving.save_revision().publish()

    publication = publication_column(client.get(reverse(LIST)))

    assert publication == {
        "Budget hearings": "Scheduled for Tue 15 Jan 2030, 09:00",
        "Village water committees": "Published, changes scheduled for Tue 15 Jan 2030, 09:00",
        "Water users' associations": "Published until Tue 15 Jan 2030, 09:00",
    }


def test_the_listing_says_when_in_the_russian_admin(client, boss, centre):
    profile = UserProfile.get_for_user(boss)
    profile.preferred_language = "ru"
    profile.save()
    scheduled = a_material("Budget hearings", live=False)
    scheduled.go_live_at = datetime.datetime(
        2030, 1, 15, 9, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Dushanbe")
    )
    scheduled.save_revision().publish()

    response = client.get(reverse(LIST))

    assert "Запланировано на Вт 15 января 2030, 09:00" in soup(response).select_one(
        "tbody"
    ).get_text(" ", strip=True)


def publication_column(response):
    """Each material's title in the listing -> what its Publication column says."""
    column = column_index(response, "Publication")
    return {
        row.select_one("a").get_text(strip=True): row.select("td")[column].get_text(strip=True)
        for row in soup(response).select("tbody tr")
    }


def column_index(response, heading):
    headings = [cell.get_text(strip=True) for cell in soup(response).select("thead th")]
    return headings.index(heading)


def test_the_listing_filters_by_status_and_searches_titles(client, boss, centre):
    a_material("Gender budgeting", status=ResourceStatus.SUBMITTED)
    a_material("Water users' associations")

    waiting = client.get(reverse(LIST), {"status": ResourceStatus.SUBMITTED})
    found = client.get(reverse(LIST), {"q": "water"})

    assert [
        row.select_one("a").get_text(strip=True) for row in soup(waiting).select("tbody tr")
    ] == ["Gender budgeting"]
    assert [row.select_one("a").get_text(strip=True) for row in soup(found).select("tbody tr")] == [
        "Water users' associations"
    ]


def test_the_listing_makes_as_many_queries_for_thirty_materials_as_for_one(
    client, boss, centre, organisation, django_assert_max_num_queries
):
    a_material("The first one", organisation=organisation)
    client.get(reverse(LIST))
    with django_assert_max_num_queries(60) as one:
        client.get(reverse(LIST))
    for number in range(30):
        a_material(f"Material {number}", organisation=organisation, slug=f"material-{number}")

    with django_assert_max_num_queries(len(one)) as many:
        response = client.get(reverse(LIST))

    assert len(soup(response).select("tbody tr")) == 31
    assert len(many) == len(one)


def test_staff_add_a_material_with_its_file_and_it_is_approved_at_once(
    client, boss, centre, private_files
):
    response = client.post(
        reverse("wagtailsnippets_resources_resource:add") + "?locale=en",
        material_data(new_file=pdf("hearing.pdf", "Budget hearing minutes")),
    )

    assert response.status_code == 302, soup(response).select(".error-message")
    material = Resource.objects.get(title="Budget hearings in Rasht")
    assert material.status == ResourceStatus.APPROVED
    assert material.locale == Locale.objects.get(language_code="en")
    (stored,) = ResourceFile.objects.filter(resource_key=material.translation_key)
    assert stored.name == "hearing.pdf"
    assert stored.uploaded_by == boss
    assert "Budget hearing minutes" in material.file_text
    assert private_files in (private_files / stored.file.name).parents
    catalogue = soup(client.get("/en/resources/"))
    assert "Budget hearings in Rasht" in catalogue.select_one(".material-card").get_text()


def test_a_refused_file_says_why_keeps_the_other_answers_and_stores_nothing(
    client, boss, centre, private_files
):
    script = upload("hearing.pdf", b"#!/bin/sh\nrm -rf /\n")

    response = client.post(
        reverse("wagtailsnippets_resources_resource:add") + "?locale=en",
        material_data(new_file=script),
    )

    assert response.status_code == 200
    page = soup(response)
    assert "hearing.pdf" in page.get_text()  # the error names the file
    assert page.select_one("input[name=title]")["value"] == "Budget hearings in Rasht"
    assert not Resource.objects.filter(title="Budget hearings in Rasht").exists()
    assert not ResourceFile.objects.exists()


def test_a_new_version_replaces_the_file_and_the_old_one_is_kept(
    client, boss, centre, private_files
):
    material = a_material("Budget hearings in Rasht")
    edit = reverse("wagtailsnippets_resources_resource:edit", args=[material.pk])
    client.post(edit, material_data(new_file=pdf("hearing.pdf", "First draft")))
    first = ResourceFile.objects.get()

    response = client.post(
        edit, material_data(new_file=pdf("hearing-v2.pdf", "Final minutes"), replaces=first.pk)
    )

    assert response.status_code == 302
    first.refresh_from_db()
    current = ResourceFile.objects.current().get()
    assert current.name == "hearing-v2.pdf"
    assert first.replaced_by == current
    assert first.file.storage.exists(first.file.name)
    material.refresh_from_db()
    assert "Final minutes" in material.file_text
    assert "First draft" not in material.file_text


def test_editing_a_material_does_not_change_its_status(client, boss, centre):
    material = a_material("Budget hearings in Rasht", status=ResourceStatus.SUBMITTED)

    client.post(
        reverse("wagtailsnippets_resources_resource:edit", args=[material.pk]),
        material_data(status=ResourceStatus.APPROVED),
    )

    material.refresh_from_db()
    assert material.status == ResourceStatus.SUBMITTED


def test_a_material_can_be_sent_for_translation_as_other_snippets(client, boss, centre):
    material = a_material("Budget hearings in Rasht")

    response = client.get(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["resources", "resource", material.pk],
        )
    )

    assert response.status_code == 200


def test_a_moderators_message_to_the_contributor_is_not_offered_for_translation(
    client, boss, centre
):
    message = "Please add the year of the hearings."
    material = a_material("Budget hearings in Rasht", moderation_message=message)
    russian = Locale.objects.get(language_code="ru")

    client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["resources", "resource", material.pk],
        ),
        {"locales": [russian.pk]},
    )

    source = TranslationSource.objects.get(object_id=material.translation_key)
    strings = StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    assert "Budget hearings in Rasht" in strings
    assert message not in strings
    editor = client.get(
        reverse(
            "wagtailsnippets_resources_resource:edit", args=[material.get_translation(russian).pk]
        )
    )
    assert editor.status_code == 200
    assert "Budget hearings in Rasht" in editor.content.decode()
    assert message not in editor.content.decode()


def test_the_resource_centre_menu_offers_materials_and_the_moderation_queue(rf, boss):
    from wagtail.admin.menu import admin_menu

    request = rf.get("/admin/")
    request.user = boss

    (centre_item,) = [
        item
        for item in admin_menu.menu_items_for_request(request)
        if item.name == "resource-centre"
    ]
    labels = {str(item.label) for item in centre_item.menu.menu_items_for_request(request)}

    assert {"Materials", "Moderation queue"} <= labels


def version_rows(response):
    """The rows of the edit form's "Files and their versions" panel, as text."""
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup(response).select(".resource-file-versions tbody tr")
    ]


def test_the_edit_form_shows_each_version_of_a_file_the_current_one_marked(
    client, moderator, centre, private_files
):
    moderator.first_name, moderator.last_name = "Firuza", "Karimova"
    moderator.save()
    client.force_login(moderator)
    material = a_material("Budget hearings in Rasht")
    edit = reverse("wagtailsnippets_resources_resource:edit", args=[material.pk])
    client.post(edit, material_data(new_file=pdf("hearing.pdf", "First draft")))
    first = ResourceFile.objects.get()
    assert version_rows(client.get(edit))[0][:1] == ["hearing.pdf"]

    client.post(
        edit, material_data(new_file=pdf("hearing-v2.pdf", "Final minutes"), replaces=first.pk)
    )
    response = client.get(edit)

    (new, old) = version_rows(response)
    assert new[0] == "hearing-v2.pdf"
    assert "Firuza Karimova" in new[2]
    assert new[3] == "Current"
    assert old[0] == "hearing.pdf"
    assert old[3].startswith("Replaced on ") and old[3].endswith(" by hearing-v2.pdf")
    links = [a["href"] for a in soup(response).select(".resource-file-versions a")]
    assert len(links) == 2
    old_file = client.get(links[1])  # the earlier version too, through the checked download
    assert old_file.status_code == 200
    assert b"".join(old_file.streaming_content).startswith(b"%PDF")


def test_a_partners_upload_shows_their_organisation_not_their_name(
    client, boss, centre, add_file, private_files
):
    account = partner()
    material = a_material("Budget hearings in Rasht", organisation=account.organisation)
    add_file(material, name="minutes.pdf", uploaded_by=account.user)

    response = client.get(reverse("wagtailsnippets_resources_resource:edit", args=[material.pk]))

    ((name, _size, uploaded, version, _link),) = version_rows(response)
    assert name == "minutes.pdf"
    assert "A member of Women of the Pamirs" in uploaded
    assert account.user.first_name not in response.content.decode()
    assert account.user.email not in uploaded


def test_the_form_that_adds_a_material_has_no_versions_panel(client, boss, centre):
    response = client.get(reverse("wagtailsnippets_resources_resource:add"))

    assert response.status_code == 200
    assert "Files and their versions" not in response.content.decode()
    assert not soup(response).select(".resource-file-versions")


@pytest.fixture
def themes(db):
    """Two themes in each language, translations of one another (the demo's are gone)."""
    ProjectTheme.objects.all().delete()
    made = {}
    for english, russian, tajik in [("Budgets", "Бюджеты", "Буҷетҳо"), ("Water", "Вода", "Об")]:
        key = uuid.uuid4()
        for language, name in [("en", english), ("ru", russian), ("tg", tajik)]:
            made[name] = ProjectTheme.objects.create(
                name=name, locale=Locale.objects.get(language_code=language), translation_key=key
            )
    return made


def offered_themes(response, selector="option"):
    """The names of the themes the form's Themes list offers (or has selected)."""
    return {
        option.get_text(strip=True)
        for option in soup(response).select(f"select[name=themes] {selector}")
    }


def chosen_themes(response):
    return offered_themes(response, "option[selected]")


def test_the_edit_form_of_a_tajik_material_offers_only_tajik_themes_and_saves_them(
    client, boss, centre, themes
):
    material = a_material("Буҷети гендерӣ", language="tg")
    edit = reverse("wagtailsnippets_resources_resource:edit", args=[material.pk])

    assert offered_themes(client.get(edit)) == {"Буҷетҳо", "Об"}

    response = client.post(edit, material_data(title="Буҷети гендерӣ", themes=[themes["Об"].pk]))

    assert response.status_code == 302, soup(response).select(".error-message")
    assert list(material.themes.all()) == [themes["Об"]]


def test_a_new_material_is_offered_the_themes_of_the_language_it_is_made_in(
    client, boss, centre, themes
):
    response = client.get(reverse("wagtailsnippets_resources_resource:add") + "?locale=ru")

    assert offered_themes(response) == {"Бюджеты", "Вода"}


def test_a_theme_chosen_in_another_language_shows_and_is_kept_as_its_translation(
    client, boss, centre, themes
):
    """An imported translation keeps its English source's themes: its form shows them
    in Russian, and saving it stores the Russian ones rather than dropping them."""
    material = a_material("Гендерный бюджет", language="ru")
    material.themes.set([themes["Budgets"]])
    material.save()
    edit = reverse("wagtailsnippets_resources_resource:edit", args=[material.pk])

    response = client.get(edit)

    assert offered_themes(response) == {"Бюджеты", "Вода"}
    assert chosen_themes(response) == {"Бюджеты"}
    client.post(edit, material_data(title="Гендерный бюджет", themes=[themes["Бюджеты"].pk]))
    assert list(material.themes.all()) == [themes["Бюджеты"]]


@pytest.mark.parametrize(
    "language, choose, choose_another",
    [
        ("ru", "Выбрать организация", "Выбрать другой организация"),  # Wagtail's Russian
        ("tg", "Интихоби ташкилот", "Интихоби ташкилот-и дигар"),
    ],
)
def test_the_organisation_chooser_speaks_the_staff_members_language(
    client, moderator, centre, language, choose, choose_another
):
    """Wagtail builds a snippet's edit form once, when the admin's addresses load (in
    English): the chooser's buttons are worded when the form is shown instead."""
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = language
    profile.save()
    client.force_login(moderator)
    material = a_material("Budget hearings in Rasht")

    for address in (
        reverse("wagtailsnippets_resources_resource:add"),
        reverse("wagtailsnippets_resources_resource:edit", args=[material.pk]),
    ):
        chooser = soup(client.get(address)).select_one(
            "div.chooser[data-chooser-url*='/partners/organisation/']"
        )
        buttons = chooser.get_text(" ", strip=True)
        assert choose in buttons and choose_another in buttons, buttons
        assert "Choose" not in buttons
