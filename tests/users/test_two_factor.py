"""Staff sign in with their password, then a code from an authenticator app."""

import base64
import hashlib
import hmac
import struct
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from programmes.models import ProgrammePage
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


def test_a_superuser_adds_an_authenticator_app_then_reaches_the_admin(client, time_machine):
    time_machine.move_to(timezone.now())
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

    time_machine.shift(1.1)  # django-otp makes the next try wait a second after a wrong code
    done = client.post(admin["Location"], {"code": totp(key), "next": "/admin/"})
    assert (done.status_code, done["Location"]) == (302, "/admin/")
    assert client.get("/admin/").status_code == 200
    assert TOTPDevice.objects.get(user__username="dilnoza").confirmed


@pytest.fixture
def planner_with_app():
    planner = get_user_model().objects.create_user("farrukh", "f@example.org", PASSWORD)
    planner.groups.add(Group.objects.get(name="Festival planners"))
    return TOTPDevice.objects.create(user=planner, name="phone", confirmed=True)


def test_a_planner_gives_the_code_after_the_password(client, planner_with_app, time_machine):
    time_machine.move_to(timezone.now())
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
    time_machine.shift(1.1)
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


def give_the_code(client, code_page, device):
    next_url = code_page.split("?next=", 1)[1]
    return client.post(code_page, {"code": totp(device.bin_key), "next": next_url})


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.LOGIN, "group"])
def test_without_the_code_a_password_does_not_open_a_private_page(
    client, planner_with_app, restriction_type
):
    programme = ProgrammePage.objects.get(locale__language_code="en", slug="jazz-academy")
    restriction = PageViewRestriction.objects.create(
        page=programme,
        restriction_type=PageViewRestriction.LOGIN
        if restriction_type == PageViewRestriction.LOGIN
        else PageViewRestriction.GROUPS,
    )
    if restriction_type == "group":
        restriction.groups.add(Group.objects.get(name="Festival planners"))
    url = programme.url
    sign_in(client, "farrukh")

    without_code = client.get(url)
    assert without_code.status_code == 302
    assert without_code["Location"] == f"/admin/sign-in-code/?next={url}"
    assert "Jazz Academy" not in without_code.content.decode()

    back = give_the_code(client, without_code["Location"], planner_with_app)
    assert (back.status_code, back["Location"]) == (302, url)
    page = client.get(url)
    assert page.status_code == 200
    assert "Jazz Academy" in page.content.decode()


@pytest.fixture
def new_document():
    """Documents made by a test; their files are removed after it."""
    made = []

    def new(title, content, name, **fields):
        document = get_document_model().objects.create(
            title=title, file=ContentFile(content, name=name), **fields
        )
        made.append(document)
        return document

    yield new
    for document in made:
        document.file.delete(save=False)


def test_without_the_code_a_password_does_not_open_a_private_document(
    client, planner_with_app, new_document
):
    private = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = new_document(
        "Minutes", b"The board met on Monday.", "minutes.txt", collection=private
    )
    url = document.url
    sign_in(client, "farrukh")

    without_code = client.get(url)
    assert without_code.status_code == 302
    assert without_code["Location"] == f"/admin/sign-in-code/?next={url}"

    give_the_code(client, without_code["Location"], planner_with_app)
    served = client.get(url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"The board met on Monday."


def test_public_pages_and_documents_need_no_code(client, planner_with_app, new_document):
    document = new_document("Programme", b"Open to all.", "programme.txt")
    sign_in(client, "farrukh")

    assert client.get("/en/programmes/jazz-academy/").status_code == 200
    assert client.get(document.url).status_code == 200


def test_without_the_code_a_password_does_not_open_a_private_programme_s_calendar(
    client, planner_with_app
):
    programme = ProgrammePage.objects.get(locale__language_code="en", slug="jazz-academy")
    PageViewRestriction.objects.create(page=programme, restriction_type=PageViewRestriction.LOGIN)
    url = programme.url.rstrip("/") + ".ics"
    sign_in(client, "farrukh")

    without_code = client.get(url)

    assert without_code.status_code == 302
    assert without_code["Location"] == f"/admin/sign-in-code/?next={url}"
    assert b"BEGIN:VCALENDAR" not in without_code.content
