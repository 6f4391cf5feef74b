"""A partner's whole way in: sign up, confirm the address, sign in, share a material,
see it waiting among the organisation's materials."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from partners.models import Organisation
from resources.models import PartnerAccount, Resource, ResourceStatus
from tests.helpers import soup
from tests.resources.account_helpers import (
    PASSWORD,
    link_in,
    pdf_upload,
    sent_emails,
    sign_up_data,
    url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_demo_partners")]


def contribution_data(**overrides):
    return {
        "title": "Budgeting for small NGOs",
        "summary": "A two-day training module on budgets for small organisations.",
        "kind": "training-module",
        "languages": ["tg", "ru"],
        "year": "2025",
        "authors": "Zarina Nazarova",
        "licence": "cc-by-4.0",
        "file": pdf_upload(),
        "rights": "on",
        "website": "",
        **overrides,
    }


@pytest.mark.usefixtures("private_files")
def test_sign_up_verify_sign_in_and_share_a_material(post, client):
    response = post(url("sign-up"), sign_up_data())
    assert response.status_code == 302
    assert response["Location"] == url("sign-up-sent")
    assert "Check your email" in client.get(response["Location"]).text
    # The email waits in the mail queue; the worker sends it.
    assert DBTaskResult.objects.filter(backend_name="mail", status="READY").count() == 1
    [email] = sent_emails()
    assert email.to == ["zarina@ngo.example.tj"]
    assert email.subject == "Confirm your email address for the resource centre"
    assert "Dear Zarina Nazarova," in email.body

    # Not confirmed yet: sign-in refuses, and sends the link again.
    response = post(url("sign-in"), {"username": "zarina@ngo.example.tj", "password": PASSWORD})
    assert "Your email address is not confirmed yet" in response.text
    assert "_auth_user_id" not in client.session
    assert len(sent_emails()) == 1

    response = client.get(link_in(email))
    assert response.status_code == 200
    assert "Your address is confirmed" in response.text
    assert response["Referrer-Policy"] == "same-origin"

    response = post(url("sign-in"), {"username": "Zarina@NGO.example.tj ", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == url("my-materials")
    page = client.get(url("my-materials"))
    assert "Signed in for Women of the Pamirs." in page.text
    assert "has not shared a material yet" in page.text

    response = post(url("contribute"), contribution_data())
    assert response.status_code == 302
    assert response["Location"] == url("my-materials")
    page = soup(client.get(url("my-materials")))
    assert "Your material waits for the moderators" in page.select_one("[role=status]").text
    [item] = page.select(".my-materials__item")
    assert item.h2.text == "Budgeting for small NGOs"
    assert item.select_one(".my-materials__status").text == "Waiting for moderation"
    assert "guide.pdf" in item.text

    material = Resource.objects.get()
    assert material.status == ResourceStatus.SUBMITTED
    assert material.locale.language_code == "en"
    assert material.submitted_by.email == "zarina@ngo.example.tj"
    assert material.organisation.name == "Women of the Pamirs"
    assert {language.code for language in material.languages.all()} == {"tg", "ru"}
    assert not material.public


def test_sign_up_makes_a_partner_organisation_hidden_from_the_home_page(post, client):
    post(url("sign-up"), sign_up_data())
    account = PartnerAccount.objects.select_related("organisation", "user").get()
    assert account.organisation.name == "Women of the Pamirs"
    assert account.organisation.kind == "partner"
    assert not account.organisation.show_on_home_page
    assert account.organisation_type == "cso"
    assert account.email_verified_at is None
    assert account.user.username == account.user.email == "zarina@ngo.example.tj"
    assert not account.user.is_staff


def test_a_colleague_joins_the_organisation_by_its_exact_name(post, client):
    post(url("sign-up"), sign_up_data())
    post(
        url("sign-up"),
        sign_up_data(
            email="farrukh@ngo.example.tj", name="Farrukh", organisation="women of the pamirs"
        ),
    )
    assert Organisation.objects.filter(name__iexact="women of the pamirs").count() == 1
    assert PartnerAccount.objects.values("organisation").distinct().count() == 1


def test_the_verification_email_is_in_the_language_of_the_sign_up(post, client):
    post(url("sign-up", "tg"), sign_up_data())
    [email] = sent_emails()
    assert email.subject == "Суроғаи почтаи электронии худро барои маркази захираҳо тасдиқ кунед"
    assert "/tg/account/verify/" in link_in(email)


def test_signing_up_again_with_a_known_address_says_nothing_and_emails_the_owner(post, client):
    post(url("sign-up"), sign_up_data())
    sent_emails()
    response = post(url("sign-up"), sign_up_data(name="Someone else"))
    assert response["Location"] == url("sign-up-sent")
    assert get_user_model().objects.filter(email="zarina@ngo.example.tj").count() == 1
    [email] = sent_emails()
    assert email.subject == "You already have an account at the resource centre"
    assert "/en/account/password-reset/" in email.body


def test_a_weak_password_is_refused_and_the_form_keeps_the_rest(post, client):
    response = post(url("sign-up"), sign_up_data(password="12345678"))
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#id_email")["value"] == "zarina@ngo.example.tj"
    assert page.select_one("#id_password_error")
    assert not PartnerAccount.objects.exists()


@pytest.mark.parametrize("field", ["name", "organisation"])
def test_a_name_that_reorders_its_letters_is_refused_and_the_form_keeps_the_rest(
    post, client, field
):
    """U+202E shows "Civil \u202eeciov" as "Civil voice" in the moderators' lists."""
    response = post(url("sign-up"), sign_up_data(**{field: "Civil \u202eeciov"}))

    assert response.status_code == 400
    page = soup(response)
    assert "invisible control character" in page.select_one(f"#id_{field}_error").get_text()
    assert page.select_one("#id_email")["value"] == "zarina@ngo.example.tj"
    assert not PartnerAccount.objects.exists()


def test_robots_filling_the_hidden_field_make_no_account(post, client):
    response = post(url("sign-up"), sign_up_data(website="https://spam.example"))
    assert response.status_code == 400
    assert not PartnerAccount.objects.exists()


def test_sign_up_is_limited_per_address(post, client, settings):
    settings.RESOURCE_POST_LIMIT = (2, 3600)
    for number in range(2):
        post(url("sign-up"), sign_up_data(email=f"p{number}@ngo.example.tj"))
    response = post(url("sign-up"), sign_up_data(email="p3@ngo.example.tj"))
    assert response.status_code == 429
    assert "Too many forms were sent from your connection" in response.text
    assert PartnerAccount.objects.count() == 2


def test_a_forged_or_stale_verification_link_verifies_nothing(post, client, time_machine):
    post(url("sign-up"), sign_up_data())
    [email] = sent_emails()
    response = client.get(url("verify", "en", "forged:token"))
    assert response.status_code == 400
    assert "This link does not work" in response.text
    time_machine.move_to(timezone.now() + datetime.timedelta(days=4))
    assert client.get(link_in(email)).status_code == 400
    assert PartnerAccount.objects.get().email_verified_at is None


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Create a partner account"),
        ("ru", "Создать партнёрскую учётную запись"),
        ("tg", "Сохтани ҳисоби шарик"),
    ],
)
def test_the_sign_up_page_speaks_each_language(client, language, heading):
    response = client.get(url("sign-up", language))
    page = soup(response)
    assert page.h1.text == heading
    assert page.html["lang"] == language
    assert page.select_one("meta[name=robots]")["content"] == "noindex"
    assert "private, no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("overrides", "field", "expected"),
    [
        (
            {"password": "abc123xyz"},
            "password",
            "Ин парол хеле кӯтоҳ аст. Он бояд на камтар аз 12 аломат дошта бошад.",
        ),
        (
            {"name": "Зарина " * 30},
            "name",
            "Ин ҷавоб бояд на зиёда аз 150 аломат дошта бошад (ҳоло 209).",
        ),
    ],
    ids=["short-password", "long-name"],
)
def test_django_s_own_errors_read_in_tajik(post, client, overrides, field, expected):
    """Django's Tajik catalogue leaves these out (translations/wagtail/tg fills them)."""
    response = post(url("sign-up", "tg"), sign_up_data(**overrides))

    assert response.status_code == 400
    assert soup(response).select_one(f"#id_{field}_error").get_text(strip=True) == expected
