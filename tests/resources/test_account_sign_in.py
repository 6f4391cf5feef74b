"""Partners sign in on the public site; staff are refused there; wrong passwords lock
sign-in as at the admin; a forgotten password is reset by email."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from programmes.models import ProgrammePage
from tests.helpers import soup
from tests.resources.account_helpers import (
    PASSWORD,
    link_in,
    partner,
    sent_emails,
    url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_demo_partners")]


def signed_in(client):
    return "_auth_user_id" in client.session


def sign_in(post, email="zarina@ngo.example.tj", password=PASSWORD):
    return post(url("sign-in"), {"username": email, "password": password})


def test_a_partner_signs_in_and_out(post, client):
    partner()
    response = sign_in(post)
    assert response["Location"] == url("my-materials")
    assert signed_in(client)
    response = post(url("sign-out"))
    assert response["Location"] == url("sign-in")
    assert not signed_in(client)
    assert "You are signed out." in client.get(response["Location"]).text


def test_the_sign_out_address_opened_asks_before_signing_out(post, client):
    partner()
    sign_in(post)

    asked = client.get(url("sign-out", "tg"))

    assert asked.status_code == 200
    assert signed_in(client)  # a link followed never signs out
    page = soup(asked)
    assert page.h1.get_text(strip=True) == "Баромадан"
    assert page.select_one("main form button[type=submit]").get_text(strip=True) == "Баромадан"
    assert "private, no-store" in asked["Cache-Control"]
    assert post(url("sign-out", "tg"))["Location"] == url("sign-in", "tg")
    assert not signed_in(client)
    # Signed out already: the address leads to the sign-in.
    assert client.get(url("sign-out", "tg"))["Location"] == url("sign-in", "tg")


@pytest.mark.parametrize("kind", ["editor", "superuser"])
def test_staff_are_refused_at_the_partner_sign_in(post, client, kind):
    if kind == "superuser":
        get_user_model().objects.create_superuser("boss@bactria.tj", "boss@bactria.tj", PASSWORD)
    else:
        user = get_user_model().objects.create_user("boss@bactria.tj", "boss@bactria.tj", PASSWORD)
        user.groups.add(Group.objects.get(name="Communication editors"))
    response = sign_in(post, "boss@bactria.tj")
    assert response.status_code == 200
    assert (
        "This sign-in is for partner organisations."
        in soup(response).select_one("#form-errors").text
    )
    assert not signed_in(client)


def test_a_signed_in_member_of_staff_does_not_reach_the_partner_pages(client):
    staff = get_user_model().objects.create_superuser("boss", "boss@bactria.tj", PASSWORD)
    client.force_login(staff)
    assert client.get(url("my-materials")).status_code == 403
    assert client.get(url("contribute")).status_code == 403


def test_a_visitor_is_sent_to_sign_in_first(client):
    response = client.get(url("my-materials"))
    assert response.status_code == 302
    assert response["Location"] == f"{url('sign-in')}?next={url('my-materials')}"


def test_wrong_passwords_lock_the_partner_sign_in(post, client):
    partner()
    statuses = [sign_in(post, password="wrong-password").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    # Locked: the right password is refused too, on the site's own page.
    response = sign_in(post)
    assert response.status_code == 429
    page = soup(response)
    assert page.h1.text == "Too many attempts"
    assert page.select_one("a.button")["href"] == url("sign-in")
    assert page.html["lang"] == "en"
    assert not signed_in(client)


def test_the_lockout_page_speaks_the_visitors_language(post):
    partner()
    for _ in range(5):
        response = post(
            url("sign-in", "ru"), {"username": "zarina@ngo.example.tj", "password": "x"}
        )
    assert response.status_code == 429
    assert soup(response).h1.text == "Слишком много попыток"


def test_a_wrong_password_says_so_without_saying_whether_the_account_exists(post):
    partner()
    wrong_password = soup(sign_in(post, password="wrong-password")).select_one("#form-errors").text
    no_account = soup(sign_in(post, "nobody@example.org")).select_one("#form-errors").text
    assert wrong_password == no_account
    assert "do not match a partner account" in no_account


def test_a_forgotten_password_is_reset_by_email(post, client):
    partner()
    response = post(url("password-reset"), {"email": "Zarina@ngo.example.tj"})
    assert response["Location"] == url("password-reset-sent")
    [email] = sent_emails()
    assert email.subject == "Choose a new password for the resource centre"
    response = client.get(link_in(email), follow=True)
    assert soup(response).select_one("main form #id_new_password1")
    new_password = "quince-harbour-2231"  # noqa: S105
    response = post(
        response.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert response["Location"] == url("password-reset-complete")
    assert sign_in(post, password=new_password)["Location"] == url("my-materials")


def test_the_new_password_form_calls_it_a_password_as_the_site_does(post, client):
    """Django's Tajik names a new password "рамз"; the partner's pages say "парол"."""
    partner(language="tg")
    post(url("password-reset", "tg"), {"email": "zarina@ngo.example.tj"})
    [email] = sent_emails()

    form = soup(client.get(link_in(email), follow=True)).select_one("main form")

    labels = [label.get_text(" ", strip=True) for label in form.select("label")]
    assert labels[:2] == ["Пароли нав *", "Пароли нав бори дигар *"]
    assert "рамз" not in form.get_text().lower()


def test_staff_get_no_reset_email_from_the_public_site(post):
    get_user_model().objects.create_superuser("boss", "boss@bactria.tj", PASSWORD)
    response = post(url("password-reset"), {"email": "boss@bactria.tj"})
    assert response["Location"] == url("password-reset-sent")
    assert sent_emails() == []


def test_a_partner_does_not_open_pages_kept_for_signed_in_staff(client):
    programme = ProgrammePage.objects.get(locale__language_code="en", slug="jazz-academy")
    PageViewRestriction.objects.create(page=programme, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(partner().user)
    response = client.get(programme.url)
    assert response.status_code == 403
    assert "Jazz Academy" not in response.text
    assert client.get(programme.url.rstrip("/") + ".ics").status_code == 403


def test_a_partner_is_not_asked_for_a_staff_code_in_the_admin(client, settings):
    settings.STAFF_TWO_FACTOR = True
    client.force_login(partner().user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/sign-in-code/add/")["Location"].startswith("/admin/login/")
    assert not TOTPDevice.objects.exists()
