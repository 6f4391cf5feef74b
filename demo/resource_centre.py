"""
The demo's resource centre, from demo/content/resources.yaml: the page, the partner
organisations with a verified demo account each, the materials (translated like the
rest of the demo) with a small PDF each, their download counts, and one contribution
waiting for moderation.

Idempotent as the rest of the demo: a material is found by its slug, its file by the
material's translation key, its counts and the accounts likewise; what exists is left
alone. Passwords are not set here: `manage.py ensure_demo_partners` sets them.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from wagtail.models import Locale

from partners.models import Organisation
from resources.files import add_file
from resources.models import (
    MaterialLanguage,
    MonthlyDownloads,
    PartnerAccount,
    Resource,
    ResourceCentrePage,
    ResourceFile,
    ResourceStatus,
)

from .pdfs import material_pdf

MATERIAL_FIELDS = ["title", "slug", "summary", "kind", "authors", "year", "licence", "public"]


def months_before(today, months):
    """The first day of the month `months` months before `today`'s."""
    index = today.year * 12 + today.month - 1 - months
    return datetime.date(index // 12, index % 12 + 1, 1)


def pdf_upload(file):
    content = material_pdf(file["title"], [file["byline"]], file["text"])
    return SimpleUploadedFile(file["name"], content, content_type="application/pdf")


class ResourceCentreLoader:
    """The resource centre's part of a DemoLoader run (`demo`: its snippets, pages and
    the list of what was made)."""

    def __init__(self, demo, data):
        self.demo = demo
        self.data = data

    @property
    def created(self):
        return self.demo.created

    def load(self, home):
        """The page, organisations and materials in English: the loader translates them,
        then calls `finish`."""
        self.page = self.demo.page(home, ResourceCentrePage, self.data["page"])
        self.organisations = self.demo.snippets(Organisation, self.data["organisations"])
        self.all_organisations = {**self.demo.organisations, **self.organisations}
        self.accounts = {item["email"]: self.account(item) for item in self.data["accounts"]}
        self.materials = [self.material(item) for item in self.data["materials"]]
        return [*self.organisations.values()], [self.page], self.materials

    def finish(self):
        """What comes after the translations: files, counts and the waiting contribution."""
        for material, item in zip(self.materials, self.data["materials"], strict=True):
            self.file(material, item["file"], by=None)
            self.downloads(material, item.get("downloads", []))
        self.waiting(self.data["waiting"])

    def account(self, item):
        User = get_user_model()
        user = User.objects.filter(username=item["email"]).first()
        if user is None:
            user = User(
                username=item["email"],
                email=item["email"],
                first_name=item["first_name"],
                last_name=item["last_name"],
            )
            user.set_unusable_password()  # ensure_demo_partners gives it one
            user.save()
            PartnerAccount.objects.create(
                user=user,
                organisation=self.all_organisations[item["organisation"]],
                organisation_type=item["organisation_type"],
                language=item["language"],
                email_verified_at=timezone.now(),
                membership_confirmed=True,  # the demo's members belong to their organisations
            )
            self.created.append(f"partner account '{user.email}'")
        return user

    def material(self, item):
        resource = Resource.objects.filter(locale=self.demo.locale, slug=item["slug"]).first()
        if resource is None:
            resource = Resource(
                locale=self.demo.locale,
                organisation=self.all_organisations.get(item["organisation"]),
                status=ResourceStatus.APPROVED,
                **{name: item[name] for name in MATERIAL_FIELDS},
            )
            self.describe(resource, item)
            self.created.append(f"material '{resource.title}'")
        return resource

    def describe(self, resource, item):
        """Save `resource` with the themes (in its language where translated) and the
        languages of the material that `item` names."""
        themes = [self.demo.themes[name] for name in item["themes"]]
        resource.themes.set(
            [theme.get_translation_or_none(resource.locale) or theme for theme in themes]
        )
        resource.languages.set(MaterialLanguage.objects.filter(code__in=item["languages"]))
        resource.save()  # a ClusterableModel saves its many-to-many with itself

    def file(self, resource, file, *, by):
        if not ResourceFile.objects.filter(resource_key=resource.translation_key).exists():
            add_file(resource, pdf_upload(file), by=by)
            self.created.append(f"file '{file['name']}'")

    def downloads(self, material, counts):
        """Counts per month and language of the site, each on the material's row in
        that language, and each row's total."""
        counted = MonthlyDownloads.objects.filter(
            resource__translation_key=material.translation_key
        )
        if not counts or counted.exists():
            return
        rows = {
            row.locale.language_code: row
            for row in Resource.objects.filter(
                translation_key=material.translation_key
            ).select_related("locale")
        }
        for item in counts:
            month = months_before(self.demo.today, item["months_ago"])
            for language, count in item.items():
                if language != "months_ago":
                    MonthlyDownloads.objects.create(
                        resource=rows[language], month=month, language=language, count=count
                    )
                    rows[language].downloads += count
        for row in rows.values():
            Resource.objects.filter(pk=row.pk).update(downloads=row.downloads)

    def waiting(self, item):
        """A partner's contribution in their language, as the contribution form stores it."""
        locale = Locale.objects.get(language_code=item["language"])
        if Resource.objects.filter(locale=locale, slug=item["slug"]).exists():
            return
        user = self.accounts[item["account"]]
        organisation = user.partner_account.organisation
        resource = Resource(
            locale=locale,
            organisation=organisation.get_translation_or_none(locale) or organisation,
            status=ResourceStatus.SUBMITTED,
            submitted_by=user,
            public=False,
            **{name: item[name] for name in MATERIAL_FIELDS if name != "public"},
        )
        self.describe(resource, item)
        self.file(resource, item["file"], by=user)
        self.created.append(f"material waiting for moderation '{resource.title}'")
