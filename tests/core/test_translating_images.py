"""Translators see an image's alternative text and caption among the strings to translate."""

from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest

from core.models import CustomImage
from home.models import StandardPage
from tests.helpers import page_at

pytestmark = pytest.mark.django_db


def test_alt_text_and_caption_of_an_image_are_translated():
    image = CustomImage.objects.create(title="Concert", file=get_test_image_file())
    page = StandardPage(
        title="Gallery",
        slug="gallery",
        body=[
            (
                "image",
                {
                    "image": {
                        "image": image,
                        "alt_text": "Musicians on the stage",
                        "decorative": False,
                    },
                    "caption": "The festival of 2021",
                },
            )
        ],
    )
    page_at("en").add_child(instance=page)
    page.save_revision().publish()

    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="ru")
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {
            "Gallery": "Галерея",
            "Musicians on the stage": "Музыканты на сцене",
            "The festival of 2021": "Фестиваль 2021 года",
        }.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    translation.save_target(publish=True)

    russian = page.get_translation(Locale.objects.get(language_code="ru"))
    figure = russian.body[0].value
    assert {entry.msgid for entry in po} >= {"Musicians on the stage", "The festival of 2021"}
    assert figure["image"].contextual_alt_text == "Музыканты на сцене"
    assert figure["caption"] == "Фестиваль 2021 года"
    assert figure["image"].id == image.id
