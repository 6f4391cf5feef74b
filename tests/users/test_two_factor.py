"""Staff sign in with their password, then a code from an authenticator app."""

import base64
import hashlib
import hmac
import struct
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.helpers import soup

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-1"


@pytest.fixture(autouse=True)
def two_factor(settings):
    settings.STAFF_TWO_FACTOR = True


def totp(key, at=None):
    """The six-digit code an authenticator app shows for this key now (RFC 6238)."""
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def sign_in(client, username):
    response = client.post(
        "/admin/login/", {"username": username, "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302  # the password is right
    return response


def test_a_superuser_adds_an_authenticator_app_then_reaches_the_admin(client):
    get_user_model().objects.create_superuser("dilnoza", "d@example.org", PASSWORD)
    sign_in(client, "dilnoza")

    admin = client.get("/admin/")
    assert admin.status_code == 302
    assert admin["Location"].startswith("/admin/sign-in-code/add/?next=/admin/")
    setup = client.get(admin["Location"])
    page = soup(setup)
    assert page.h1.get_text(strip=True) == "Add an authenticator app"
    assert page.select_one(".two-factor-qr svg") is not None
    key = base64.b32decode(page.select_one("code").get_text(strip=True))

    wrong = client.post(admin["Location"], {"code": "000000", "next": "/admin/"})
    assert "This code is not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    time.sleep(1.1)  # django-otp makes the next try wait a second after a wrong code
    done = client.post(admin["Location"], {"code": totp(key), "next": "/admin/"})
    assert (done.status_code, done["Location"]) == (302, "/admin/")
    assert client.get("/admin/").status_code == 200
    assert TOTPDevice.objects.get(user__username="dilnoza").confirmed


@pytest.fixture
def planner_with_app():
    planner = get_user_model().objects.create_user("farrukh", "f@example.org", PASSWORD)
    planner.groups.add(Group.objects.get(name="Festival planners"))
    return TOTPDevice.objects.create(user=planner, name="phone", confirmed=True)


def test_a_planner_gives_the_code_after_the_password(client, planner_with_app):
    sign_in(client, "farrukh")

    listing = client.get("/admin/applications/")
    assert listing.status_code == 302
    code_page = listing["Location"]
    assert code_page == "/admin/sign-in-code/?next=/admin/applications/"
    assert "Enter your sign-in code" in client.get(code_page).content.decode()

    wrong = client.post(code_page, {"code": "123456", "next": "/admin/applications/"})
    assert "This code is not right" in wrong.content.decode()
    # django-otp makes the next try wait after a wrong code, even with the right one.
    too_soon = client.post(code_page, {"code": totp(planner_with_app.bin_key)})
    assert "This code is not right" in too_soon.content.decode()
    time.sleep(1.1)
    right = client.post(
        code_page, {"code": totp(planner_with_app.bin_key), "next": "/admin/applications/"}
    )
    assert (right.status_code, right["Location"]) == (302, "/admin/applications/")
    assert client.get("/admin/applications/").status_code == 200


def test_without_the_code_a_password_opens_nothing_and_the_lockout_still_counts(
    client, planner_with_app
):
    sign_in(client, "farrukh")

    for url in ("/admin/", "/admin/applications/", "/admin/pages/", "/admin/images/"):
        assert client.get(url)["Location"].startswith("/admin/sign-in-code/")
    client.logout()
    answers = [
        client.post("/admin/login/", {"username": "farrukh", "password": "guess"}).status_code
        for _ in range(5)
    ]
    assert answers == [200, 200, 200, 200, 429]
