from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """The site's image, with a credit line that photographers and donors ask for."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source, shown under the image where it is used."),
    )

    translated_descriptions = models.JSONField(
        _("description in other languages"),
        default=dict,
        blank=True,
        help_text=_(
            "The description in each other language of the site, by language code: "
            '{"ru": "...", "tg": "..."}. Pages in a language without one show the image '
            "without a description."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "translated_descriptions")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def description_in(self, language_code):
        """The alternative text for a page in `language_code`: the image's description
        (written in the site's default language) or its translation; empty when there
        is none in that language, so no text of another language is read out."""
        if language_code == settings.LANGUAGE_CODE:
            return self.description
        return self.translated_descriptions.get(language_code, "")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
