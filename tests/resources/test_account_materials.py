"""A partner's "My organisation's materials" and the contribution form."""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Locale

import pytest

from resources.models import Resource, ResourceFile, ResourceStatus
from tests.helpers import soup
from tests.resources.account_helpers import (
    partner,
    pdf_upload,
    url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_demo_partners")]


def material(account, title, status=ResourceStatus.SUBMITTED, message="", language="en"):
    resource = Resource.objects.create(
        locale=Locale.objects.get(language_code=language),
        title=title,
        summary="A summary.",
        kind="report",
        organisation=account.organisation,
        status=status,
        moderation_message=message,
        submitted_by=account.user,
    )
    ResourceFile.objects.create(
        resource_key=resource.translation_key,
        file=f"resources/{resource.translation_key}/a.pdf",
        name=f"{resource.slug}.pdf",
        content_type="application/pdf",
        size=10,
    )
    return resource


@pytest.fixture
def signed_in_partner(client):
    account = partner()
    client.force_login(account.user)
    return account


def test_the_moderators_message_and_status_show_for_each_material(client, signed_in_partner):
    material(signed_in_partner, "Water rights in the Rasht valley", ResourceStatus.APPROVED)
    material(
        signed_in_partner,
        "Budget guide",
        ResourceStatus.CHANGES_REQUESTED,
        message="Please add the year and the authors.",
    )
    items = soup(client.get(url("my-materials"))).select(".my-materials__item")
    assert [item.h2.text for item in items] == ["Budget guide", "Water rights in the Rasht valley"]
    assert items[0].select_one(".my-materials__status").text == "Changes requested"
    assert "Please add the year and the authors." in items[0].text
    assert "budget-guide.pdf" in items[0].text
    assert items[1].select_one(".my-materials__status").text == "Approved"


def test_a_translated_material_shows_once_in_the_visitors_language(client, signed_in_partner):
    english = material(signed_in_partner, "Budget guide", ResourceStatus.APPROVED)
    russian = english.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.title = "Руководство по бюджету"
    russian.save()
    titles = [
        h2.text
        for h2 in soup(client.get(url("my-materials", "ru"))).select(".my-materials__item h2")
    ]
    assert titles == ["Руководство по бюджету"]


def test_the_organisation_is_named_in_the_language_of_the_page(client, signed_in_partner):
    tajik = signed_in_partner.organisation.copy_for_translation(
        Locale.objects.get(language_code="tg")
    )
    tajik.name = "Занони Помир"
    tajik.save()

    for address in (url("my-materials", "tg"), url("contribute", "tg")):
        text = soup(client.get(address)).select_one("main").get_text(" ", strip=True)
        assert "Занони Помир" in text
        assert "Women of the Pamirs" not in text
    # Where it has no translation, by its own name.
    assert "Women of the Pamirs" in client.get(url("my-materials", "ru")).text


def test_a_member_waiting_for_confirmation_is_not_told_the_organisation_shared_nothing(client):
    account = partner(confirmed=False)
    client.force_login(account.user)
    material(partner("nodira@ngo.example.tj", account.organisation), "Approved elsewhere")

    none = soup(client.get(url("my-materials"))).select_one(".my-materials__none")

    assert none.get_text(strip=True) == (
        "You have not shared a material yet. Your organisation's materials show here "
        "once your membership is confirmed."
    )


def test_materials_of_other_organisations_are_not_listed(client, signed_in_partner):
    other = partner("other@example.org")
    material(other, "Someone else's report")
    assert "Someone else's report" not in client.get(url("my-materials")).text


@pytest.mark.parametrize("count", [1, 12])
def test_my_materials_costs_the_same_queries_with_one_or_many(
    client, signed_in_partner, django_assert_num_queries, count
):
    for number in range(count):
        material(signed_in_partner, f"Report {number}")
    client.get(url("my-materials"))  # the first request fills Wagtail's own caches
    # Session, user, partner account with its organisation, the user's permissions (two:
    # staff are refused), the organisation's name in the page's language, the materials,
    # their files; the site, the menu, the footer and the language links (a private
    # page keeps no fragment in the cache).
    with django_assert_num_queries(12):
        response = client.get(url("my-materials"))
    assert len(soup(response).select(".my-materials__item")) == count


def contribution(**overrides):
    return {
        "title": "Budgeting for small NGOs",
        "summary": "A two-day training module.",
        "kind": "training-module",
        "languages": ["tg"],
        "year": "2025",
        "authors": "Zarina Nazarova",
        "licence": "cc-by-sa-4.0",
        "file": pdf_upload(),
        "rights": "on",
        **overrides,
    }


@pytest.mark.usefixtures("private_files")
def test_a_refused_file_keeps_the_other_answers(post, signed_in_partner):
    script = SimpleUploadedFile("guide.pdf", b"#!/bin/sh\nrm -rf /\n", "application/pdf")
    response = post(url("contribute"), contribution(file=script))
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#id_title")["value"] == "Budgeting for small NGOs"
    assert page.select_one("#id_summary").text.strip() == "A two-day training module."
    assert page.select_one("#id_kind option[selected]")["value"] == "training-module"
    assert page.select_one("#id_licence option[selected]")["value"] == "cc-by-sa-4.0"
    assert page.select_one("#id_authors")["value"] == "Zarina Nazarova"
    assert page.select_one("input[name=languages][value=tg]").has_attr("checked")
    assert page.select_one("#id_rights").has_attr("checked")
    assert page.select_one("#id_file_error")
    assert "please attach the file again" in page.select_one("#form-errors").text
    assert not Resource.objects.exists()


@pytest.mark.usefixtures("private_files")
def test_the_type_is_chosen_by_the_partner_not_left_at_the_first(post, client, signed_in_partner):
    form = soup(client.get(url("contribute", "tg")))
    assert form.select_one("#id_kind option")["value"] == ""
    languages = [label.get_text(strip=True) for label in form.select("#id_languages label")]
    assert languages == ["Тоҷикӣ", "Русӣ", "Англисӣ", "Ӯзбекӣ", "Забони дигар"]

    response = post(url("contribute"), contribution(kind=""))

    assert response.status_code == 400
    assert soup(response).select_one("#id_kind_error")
    assert soup(response).select_one("#id_title")["value"] == "Budgeting for small NGOs"
    assert not Resource.objects.exists()


def test_the_form_says_what_its_star_means_and_stars_the_rights_box(client, signed_in_partner):
    form = soup(client.get(url("contribute"))).select_one("form[data-check-answers]")

    assert form.select_one("p.help").get_text() == "Fields marked * are required."
    rights = form.select_one("#id_rights").parent
    assert rights.select_one("span[aria-hidden=true]").get_text() == "*"
    assert form.select_one("#id_languages").find_parent(attrs={"data-required": True})


@pytest.mark.usefixtures("private_files")
def test_a_year_in_the_future_is_refused(post, signed_in_partner):
    response = post(url("contribute"), contribution(year="2999"))
    assert response.status_code == 400
    assert soup(response).select_one("#id_year_error")
    assert not Resource.objects.exists()


@pytest.mark.usefixtures("private_files")
def test_the_contribution_is_in_the_language_of_the_form(post, signed_in_partner):
    response = post(url("contribute", "ru"), contribution(title="Бюджет НКО"))
    assert response["Location"] == url("my-materials", "ru")
    resource = Resource.objects.get()
    assert resource.locale.language_code == "ru"
    assert resource.status == ResourceStatus.SUBMITTED
    assert ResourceFile.objects.get().resource_key == resource.translation_key


def test_an_unverified_partner_cannot_contribute(client):
    account = partner(verified=False)
    client.force_login(account.user)
    assert client.get(url("contribute")).status_code == 403
