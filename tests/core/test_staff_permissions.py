"""Editors and planners translate what they write, and upload images and documents."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest
from PIL import Image

from core.models import CustomImage
from events.models import EventIndexPage, EventPage
from people.models import Person
from tests.helpers import soup

pytestmark = pytest.mark.django_db

GROUPS = {"editor": "Communication editors", "planner": "Festival planners"}


@pytest.fixture(params=["editor", "planner"])
def staff(request, client):
    """A member of one group, signed in."""
    user = get_user_model().objects.create_user(request.param, f"{request.param}@example.org")
    user.groups.add(Group.objects.get(name=GROUPS[request.param]))
    client.force_login(user)
    return client


def as_member(client, who):
    user = get_user_model().objects.create_user(who, f"{who}@example.org")
    user.groups.add(Group.objects.get(name=GROUPS[who]))
    client.force_login(user)
    return client


def other_locales():
    return list(Locale.objects.exclude(language_code="en").order_by("language_code"))


def translate(client, url):
    """Open wagtail-localize's Translate form at `url`, and translate into ru and tg."""
    form = client.get(url)
    assert form.status_code == 200
    offered = {box["value"] for box in soup(form).select('input[name="locales"][type="checkbox"]')}
    locales = other_locales()
    assert offered == {str(locale.pk) for locale in locales}
    response = client.post(url, {"locales": [locale.pk for locale in locales]})
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_planner_translates_a_new_event_into_russian_and_tajik(
    client, django_capture_on_commit_callbacks
):
    planner = as_member(client, "planner")
    index = EventIndexPage.objects.get(locale__language_code="en")
    response = planner.post(
        reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk]),
        nested_form_data(
            {
                "action-publish": "publish",
                "title": "Rubab evening",
                "slug": "rubab-evening",
                "summary": "",
                "category": "concert",
                "start": "2030-10-03 19:00",
                "end": "2030-10-03 21:00",
                "recurrences": "",
                "status": "scheduled",
                "body": streamfield([]),
                "date_notes": streamfield([]),
                "performers": streamfield([]),
                "booking_questions": streamfield([]),
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(slug="rubab-evening", locale__language_code="en")
    submit = reverse("wagtail_localize:submit_page_translation", args=[event.pk])
    edit = planner.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert submit in edit.content.decode()  # the page's "Translate this page" action

    with django_capture_on_commit_callbacks(execute=True):  # what happens on commit too
        translate(planner, submit)

    # Each translation is a draft until its translator publishes it: visitors never
    # read the English text on a Russian or Tajik page.
    for locale in other_locales():
        translated = EventPage.objects.get(translation_key=event.translation_key, locale=locale)
        home = Page.objects.get(depth=2, locale=locale)
        assert translated.is_descendant_of(home)
        assert not translated.live
        address = translated.url
        assert address.startswith(f"/{locale.language_code}/")
        assert client.get(address).status_code == 404
        editor = planner.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
        assert editor.status_code == 200  # wagtail-localize's translation editor
        with django_capture_on_commit_callbacks(execute=True):
            published = planner.post(
                reverse("wagtailadmin_pages:edit", args=[translated.pk]), {"action": "publish"}
            )
        assert published.status_code == 302
        translated.refresh_from_db()
        assert translated.live
        assert client.get(translated.url).status_code == 200
    sync = planner.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()
    assert "Sync translated pages" in sync


def test_an_editor_translates_a_new_person_into_russian_and_tajik(client):
    editor = as_member(client, "editor")
    response = editor.post(
        reverse("wagtailsnippets_people_person:add"),
        nested_form_data(
            {
                "name": "Farrukh Zokirov",
                "role": "",
                "photo": "",
                "bio": "",
                "links": streamfield([]),
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    person = Person.objects.get(name="Farrukh Zokirov")
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["people", "person", person.pk]
    )
    listing = editor.get(reverse("wagtailsnippets_people_person:list"))
    assert submit in listing.content.decode()  # the row's "Translate" action

    translate(editor, submit)

    translated = Person.objects.filter(translation_key=person.translation_key)
    assert {person.locale.language_code for person in translated} == {"en", "ru", "tg"}
    edit = editor.get(
        reverse(
            "wagtailsnippets_people_person:edit",
            args=[translated.get(locale__language_code="ru").pk],
        )
    )
    assert edit.status_code == 200


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "teal").save(buffer, "JPEG")
    return buffer.getvalue()


def test_staff_upload_images_and_documents_into_the_media_collection(staff):
    media = Collection.objects.get(depth=2, name="Media")
    for url in (reverse("wagtailimages:index"), reverse("wagtaildocs:index")):
        assert staff.get(url).status_code == 200

    image = staff.post(
        reverse("wagtailimages:add"),
        {"title": "Poster", "file": SimpleUploadedFile("poster.jpg", jpeg(), "image/jpeg")},
    )
    document = staff.post(
        reverse("wagtaildocs:add"),
        {"title": "Programme", "file": SimpleUploadedFile("programme.pdf", b"%PDF-1.4\n%%EOF\n")},
    )

    assert image.status_code == 302, image.content.decode()[:2000]
    assert document.status_code == 302, document.content.decode()[:2000]
    assert CustomImage.objects.get(title="Poster").collection == media
    assert get_document_model().objects.get(title="Programme").collection == media
    listed = staff.get(reverse("wagtailimages:index")).content.decode()
    assert "Poster" in listed


def test_the_image_chooser_offers_uploads_and_every_image_on_the_site(staff):
    elsewhere = CustomImage(
        title="Uploaded by an administrator", collection=Collection.get_first_root_node()
    )
    elsewhere.file = ImageFile(io.BytesIO(jpeg()), name="outside-media.jpg")
    elsewhere.save()  # outside Media, in the root collection

    chooser = staff.get(reverse("wagtailimages_chooser:choose"))

    assert chooser.status_code == 200
    html = chooser.json()["html"]
    assert reverse("wagtailimages_chooser:create") in html  # the Upload tab's form
    assert elsewhere.title in html
    documents = staff.get(reverse("wagtaildocs_chooser:choose")).json()["html"]
    assert reverse("wagtaildocs_chooser:create") in documents
