"""
The demo content: the home page, the four programmes and the footer, in English,
with Russian and Tajik translations made through wagtail-localize.

Idempotent: every step looks for what it would create and leaves it alone when it
is there, so a second run changes nothing. Later apps add their steps to STEPS.
"""

from django.conf import settings

from wagtail.models import Locale, Page, Site

from core.models import Footer
from home.models import HomePage
from programmes.models import ProgrammeIndexPage, ProgrammePage

from .translate import translate

HOME = {
    "title": "Bactria Culture Centre",
    "slug": "home",
    "summary": (
        "A hub for regional cultural cooperation and a platform for creative "
        "experimentation in Tajikistan."
    ),
    "hero_heading": "Art, music and learning in the heart of Dushanbe",
    "hero_text": (
        "The Bactria Culture Centre supports artists, musicians, designers and other "
        "creators from Tajikistan and Central Asia, including those from remote regions."
    ),
    "hero_link_label": "Our programmes",
    "body": [
        ("heading", {"text": "What we do", "level": "h2"}),
        (
            "paragraph",
            "<p>We run educational programmes, awards and festivals, and we work with "
            "young people and women so that everyone can take part in cultural life.</p>",
        ),
    ],
}

PROGRAMME_INDEX = {
    "title": "Programmes",
    "slug": "programmes",
    "summary": "Education, awards and festivals that the centre runs every year.",
}

PROGRAMMES = [
    {
        "title": "Jazz Academy",
        "slug": "jazz-academy",
        "summary": (
            "A school open all year where young musicians learn jazz from teachers "
            "from Tajikistan and abroad."
        ),
        "body": (
            "<p>The Jazz Academy gives young people from all regions of Tajikistan lessons "
            "in their instrument, ensemble playing and improvisation, and ends each year "
            "with a public concert.</p>"
        ),
    },
    {
        "title": "Bob's Music Award",
        "slug": "bobs-music-award",
        "summary": (
            "An annual award for young musicians of Tajikistan, with a concert of the finalists."
        ),
        "body": (
            "<p>Bob's Music Award invites young musicians to apply with their own "
            "recordings. A jury chooses the finalists, who perform in a concert in "
            "Dushanbe.</p>"
        ),
    },
    {
        "title": "Dushanbe Ethno Jazz Festival",
        "slug": "dushanbe-ethno-jazz-festival",
        "summary": (
            "A festival where musicians from Central Asia and beyond bring traditional "
            "music and jazz together."
        ),
        "body": (
            "<p>The Dushanbe Ethno Jazz Festival brings musicians from Central Asia and "
            "other countries to Dushanbe for concerts, masterclasses and jam sessions.</p>"
        ),
    },
    {
        "title": "Digital Arts Academy",
        "slug": "digital-arts-academy",
        "summary": "Courses in design, animation and digital media for young creators.",
        "body": (
            "<p>The Digital Arts Academy teaches graphic design, animation and video to "
            "young people, with mentors from the creative industries.</p>"
        ),
    },
]

FOOTER_TEXT = (
    "<p>Bactria Culture Centre, Dushanbe, Tajikistan.</p>"
    "<p>Concerts, classes and festivals for everyone.</p>"
)


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


def _translate_everywhere(page_or_snippet, created):
    for locale in _other_locales():
        if not page_or_snippet.has_translation(locale):
            translate(page_or_snippet, locale)
            created.append(f"{page_or_snippet} ({locale.language_code})")


def _publish(page):
    page.save_revision().publish()


def load_home(created):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific

    root = _root_page()
    # Wagtail's own "Welcome to your new Wagtail site!" page takes the slug we want.
    for page in root.get_children().filter(slug=HOME["slug"]):
        if page.specific_class is Page:
            page.delete()
    home = HomePage(
        locale=Locale.get_default(),
        body=HOME["body"],
        **{k: v for k, v in HOME.items() if k != "body"},
    )
    root.add_child(instance=home)
    _publish(home)
    created.append(f"home page '{home.title}'")

    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    return home


def load_programmes(home, created):
    index = ProgrammeIndexPage.objects.child_of(home).first()
    if index is None:
        index = ProgrammeIndexPage(show_in_menus=True, **PROGRAMME_INDEX)
        home.add_child(instance=index)
        _publish(index)
        created.append(f"programme index '{index.title}'")
    programmes = []
    for data in PROGRAMMES:
        programme = ProgrammePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if programme is None:
            programme = ProgrammePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                body=[("paragraph", data["body"])],
            )
            index.add_child(instance=programme)
            _publish(programme)
            created.append(f"programme '{programme.title}'")
        programmes.append(programme)
    return index, programmes


def load_footer(index, created):
    footer = Footer.objects.filter(locale=Locale.get_default()).first()
    if footer is None:
        footer = Footer.objects.create(
            locale=Locale.get_default(),
            text=FOOTER_TEXT,
            links=[("link", {"label": "Our programmes", "page": index, "url": ""})],
        )
        created.append("footer")
    return footer


def load_demo_content():
    """Create whatever part of the demo content is missing; return what was created."""
    # No transaction around the whole run: wagtail-localize publishes a translation
    # when its transaction commits, and a translated parent published after its
    # children were added would lose count of them. Each step is safe to run again.
    created = []
    _locales()
    home = load_home(created)
    index, programmes = load_programmes(home, created)
    footer = load_footer(index, created)
    if home.hero_link_id is None:
        home.hero_link = index
        _publish(home)
    # Parents before children: wagtail-localize needs a translated parent.
    for item in [home, index, *programmes, footer]:
        _translate_everywhere(item, created)
    return created
