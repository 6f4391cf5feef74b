from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image

# The field holding the description in each of the site's other languages.
TRANSLATED_DESCRIPTION_FIELDS = {"ru": "description_ru", "tg": "description_tg"}


class CustomImage(AbstractImage):
    """The site's image, with a credit line that photographers and donors ask for."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source, shown under the image where it is used."),
    )

    # Wagtail's own `description` is the alternative text in the site's default language
    # (English); these hold it in the site's other languages.
    description_ru = models.CharField(
        _("description in Russian"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, read out on pages in Russian. Pages in Russian show "
            "the image without a description when this is empty."
        ),
    )
    description_tg = models.CharField(
        _("description in Tajik"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, read out on pages in Tajik. Pages in Tajik show "
            "the image without a description when this is empty."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "description_ru", "description_tg", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def description_in(self, language_code):
        """The alternative text for a page in `language_code`: the image's description
        (written in the site's default language) or its translation; empty when there
        is none in that language, so no text of another language is read out."""
        if language_code == settings.LANGUAGE_CODE:
            return self.description
        field = TRANSLATED_DESCRIPTION_FIELDS.get(language_code)
        return getattr(self, field) if field else ""


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
