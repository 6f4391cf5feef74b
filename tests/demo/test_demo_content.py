"""`manage.py load_demo_content` makes the demo site and is safe to run again."""

from django.core.management import call_command

from wagtail.models import Locale, Page, Revision, Site
from wagtail.search.backends import get_search_backend

import pytest

from core.models import Footer
from home.models import HomePage
from programmes.models import ProgrammePage
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "path", "title", "live")),
        "revisions": Revision.objects.count(),
        "footers": list(Footer.objects.order_by("pk").values_list("pk", "text")),
        "locales": list(Locale.objects.order_by("pk").values_list("language_code", flat=True)),
        "sites": list(Site.objects.values_list("hostname", "root_page_id")),
    }


def test_demo_content_has_the_three_languages_and_the_four_programmes():
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "ru", "tg"]
    assert HomePage.objects.live().count() == 3
    english = ProgrammePage.objects.filter(locale__language_code="en").live()
    assert sorted(english.values_list("title", flat=True)) == [
        "Bob's Music Award",
        "Digital Arts Academy",
        "Dushanbe Ethno Jazz Festival",
        "Jazz Academy",
    ]
    tajik = ProgrammePage.objects.filter(locale__language_code="tg").live()
    assert "Академияи ҷаз" in tajik.values_list("title", flat=True)
    assert Footer.objects.count() == 3


def test_demo_translations_are_synced_through_wagtail_localize():
    from wagtail_localize.models import Translation

    jazz = ProgrammePage.objects.get(slug="jazz-academy", locale__language_code="en")
    targets = Translation.objects.filter(source__object_id=jazz.translation_key)
    assert sorted(targets.values_list("target_locale__language_code", flat=True)) == ["ru", "tg"]


def test_running_the_loader_twice_changes_nothing(capsys):
    before = snapshot()

    call_command("load_demo_content")
    call_command("load_demo_content")

    assert snapshot() == before
    assert "already in place" in capsys.readouterr().out


def test_running_the_loader_again_indexes_the_pages_for_search_again(client, capsys):
    def found():
        response = client.get("/tg/search/", {"q": "musiqii"})
        return [link.get_text(strip=True) for link in soup(response).select(".results h2 a")]

    # As a page indexed before search knew its words' Latin forms (core/word_forms.py).
    get_search_backend().delete(ProgrammePage.objects.get(title="Ҷоизаи мусиқии Боб"))
    assert "Ҷоизаи мусиқии Боб" not in found()

    call_command("load_demo_content")

    assert "Search index rebuilt." in capsys.readouterr().out
    assert "Ҷоизаи мусиқии Боб" in found()


def test_the_default_site_serves_the_english_home_page():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.__class__ is HomePage
    assert site.root_page.locale.language_code == "en"


def test_every_translatable_kind_of_content_is_in_every_language():
    from wagtail.models import get_translatable_models

    locales = list(Locale.objects.all())
    for model in get_translatable_models():
        for locale in locales:
            assert model.objects.filter(locale=locale).exists(), (model, locale)


def test_every_page_type_of_the_demo_is_in_every_language():
    from wagtail.models import get_page_models

    page_types = [model for model in get_page_models() if model is not Page]
    in_demo = [model for model in page_types if model.objects.exists()]
    for model in in_demo:
        languages = set(model.objects.values_list("locale__language_code", flat=True))
        assert languages == {"en", "ru", "tg"}, model
    assert len(in_demo) == 13


def test_a_string_missing_from_the_catalogues_is_named_in_the_error():
    from demo.translate import MissingDemoTranslation, translate
    from people.models import Person

    person = Person.objects.create(
        locale=Locale.get_default(), name="Bahrom the drummer", role="Drummer", bio=""
    )

    with pytest.raises(MissingDemoTranslation) as error:
        translate(person, [Locale.objects.get(language_code="tg")])

    assert "Bahrom the drummer" in str(error.value)
    assert "Drummer" in str(error.value)
    assert "tg.po" in str(error.value)


def test_the_demo_is_found_by_search_and_later_pages_are_indexed_as_they_are_saved(client):
    """The loader indexes everything once at its end, then saves index as they happen."""

    def found(query):
        response = client.get("/en/search/", {"q": query})
        return [link.get_text(strip=True) for link in soup(response).select(".results h2 a")]

    assert "Bob's Music Award" in found("award")

    call_command("load_demo_content")
    programme = ProgrammePage.objects.get(slug="jazz-academy", locale__language_code="en")
    programme.title = "Jazz Academy of Zarafshon"
    programme.save_revision().publish()

    assert "Jazz Academy of Zarafshon" in found("zarafshon")
