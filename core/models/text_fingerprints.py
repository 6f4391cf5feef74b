from django.db import models


class TextFingerprint(models.Model):
    """
    The text an object gives to translate, as a fingerprint: a hash of its
    wagtail-localize segments (core/text_fingerprints.py). `live` is the object as it
    is (a page as published), `synced` its text as its TranslationSource last took it.
    The translation status report compares the two in one query for every object.
    """

    translation_key = models.UUIDField()
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    live = models.CharField(max_length=64, blank=True)
    synced = models.CharField(max_length=64, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="text_fingerprint_per_object"
            )
        ]

    def __str__(self):
        return f"{self.translation_key} ({self.locale_id})"
