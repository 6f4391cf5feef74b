"""
The bench data set: the demo content, then many more events, news items, projects
and applications, each page in English, Russian and Tajik, and materials of the
resource centre in English (its catalogue lists one language's).

Pages are added with Wagtail's `add_child` and published as they are created (live,
with publication dates, no revisions): the public site reads only the page tables,
and making a revision and a wagtail-localize translation for each of thousands of
pages would take far longer than the measurements. Wagtail's reference index (the
admin's "usage" counts, which no measured page reads) is not updated for them; the
search index is. All in one transaction.
"""

import dataclasses
import datetime
import itertools
import random
import time
import uuid

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update

import recurrence

from applications.enums import ApplicationStatus
from applications.models import Application, OpenCallPage
from bench.workspace import progress
from core.models import CustomImage
from demo.loader import load_demo_content
from events.enums import EventCategory
from events.models import EventIndexPage, EventPage, Venue
from news.models import NewsIndexPage, NewsKind, NewsPage, NewsTag, NewsTagLink
from partners.models import Organisation
from people.models import Person
from programmes.models import ProgrammePage
from projects.models import (
    ProjectCountry,
    ProjectIndexPage,
    ProjectPage,
    ProjectTheme,
    ProjectThemeLink,
    ProjectType,
    ProjectTypeLink,
)
from resources.models import MaterialLanguage, Resource, ResourceKind, ResourceStatus

LANGUAGES = ["en", "ru", "tg"]
# A few words per language, so titles and text have the bytes of the real thing.
WORDS = {
    "en": "jazz evening concert young musicians festival music class ensemble "
    "improvisation Dushanbe maqom rubab piano voice workshop students stage".split(),
    "ru": "джаз вечер концерт молодые музыканты фестиваль музыка занятие ансамбль "
    "импровизация Душанбе макомы рубаб фортепиано голос мастерская студенты сцена".split(),
    "tg": "ҷаз шом консерт навозандагони ҷавон ҷашнвора мусиқӣ дарс ансамбл "
    "импровизатсия Душанбе мақом рубоб фортепиано овоз устохона донишҷӯён саҳна".split(),
}


@dataclasses.dataclass(frozen=True)
class Size:
    """How much to add on top of the demo content; each page in every language."""

    events: int = 500
    recurring: int = 100  # of the events
    news: int = 200
    projects: int = 50
    applications: int = 2000
    materials: int = 2000

    def materials_only(self):
        """This size's materials and nothing else of the bulk data."""
        return Size(
            events=0, recurring=0, news=0, projects=0, applications=0, materials=self.materials
        )

    def scaled(self, factor):
        """This size times `factor`, at least one of each."""
        return Size(
            **{
                f.name: max(1, round(getattr(self, f.name) * factor))
                for f in dataclasses.fields(self)
            }
        )


class Builder:
    def __init__(self, size, seed=7):
        self.size = size
        self.rng = random.Random(seed)  # noqa: S311 - repeatable data, not security
        self.now = timezone.now()
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.images = list(CustomImage.objects.order_by("pk")[:12])

    def words(self, language, count):
        return " ".join(self.rng.choice(WORDS[language]) for _ in range(count))

    def paragraphs(self, language, count=3):
        return [
            ("paragraph", f"<p>{self.words(language, 60).capitalize()}.</p>") for _ in range(count)
        ]

    def translated(self, model, **lookup):
        """{language: [instances]}: each English instance of `model` and its translations."""
        english = list(model.objects.filter(locale=self.locales["en"], **lookup).order_by("pk"))
        by_key = {
            (item.translation_key, item.locale_id): item
            for item in model.objects.filter(
                translation_key__in=[e.translation_key for e in english]
            )
        }
        return {
            code: [by_key.get((e.translation_key, locale.pk), e) for e in english]
            for code, locale in self.locales.items()
        }

    def news_tags(self, count):
        """{language: [tags]}: `count` news tags, each in every language."""
        tags = {code: [] for code in LANGUAGES}
        for number in range(count):
            key = uuid.uuid4()
            for code in LANGUAGES:
                tags[code].append(
                    NewsTag.objects.create(
                        locale=self.locales[code],
                        translation_key=key,
                        name=f"tag-{number}",
                        slug=f"bench-tag-{number}",
                    )
                )
        return tags

    def add_everywhere(self, model, number, make):
        """Add the page `make(language, number)` under that language's index of `model`."""
        key = uuid.uuid4()
        for code in LANGUAGES:
            parent = self.indexes[model][code]
            page = make(code, number)
            page.locale = self.locales[code]
            page.translation_key = key
            page.first_published_at = page.last_published_at = self.now
            parent.add_child(instance=page)

    def build(self):
        self.indexes = {
            model: {code: model.objects.get(locale=locale) for code, locale in self.locales.items()}
            for model in (EventIndexPage, NewsIndexPage, ProjectIndexPage)
        }
        self.programmes = self.translated(ProgrammePage)
        self.venues = self.translated(Venue)
        self.people = self.translated(Person)
        self.themes = self.translated(ProjectTheme)
        self.types = self.translated(ProjectType)
        self.tags = self.news_tags(15)
        steps = [
            ("events", self.size.events, EventIndexPage, self.event),
            ("news items", self.size.news, NewsIndexPage, self.news_item),
            ("projects", self.size.projects, ProjectIndexPage, self.project),
        ]
        for label, count, index_model, make in steps:
            started = time.monotonic()
            for number in range(count):
                self.add_everywhere(index_model, number, make)
            progress(f"{count} {label} × {len(LANGUAGES)} languages", started)
        started = time.monotonic()
        self.applications()
        progress(f"{self.size.applications} applications", started)
        started = time.monotonic()
        self.materials()
        progress(f"{self.size.materials} materials", started)

    def pick(self, choices, language, number):
        return choices[language][number % len(choices[language])]

    def event(self, language, number):
        if number < self.size.recurring:  # weekly classes that began in the last months
            start = self.now - datetime.timedelta(days=7 * (number % 20) + number % 7)
            rule = recurrence.Rule(recurrence.WEEKLY)
            rules = recurrence.Recurrence(rrules=[rule])
            category = EventCategory.CLASS
        else:  # one-off events from half a year ago to half a year ahead
            start = self.now + datetime.timedelta(hours=(number * 37) % 8760 - 4380)
            rules = ""
            category = list(EventCategory)[number % len(EventCategory)]
        start = start.replace(minute=0, second=0, microsecond=0)
        return EventPage(
            title=f"{self.words(language, 4).capitalize()} {number}",
            slug=f"bench-event-{number}",
            summary=self.words(language, 25),
            programme=self.pick(self.programmes, language, number),
            category=category,
            venue=self.pick(self.venues, language, number),
            start=start,
            end=start + datetime.timedelta(minutes=90),
            recurrences=rules,
            performers=[("person", self.pick(self.people, language, number + i)) for i in range(2)],
            body=self.paragraphs(language),
            price="50 TJS" if number % 3 else "",
            is_free=not number % 3,
        )

    def news_item(self, language, number):
        page = NewsPage(
            title=f"{self.words(language, 6).capitalize()} {number}",
            slug=f"bench-news-{number}",
            date=self.now.date() - datetime.timedelta(days=number * 3),
            kind=list(NewsKind)[number % len(NewsKind)],
            summary=self.words(language, 30),
            body=self.paragraphs(language, 4),
            related_programme=self.pick(self.programmes, language, number),
            image=self.images[number % len(self.images)] if self.images else None,
        )
        tags = dict.fromkeys(self.tags[language][n] for n in (number % 15, number % 7))
        page.tag_links = [
            NewsTagLink(tag=tag, sort_order=position) for position, tag in enumerate(tags)
        ]
        return page

    def project(self, language, number):
        start = self.now.date() - datetime.timedelta(days=40 * number)
        page = ProjectPage(
            title=f"{self.words(language, 5).capitalize()} {number}",
            slug=f"bench-project-{number}",
            summary=self.words(language, 30),
            objectives="<ul>" + f"<li>{self.words(language, 10)}</li>" * 3 + "</ul>",
            body=self.paragraphs(language, 4),
            start_date=start,
            end_date=start + datetime.timedelta(days=365),
            image=self.images[number % len(self.images)] if self.images else None,
        )
        page.theme_links = [ProjectThemeLink(theme=self.pick(self.themes, language, number))]
        page.type_links = [ProjectTypeLink(project_type=self.pick(self.types, language, number))]
        page.countries = [ProjectCountry(country=code) for code in ("TJ", "UZ")[: 1 + number % 2]]
        return page

    def applications(self):
        calls = list(OpenCallPage.objects.order_by("pk"))
        statuses = itertools.cycle(ApplicationStatus.values)
        rows = []
        for number in range(self.size.applications):
            call = calls[number % len(calls)]
            language = call.locale.language_code
            rows.append(
                Application(
                    call=call,
                    call_key=call.translation_key,
                    reference=f"{call.reference_prefix}-B{number:05d}",
                    name=self.words(language, 2).title(),
                    email=f"applicant{number}@example.org",
                    language=language,
                    status=next(statuses),
                    answers=[
                        {
                            "id": "bench",
                            "type": "long_text",
                            "label": "About you",
                            "value": self.words(language, 40),
                        }
                    ],
                    submission_token=uuid.uuid4(),
                )
            )
        Application.objects.bulk_create(rows, batch_size=500)

    def materials(self):
        """Approved English materials of the demo's organisations, saved one by one as
        staff add them (the search index too), with text as if read from their files."""
        organisations = list(Organisation.objects.filter(locale=self.locales["en"]))
        languages = list(MaterialLanguage.objects.all())
        kinds = itertools.cycle(ResourceKind.values)
        for number in range(self.size.materials):
            material = Resource(
                title=f"{self.words('en', 6).capitalize()} {number}",
                slug=f"bench-material-{number}",
                summary=self.words("en", 40),
                file_text=self.words("en", 300),
                kind=next(kinds),
                year=2010 + number % 16,
                organisation=organisations[number % len(organisations)],
                locale=self.locales["en"],
                status=ResourceStatus.APPROVED,
                public=number % 5 == 0,
            )
            material.save()
            material.languages.set(languages[: 1 + number % len(languages)])
            material.themes.set([self.pick(self.themes, "en", number)])


def load_demo():
    started = time.monotonic()
    load_demo_content()
    progress("demo content", started)


def add(size=Size()):
    """Add `size` more of everything to the demo content; return what exists afterwards."""
    with transaction.atomic(), disable_reference_index_auto_update():
        Builder(size).build()
    return counts()


def counts():
    return {
        "events": EventPage.objects.count(),
        "recurring events": EventPage.objects.exclude(recurrences="").count(),
        "news items": NewsPage.objects.count(),
        "projects": ProjectPage.objects.count(),
        "applications": Application.objects.count(),
        "materials": Resource.objects.count(),
    }
