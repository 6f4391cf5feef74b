"""
The demo content, read from the data files in demo/content/: home page, programmes,
partnership projects, news and their tags, events, open calls, people, partners,
standard pages, the footer and the centre's contact details, in English, with Russian
and Tajik translations made through wagtail-localize from demo/content/locale/.

Idempotent: every step looks for what it would create and leaves it alone when it
is there, so a second run changes nothing.
"""

import mimetypes
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db.models.signals import post_save
from django.utils import timezone

from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler

from applications.models import Application, ApplicationFile, DecisionEmail, OpenCallPage
from applications.submission import next_reference
from core.models import ContactDetails, Footer, PrivacyNotice
from core.site_url import apply_site_url
from events.models import EventIndexPage, EventPage, FestivalPage, Venue
from home.models import HomeFeaturedProgramme, HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, NewsTag, NewsTagLink
from partners.models import Organisation
from people.models import Person
from programmes.models import ProgrammeIndexPage, ProgrammePage
from projects.models import (
    ProjectCountry,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectTheme,
    ProjectThemeLink,
    ProjectType,
    ProjectTypeLink,
)

from .bookings import load_bookings
from .data import CONTENT, read
from .images import demo_image, demo_logo
from .resource_centre import ResourceCentreLoader
from .translate import translate

DATA_FILES = [
    "pages",
    "people",
    "partners",
    "programmes",
    "projects",
    "news",
    "events",
    "calls",
    "resources",
    "bookings",
]


def paragraph(text):
    return f"<p>{text}</p>"


def paragraphs(texts):
    return [("paragraph", paragraph(text)) for text in texts]


def body(items):
    """A body from the data: a text is a paragraph, {block type: value} that block."""
    return [
        ("paragraph", paragraph(item)) if isinstance(item, str) else stream([item])[0]
        for item in items
    ]


def bullets(texts):
    return "<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>"


def stream(items):
    """A StreamField's value from the data's notation: a list of {block type: value}."""
    return [(block_type, value) for item in items for block_type, value in item.items()]


def ordered(model, rows):
    """Inline rows with sort_order as the admin's inline panels set it: the order given."""
    return [model(**row, sort_order=position) for position, row in enumerate(rows)]


def fields(data, skip=()):
    """The model fields in `data` but `skip`: images drawn, a body as blocks."""
    values = {}
    for name, value in data.items():
        if name in {"slug", "tags", *skip}:
            continue
        if name.endswith("image"):
            value = demo_image(**value)
        elif name == "body":
            value = body(value)
        values[name] = value
    return values


def with_logo(organisation):
    """An organisation's data with its logo drawn in its `logo_colour`, in its place."""
    values = {name: value for name, value in organisation.items() if name != "logo_colour"}
    return {**values, "logo": demo_logo(organisation["name"], organisation["logo_colour"])}


class DemoLoader:
    """One run: finds or makes each piece of the demo, keeping what it needs later
    (people, partners, venues, programmes) by name or slug, and lists what it made."""

    def __init__(self):
        self.today = timezone.localdate()
        self.created = []
        self.locales = [
            Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.LANGUAGES
        ]
        self.locale = Locale.get_default()
        self.programmes = {}

    def page(self, parent, page_class, data, skip=(), **values):
        """The child `data["slug"]` of `parent`; if missing, made of `data` and `values`
        (which take the place of the data's fields of the same name) and published."""
        page = page_class.objects.child_of(parent).filter(slug=data["slug"]).first()
        if page is None:
            page = page_class(slug=data["slug"], **fields(data, [*skip, *values]), **values)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created.append(f"{page_class._meta.verbose_name} '{page.title}'")
        return page

    def snippet(self, model, lookup, **values):
        instance = model.objects.filter(locale=self.locale, **lookup).first()
        if instance is None:
            instance = model.objects.create(locale=self.locale, **lookup, **values)
            self.created.append(f"{model._meta.verbose_name} '{instance}'")
        return instance

    def snippets(self, model, items, key="name"):
        """Snippets found or made by `key` (an item may be that key's value alone), by key."""
        found = {}
        for item in items:
            values = dict(item) if isinstance(item, dict) else {key: item}
            name = values.pop(key)
            found[name] = self.snippet(model, {key: name}, **values)
        return found

    def load_home(self, data):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", locale=self.locale)
        )
        # Wagtail's own "Welcome to your new Wagtail site!" page takes the slug we want.
        for page in root.get_children().filter(slug=data["slug"]):
            if page.specific_class is Page:
                page.delete()
        home = self.page(
            root, HomePage, data, skip=["hero_link", "featured_programmes"], locale=self.locale
        )
        site = site or Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        return home

    def load_programmes(self, home, data, home_data):
        index = self.page(home, ProgrammeIndexPage, data["index"])
        for item in data["programmes"]:
            people = [self.people[name] for name in item["people"]]
            body = paragraphs(item["body"])
            if people:
                body.append(("people", {"heading": "", "people": people}))
            self.programmes[item["slug"]] = self.page(
                index,
                ProgrammePage,
                item,
                skip=["people"],
                contact_person=self.people[item["contact_person"]],
                body=body,
            )
        if not home.featured_programmes.exists():
            for position, slug in enumerate(home_data["featured_programmes"]):
                HomeFeaturedProgramme.objects.create(
                    page=home, programme=self.programmes[slug], sort_order=position
                )
            home.hero_link = Page.objects.child_of(home).get(slug=home_data["hero_link"])
            home.save_revision().publish()
        return [index, *self.programmes.values()]

    def load_projects(self, home, data):
        index = self.page(home, ProjectIndexPage, data["index"])
        return [index, *(self.project(index, item) for item in data["projects"])]

    def project(self, index, item):
        return self.page(
            index,
            ProjectPage,
            item,
            skip=["themes", "types"],
            objectives=bullets(item["objectives"]),
            theme_links=ordered(
                ProjectThemeLink, [{"theme": self.themes[n]} for n in item["themes"]]
            ),
            type_links=ordered(
                ProjectTypeLink, [{"project_type": self.types[n]} for n in item["types"]]
            ),
            countries=ordered(ProjectCountry, [{"country": code} for code in item["countries"]]),
            partners=ordered(
                ProjectPartner,
                [
                    {**partner, "organisation": self.organisations[partner["organisation"]]}
                    for partner in item["partners"]
                ],
            ),
        )

    def event(self, parent, item):
        return self.page(
            parent,
            EventPage,
            item,
            programme=self.programmes.get(item.get("programme")),
            venue=self.venues[item["venue"]],
            date_notes=stream(item.get("date_notes", [])),
            booking_questions=stream(item.get("booking_questions", [])),
            performers=[("person", self.people[name]) for name in item.get("performers", [])],
        )

    def load_news(self, home, data):
        names = sorted({name for item in data["news"] for name in item["tags"]})
        self.news_tags = self.snippets(NewsTag, names)
        index = self.page(home, NewsIndexPage, data["index"])
        return [index] + [
            self.page(
                index,
                NewsPage,
                item,
                related_programme=self.programmes[item["related_programme"]],
                tag_links=ordered(NewsTagLink, [{"tag": self.news_tags[n]} for n in item["tags"]]),
            )
            for item in data["news"]
        ]

    def load_events(self, home, data, performers):
        self.venues = self.snippets(Venue, data["venues"])
        self.people |= self.snippets(Person, performers)
        index = self.page(home, EventIndexPage, data["index"])
        festival = self.page(
            index,
            FestivalPage,
            data["festival"],
            skip=["events"],
            programme=self.programmes[data["festival"]["programme"]],
        )
        return [
            index,
            festival,
            *(self.event(festival, item) for item in data["festival"]["events"]),
            *(self.event(index, item) for item in data["events"]),
        ]

    def call(self, item):
        rich_text = ["intro", "eligibility", "what_to_submit", "confirmation_message"]
        return self.page(
            self.programmes[item["programme"]],
            OpenCallPage,
            item,
            skip=["programme"],
            **{name: paragraph(item[name]) for name in rich_text},
            questions=stream(item["questions"]),
            criteria=[
                ("criterion", {"name": name, "description": ""}) for name in item["criteria"]
            ],
        )

    def sample_applications(self, call, items):
        """Applications to `call` in different states, each in its own language."""
        if Application.objects.filter(call_key=call.translation_key).exists():
            return
        calls = {page.locale.language_code: page for page in call.get_translations(inclusive=True)}
        questions = {block.block_type: block for block in call.questions}
        for item in items:
            call = calls[item["language"]]
            application = Application.objects.create(
                call=call,
                call_key=call.translation_key,
                reference=next_reference(call.reference_prefix),
                **{name: item[name] for name in ["name", "email", "language", "status"]},
                answers=[
                    {
                        "id": questions[answer["question"]].id,
                        "type": answer["question"],
                        "label": answer["label"],
                        "value": answer["value"],
                    }
                    for answer in item["answers"]
                ],
                submission_token=uuid.uuid4(),
            )
            for file in item["files"]:
                content = (CONTENT / file["file"]).read_bytes()
                ApplicationFile.objects.create(
                    application=application,
                    question_id=questions[file["question"]].id,
                    question=file["label"],
                    file=ContentFile(content, name=file["file"]),
                    original_name=file["name"],
                    content_type=mimetypes.guess_type(file["file"])[0],
                    size=len(content),
                )
            self.created.append(f"application '{application.reference}'")

    def load_contact_details(self, data):
        details = ContactDetails.load()
        if not details.street_address:
            for name, value in fields(data, skip=["logo", "profiles"]).items():
                setattr(details, name, value)
            details.logo = demo_logo(**data["logo"])
            details.profiles = [("url", address) for address in data["profiles"]]
            details.save()
            self.created.append(str(ContactDetails._meta.verbose_name))
        return details

    def load_privacy_notice(self, page):
        notice = PrivacyNotice.load()
        if notice.page_id is None:
            notice.page = page
            notice.save()
            self.created.append(str(PrivacyNotice._meta.verbose_name))

    def translate_everywhere(self, items):
        for item in items:
            missing = [
                locale
                for locale in self.locales
                if locale != self.locale and not item.has_translation(locale)
            ]
            if missing:
                translate(item, missing)
                self.created.extend(f"{item} ({locale.language_code})" for locale in missing)

    def load(self):
        data = {name: read(name, self.today) for name in DATA_FILES}
        pages = data["pages"]
        home = self.load_home(pages["home"])
        apply_site_url()  # the Site's host name and port from settings.SITE_URL
        self.people = self.snippets(Person, data["people"]["people"])
        self.organisations = self.snippets(
            Organisation,
            [with_logo(item) for item in data["partners"]["organisations"]],
        )
        self.themes = self.snippets(ProjectTheme, data["projects"]["themes"])
        self.types = self.snippets(ProjectType, data["projects"]["types"])
        programmes = self.load_programmes(home, data["programmes"], pages["home"])
        projects = self.load_projects(home, data["projects"])
        news = self.load_news(home, data["news"])
        events = self.load_events(home, data["events"], data["people"]["performers"])
        calls = {item["slug"]: self.call(item) for item in data["calls"]["calls"]}
        decision_emails = self.snippets(DecisionEmail, data["calls"]["decision_emails"], "status")
        standard_pages = {
            item["slug"]: self.page(home, StandardPage, item) for item in pages["standard_pages"]
        }
        links = [standard_pages[slug] for slug in pages["footer"]["links"]]
        footer = self.snippet(
            Footer,
            {},
            text=pages["footer"]["text"],
            address=pages["footer"]["address"],
            opening_hours=pages["footer"]["opening_hours"],
            links=[("link", {"label": page.title, "page": page, "url": ""}) for page in links],
        )
        self.load_contact_details(pages["contact_details"])
        self.load_privacy_notice(standard_pages[pages["privacy_notice"]])
        resource_centre = ResourceCentreLoader(self, data["resources"])
        centre_organisations, centre_pages, materials = resource_centre.load(home)
        # Snippets first, then pages, parents before children: a translation points at
        # the translated snippets, and wagtail-localize needs a translated parent.
        self.translate_everywhere(
            [
                *self.people.values(),
                *self.organisations.values(),
                *centre_organisations,
                *self.venues.values(),
                *decision_emails.values(),
                *self.themes.values(),
                *self.types.values(),
                *self.news_tags.values(),
                home,
                *programmes,
                *projects,
                *news,
                *events,
                *calls.values(),
                *standard_pages.values(),
                *centre_pages,
                *materials,  # after the organisations and themes they point at
                footer,
            ]
        )
        resource_centre.finish()
        sample = data["calls"]["sample_applications"]
        self.sample_applications(calls[sample["call"]], sample["applications"])
        load_bookings(data["bookings"], self.created)
        return self.created


@contextmanager
def search_index_updates_paused():
    """Search indexing after each save paused: the loader indexes everything once at
    the end instead (about a seventh of the loading time otherwise)."""
    models = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def load_demo_content():
    """Create whatever part of the demo content is missing; return what was created."""
    # No transaction around the whole run: wagtail-localize publishes a translation
    # when its transaction commits, and a translated parent published after its
    # children were added would lose count of them. Each step is safe to run again.
    # Wagtail's reference index ("used by" in the admin) and the search index are
    # built once at the end rather than after each of the thousand saves.
    with disable_reference_index_auto_update(), search_index_updates_paused():
        created = DemoLoader().load()
    if created:
        call_command("rebuild_references_index", verbosity=0)
        call_command("update_index", verbosity=0)
    return created
