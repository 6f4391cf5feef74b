"""The demo's images are drawings of its subjects, described in every language."""

from pathlib import Path

import pytest

from core.models import CustomImage
from demo.drawings import SUBJECTS
from demo.images import descriptions
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db


def drawn_subject(image):
    """The subject a demo image was drawn from, by its file's name: "stage.jpg", or
    "stage_Ab12cD3.jpg" when the storage had a file of that name already."""
    stem = Path(image.file.name).stem
    return stem if stem in {*SUBJECTS, "logo"} else stem.rsplit("_", 1)[0]


def test_every_demo_image_is_a_drawing_of_a_subject_or_a_logo():
    images = list(CustomImage.objects.all())

    assert len(images) > 20
    for image in images:
        subject = drawn_subject(image)
        if subject == "logo":
            assert image.title.startswith("Logo: ")
            assert image.description == image.title.removeprefix("Logo: ")
        else:
            assert subject in SUBJECTS
            assert image.description == descriptions()[subject]


def test_every_demo_image_is_described_in_each_language():
    for image in CustomImage.objects.all():
        assert image.description
        russian, tajik = image.description_ru, image.description_tg
        assert russian and tajik
        assert len({image.description, russian, tajik}) == 3 or image.description == "UNESCO"


@pytest.mark.parametrize(
    ("language", "slugs", "description"),
    [
        ("en", [], descriptions()["stage"]),
        (
            "ru",
            ["programmy", "tsifrovykh-iskusstv"],
            "Экран компьютера с кадрами анимации, на столе графический планшет и перо.",
        ),
        (
            "tg",
            [],
            "Навозандагон бо саксофон, дутор ва доира дар саҳна зери нури прожекторҳо, "
            "дар паҳлӯяшон пианинонавоз ва дар пеш тамошобинон.",
        ),
    ],
)
def test_pages_describe_their_drawings_in_their_language(client, language, slugs, description):
    home = page_at(language)
    page = home
    for slug in slugs:
        page = next(child for child in page.get_children() if slug in child.slug)

    html = soup(client.get(page.url))

    assert html.select_one("img.hero__image")["alt"] == description


def test_tajik_cards_describe_their_drawings_in_tajik(client):
    html = soup(client.get(page_at("tg").url))

    alts = {img["alt"] for img in html.select("img.card__image")}
    assert "Экрани компютер бо кадрҳои аниматсия, дар рӯи миз планшети графикӣ ва қалам." in alts
    assert all(alts)
