"""The resource centre in three languages, and materials made directly as rows."""

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.models import Locale

import pytest
from fpdf import FPDF

from partners.models import Organisation
from resources.models import (
    PartnerAccount,
    Resource,
    ResourceCentrePage,
    ResourceFile,
    ResourceKind,
)
from tests.helpers import private_storage_in

CENTRE_SLUGS = {"en": "resources", "ru": "resursy", "tg": "zakhiraho"}
CENTRE_TITLES = {"en": "Resource centre", "ru": "Ресурсный центр", "tg": "Маркази захираҳо"}


@pytest.fixture
def centre(home_pages):
    """The resource centre page of each language, translations of one another, with no
    material yet: the demo's page and materials make way for each test's own."""
    ResourceCentrePage.objects.all().delete()
    Resource.objects.all().delete()
    key = uuid.uuid4()
    pages = {}
    for language, slug in CENTRE_SLUGS.items():
        page = ResourceCentrePage(title=CENTRE_TITLES[language], slug=slug, translation_key=key)
        home_pages[language].add_child(instance=page)
        page.save_revision().publish()
        pages[language] = page
    return pages


def pdf_bytes(text="A guide"):
    document = FPDF()
    document.add_page()
    document.set_font("helvetica", size=16)
    document.cell(text=text)
    return bytes(document.output())


@pytest.fixture
def make_material():
    """A material in one language (a translation of `source` when given)."""

    def make(title, language="en", *, source=None, **fields):
        fields.setdefault("summary", f"About {title}.")
        fields.setdefault("kind", "report")
        languages = fields.pop("languages", [])
        themes = fields.pop("themes", [])
        material = Resource(
            title=title,
            locale=Locale.objects.get(language_code=language),
            translation_key=source.translation_key if source else uuid.uuid4(),
            **fields,
        )
        material.save()
        material.languages.set(languages)
        material.themes.set(themes)
        material.save()
        return material

    return make


@pytest.fixture
def add_file():
    """A file of a material in private storage, as part 1's add_file will store it."""

    def add(material, name="guide.pdf", content=None, content_type="application/pdf", **fields):
        content = pdf_bytes() if content is None else content
        return ResourceFile.objects.create(
            resource_key=material.translation_key,
            file=ContentFile(content, name=name),
            name=name,
            content_type=content_type,
            size=len(content),
            **fields,
        )

    return add


@pytest.fixture
def no_demo_partners(db, django_user_model):
    """The demo's partner accounts, their users and organisations, and the materials,
    make way for each test's own: a sign-up as "Women of the Pamirs" makes that
    organisation anew."""
    accounts = list(PartnerAccount.objects.select_related("organisation"))
    Resource.objects.all().delete()
    PartnerAccount.objects.all().delete()
    django_user_model.objects.filter(pk__in=[account.user_id for account in accounts]).delete()
    Organisation.objects.filter(
        translation_key__in={account.organisation.translation_key for account in accounts}
    ).delete()


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(
        name="Civil Voices", locale=Locale.objects.get(language_code="en")
    )


@pytest.fixture
def member(django_user_model, organisation):
    """A verified partner whom staff granted access."""
    user = django_user_model.objects.create_user("member@example.org", "member@example.org", "x")
    PartnerAccount.objects.create(
        user=user,
        organisation=organisation,
        organisation_type="cso",
        email_verified_at=timezone.now() - datetime.timedelta(days=1),
        access_granted=True,
        membership_confirmed=True,
    )
    return user


@pytest.fixture
def private_files(settings, tmp_path, monkeypatch):
    """Materials' files go to a fresh private folder for each test, which starts with
    no file of a material: the demo's files are out of the way (their rows only)."""
    from django.core.files.storage import storages

    ResourceFile.objects.all().delete()
    folder = private_storage_in(settings, tmp_path / "private")
    monkeypatch.setattr(ResourceFile._meta.get_field("file"), "storage", storages["private"])
    return folder


def a_material(title="Gender budgeting", language="en", **fields):
    return Resource.objects.create(
        title=title,
        summary=fields.pop("summary", "How districts plan budgets with women's groups."),
        kind=fields.pop("kind", ResourceKind.REPORT),
        locale=Locale.objects.get(language_code=language),
        **fields,
    )


def material_data(**overrides):
    """What the admin's material form posts: a report, published."""
    return {
        "title": "Budget hearings in Rasht",
        "slug": "",
        "summary": "How a district held its first public budget hearing.",
        "kind": "report",
        "languages": ["tg"],
        "authors": "",
        "year": "2024",
        "licence": "cc-by-4.0",
        "external_url": "",
        "public": "",
        "action-publish": "action-publish",  # the form's "Publish" button
        **overrides,
    }


def translated(resource, language):
    """The material's translation into `language`, as wagtail-localize makes it."""
    copy = resource.copy_for_translation(Locale.objects.get(language_code=language))
    copy.save()
    return copy


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """client.post, with what waits for the commit (queued mail) done after it."""

    def post(address, data=None, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(address, data, **kwargs)

    return post


def staff(group, username):
    """A member of the staff group `group`."""
    user = get_user_model().objects.create_user(username, f"{username}@bactria.tj", "x" * 16)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def moderator(db):
    return staff("Resource moderators", "moderator")
