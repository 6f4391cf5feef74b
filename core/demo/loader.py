"""
The demo content: home page, programmes, partnership projects, news, people,
partners, standard pages and the footer, in English, with Russian and Tajik
translations made through wagtail-localize.

Idempotent: every step looks for what it would create and leaves it alone when it
is there, so a second run changes nothing.
"""

import uuid

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale, Page, Site

from applications.models import Application, ApplicationFile, DecisionEmail, OpenCallPage
from core.models import ContactDetails, Footer
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

from . import content_calls, content_events, content_news, content_pages, content_projects
from .images import demo_image
from .translate import translate


def _locales():
    return [
        Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES
    ]


def _other_locales():
    return [locale for locale in _locales() if locale.language_code != settings.LANGUAGE_CODE]


def _root_page():
    """Wagtail's tree root; made again if an emptied database lost it."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", locale=Locale.get_default()))
    return root


def _paragraphs(texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def _child(parent, page_class, slug, build, created):
    """The child page `slug` of `parent`, created and published by `build()` if missing."""
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = build()
        page.slug = slug
        parent.add_child(instance=page)
        page.save_revision().publish()
        created.append(f"{page_class._meta.verbose_name} '{page.title}'")
    return page


def _snippet(model, lookup, defaults, created):
    instance = model.objects.filter(locale=Locale.get_default(), **lookup).first()
    if instance is None:
        instance = model.objects.create(locale=Locale.get_default(), **lookup, **defaults)
        created.append(f"{model._meta.verbose_name} '{instance}'")
    return instance


def load_home(created):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific

    root = _root_page()
    # Wagtail's own "Welcome to your new Wagtail site!" page takes the slug we want.
    for page in root.get_children().filter(slug=content_pages.HOME["slug"]):
        if page.specific_class is Page:
            page.delete()
    home = HomePage(
        locale=Locale.get_default(),
        hero_image=demo_image("Home: hero", seed=1),
        **content_pages.HOME,
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    created.append(f"home page '{home.title}'")

    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    return home


def load_people_and_partners(created):
    people = {
        data["name"]: _snippet(
            Person,
            {"name": data["name"]},
            {"role": data["role"], "bio": data["bio"]},
            created,
        )
        for data in content_news.PEOPLE
    }
    organisations = {
        name: _snippet(
            Organisation,
            {"name": name},
            {"kind": kind, "website": website, "show_on_home_page": on_home},
            created,
        )
        for name, kind, website, on_home in content_projects.ORGANISATIONS
    }
    themes = {
        name: _snippet(ProjectTheme, {"name": name}, {}, created)
        for name in content_projects.THEMES
    }
    types = {
        name: _snippet(ProjectType, {"name": name}, {}, created) for name in content_projects.TYPES
    }
    return people, organisations, themes, types


def load_programmes(home, people, created):
    index = _child(
        home,
        ProgrammeIndexPage,
        content_pages.PROGRAMME_INDEX["slug"],
        lambda: ProgrammeIndexPage(show_in_menus=True, **content_pages.PROGRAMME_INDEX),
        created,
    )
    programmes = []
    for number, data in enumerate(content_pages.PROGRAMMES, start=10):

        def build(data=data, number=number):
            body = [("paragraph", data["body"])]
            if data["people"]:
                body.append(
                    ("people", {"heading": "", "people": [people[n] for n in data["people"]]})
                )
            return ProgrammePage(
                title=data["title"],
                summary=data["summary"],
                hero_image=demo_image(f"Programme: {data['title']}", seed=number),
                contact_person=people["Malika Rahimova"],
                body=body,
            )

        programmes.append(_child(index, ProgrammePage, data["slug"], build, created))
    if not home.featured_programmes.exists():
        for position, programme in enumerate(programmes):
            HomeFeaturedProgramme.objects.create(
                page=home, programme=programme, sort_order=position
            )
        home.hero_link = index
        home.save_revision().publish()
    return index, programmes


def load_projects(home, organisations, themes, types, created):
    index = _child(
        home,
        ProjectIndexPage,
        content_pages.PROJECT_INDEX["slug"],
        lambda: ProjectIndexPage(show_in_menus=True, **content_pages.PROJECT_INDEX),
        created,
    )
    projects = []
    for number, data in enumerate(content_projects.PROJECTS, start=30):

        def build(data=data, number=number):
            texts = list(data["body"])
            if data["illustrative"]:
                texts.append(content_projects.ILLUSTRATIVE)
            objectives = "<ul>" + "".join(f"<li>{o}</li>" for o in data["objectives"]) + "</ul>"
            page = ProjectPage(
                title=data["title"],
                summary=data["summary"],
                objectives=objectives,
                body=_paragraphs(texts),
                start_date=data["start"],
                end_date=data["end"],
                image=demo_image(f"Project: {data['slug']}", seed=number, size=(960, 540)),
            )
            # sort_order as the admin's inline panels set it: the order staff gave.
            page.theme_links = [
                ProjectThemeLink(theme=themes[name], sort_order=position)
                for position, name in enumerate(data["themes"])
            ]
            page.type_links = [
                ProjectTypeLink(project_type=types[name], sort_order=position)
                for position, name in enumerate(data["types"])
            ]
            page.countries = [
                ProjectCountry(country=code, sort_order=position)
                for position, code in enumerate(data["countries"])
            ]
            page.partners = [
                ProjectPartner(organisation=organisations[name], role=role, sort_order=position)
                for position, (name, role) in enumerate(data["partners"])
            ]
            return page

        projects.append(_child(index, ProjectPage, data["slug"], build, created))
    return index, projects


def load_news_tags(created):
    names = sorted({name for data in content_news.NEWS for name in data["tags"]})
    return {name: _snippet(NewsTag, {"name": name}, {}, created) for name in names}


def load_news(home, programmes, tags, created):
    by_slug = {programme.slug: programme for programme in programmes}
    index = _child(
        home,
        NewsIndexPage,
        content_news.NEWS_INDEX["slug"],
        lambda: NewsIndexPage(show_in_menus=True, **content_news.NEWS_INDEX),
        created,
    )
    items = []
    for number, data in enumerate(content_news.NEWS, start=60):

        def build(data=data, number=number):
            page = NewsPage(
                title=data["title"],
                date=data["date"],
                kind=data["kind"],
                summary=data["summary"],
                body=_paragraphs(data["body"]),
                related_programme=by_slug[data["programme"]],
                image=demo_image(f"News: {data['slug']}", seed=number, size=(960, 540)),
            )
            page.tag_links = [
                NewsTagLink(tag=tags[name], sort_order=position)
                for position, name in enumerate(data["tags"])
            ]
            return page

        items.append(_child(index, NewsPage, data["slug"], build, created))
    return index, items


def load_venues(created):
    return {
        name: _snippet(
            Venue,
            {"name": name},
            {
                "address": address,
                "postal_code": content_events.POSTAL_CODE,
                "map_url": map_url,
                "accessibility": accessibility,
            },
            created,
        )
        for name, address, map_url, accessibility in content_events.VENUES
    }


def load_performers(people, created):
    for data in content_events.PERFORMERS:
        people[data["name"]] = _snippet(
            Person,
            {"name": data["name"]},
            {"role": data["role"], "bio": data["bio"], "is_group": data["is_group"]},
            created,
        )
    return people


def _event(parent, data, programmes, people, venues, created):
    def build():
        return EventPage(
            title=data["title"],
            summary=data["summary"],
            programme=programmes.get(data.get("programme")),
            category=data["category"],
            venue=venues[data["venue"]],
            start=data["start"],
            end=data["end"],
            all_day=data.get("all_day", False),
            recurrences=data.get("recurrences", ""),
            date_notes=data.get("date_notes", []),
            performers=[("person", people[name]) for name in data.get("performers", [])],
            is_free=data.get("is_free", False),
            price=data.get("price", ""),
        )

    return _child(parent, EventPage, data["slug"], build, created)


def load_events(home, programmes, people, venues, created):
    """The events index, the 2021 festival with its events, and events dated from today."""
    by_slug = {programme.slug: programme for programme in programmes}
    index = _child(
        home,
        EventIndexPage,
        content_events.EVENT_INDEX["slug"],
        lambda: EventIndexPage(show_in_menus=True, **content_events.EVENT_INDEX),
        created,
    )
    data = content_events.FESTIVAL
    festival = _child(
        index,
        FestivalPage,
        data["slug"],
        lambda: FestivalPage(
            title=data["title"],
            summary=data["summary"],
            programme=by_slug[data["programme"]],
            image=demo_image("Festival 2021", seed=90),
            body=_paragraphs([data["body"]]),
        ),
        created,
    )
    festival_events = [
        _event(festival, event, by_slug, people, venues, created)
        for event in content_events.festival_events()
    ]
    today = timezone.localdate()
    events = [
        _event(index, event, by_slug, people, venues, created)
        for event in content_events.upcoming_events(today)
    ]
    return index, festival, festival_events + events


def load_calls(programmes, created):
    """An open call under three of the programmes, dated from today."""
    by_slug = {programme.slug: programme for programme in programmes}
    calls = []
    for data in content_calls.calls(timezone.localdate()):
        calls.append(
            _child(
                by_slug[data["programme"]],
                OpenCallPage,
                data["slug"],
                lambda data=data: OpenCallPage(
                    title=data["title"],
                    summary=data["summary"],
                    intro=f"<p>{data['intro']}</p>",
                    eligibility=f"<p>{data['eligibility']}</p>",
                    what_to_submit=f"<p>{data['what_to_submit']}</p>",
                    confirmation_message=f"<p>{data['confirmation']}</p>",
                    opens_at=timezone.make_aware(data["opens_at"]),
                    closes_at=timezone.make_aware(data["closes_at"]),
                    reference_prefix=data["prefix"],
                    notification_email="applications@example.org",
                    questions=data["questions"],
                    criteria=data["criteria"],
                ),
                created,
            )
        )
    return calls


# The smallest file that a PDF reader (and the upload check) takes for a PDF.
SAMPLE_PDF = b"%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"


def load_sample_applications(closed_call, created):
    """A few applications in different states, each with a press kit, in its own language."""
    from django.core.files.base import ContentFile

    from applications.submission import next_reference

    if Application.objects.filter(call_key=closed_call.translation_key).exists():
        return
    calls = {
        call.locale.language_code: call for call in closed_call.get_translations(inclusive=True)
    }
    questions = {block.block_type: block for block in closed_call.questions}
    for name, email, language, status, band in content_calls.SAMPLE_APPLICATIONS:
        call = calls[language]
        application = Application.objects.create(
            call=call,
            call_key=call.translation_key,
            reference=next_reference(call.reference_prefix),
            name=name,
            email=email,
            language=language,
            status=status,
            answers=[
                {
                    "id": questions["short_text"].id,
                    "type": "short_text",
                    "label": "Band name",
                    "value": band,
                },
                {
                    "id": questions["long_text"].id,
                    "type": "long_text",
                    "label": "About the band",
                    "value": f"{band} plays ethno jazz.",
                },
                {
                    "id": questions["consent"].id,
                    "type": "consent",
                    "label": "Consent",
                    "value": True,
                },
            ],
            submission_token=uuid.uuid4(),
        )
        ApplicationFile.objects.create(
            application=application,
            question_id=questions["file"].id,
            question="Press kit",
            file=ContentFile(SAMPLE_PDF, name="press-kit.pdf"),
            original_name=f"{band} press kit.pdf",
            content_type="application/pdf",
            size=len(SAMPLE_PDF),
        )
        created.append(f"application '{application.reference}'")


def load_decision_emails(created):
    return [
        _snippet(DecisionEmail, {"status": status}, {"subject": subject, "body": body}, created)
        for status, subject, body in content_calls.decision_emails()
    ]


def load_standard_pages(home, created):
    pages = []
    for data in content_pages.STANDARD_PAGES:

        def build(data=data):
            return StandardPage(
                title=data["title"],
                summary=data["summary"],
                show_in_menus=data["show_in_menus"],
                body=_paragraphs(data["body"]),
            )

        pages.append(_child(home, StandardPage, data["slug"], build, created))
    return pages


def load_contact_details(created):
    details = ContactDetails.load()
    if not details.street_address:
        for name, value in content_pages.CONTACT_DETAILS.items():
            setattr(details, name, value)
        details.logo = demo_image("Bactria Culture Centre: logo", seed=3, size=(512, 512))
        details.save()
        created.append(str(ContactDetails._meta.verbose_name))
    return details


def load_footer(pages, created):
    links = [("link", {"label": page.title, "page": page, "url": ""}) for page in pages]
    return _snippet(Footer, {}, {"text": content_pages.FOOTER_TEXT, "links": links}, created)


def _translate_everywhere(items, created):
    for item in items:
        for locale in _other_locales():
            if not item.has_translation(locale):
                translate(item, locale)
                created.append(f"{item} ({locale.language_code})")


def load_demo_content():
    """Create whatever part of the demo content is missing; return what was created."""
    # No transaction around the whole run: wagtail-localize publishes a translation
    # when its transaction commits, and a translated parent published after its
    # children were added would lose count of them. Each step is safe to run again.
    created = []
    _locales()
    home = load_home(created)
    apply_site_url()  # the Site's host name and port from settings.SITE_URL
    people, organisations, themes, types = load_people_and_partners(created)
    programme_index, programmes = load_programmes(home, people, created)
    project_index, projects = load_projects(home, organisations, themes, types, created)
    news_tags = load_news_tags(created)
    news_index, news = load_news(home, programmes, news_tags, created)
    venues = load_venues(created)
    people = load_performers(people, created)
    events_index, festival, events = load_events(home, programmes, people, venues, created)
    calls = load_calls(programmes, created)
    decision_emails = load_decision_emails(created)
    standard_pages = load_standard_pages(home, created)
    footer = load_footer(standard_pages, created)
    load_contact_details(created)
    # Snippets first, then pages, parents before children: a translation points at
    # the translated snippets, and wagtail-localize needs a translated parent.
    _translate_everywhere(
        [
            *people.values(),
            *organisations.values(),
            *venues.values(),
            *decision_emails,
            *themes.values(),
            *types.values(),
            *news_tags.values(),
            home,
            programme_index,
            *programmes,
            project_index,
            *projects,
            news_index,
            *news,
            events_index,
            festival,
            *events,
            *calls,
            *standard_pages,
            footer,
        ],
        created,
    )
    load_sample_applications(calls[-1], created)
    return created
