"""The image's Russian and Tajik descriptions move from one JSON field, which staff had to
edit as raw JSON, to a text field per language; the values written so far move with them."""

from django.db import migrations, models

LANGUAGES = ("ru", "tg")
MAX_LENGTH = 255


def json_to_fields(apps, schema_editor):
    CustomImage = apps.get_model("core", "CustomImage")
    for image in CustomImage.objects.exclude(translated_descriptions={}):
        for code in LANGUAGES:
            text = str(image.translated_descriptions.get(code) or "").strip()
            # The JSON had no length limit; the field has Wagtail's description's.
            setattr(image, f"description_{code}", text[:MAX_LENGTH])
        image.save(update_fields=[f"description_{code}" for code in LANGUAGES])


def fields_to_json(apps, schema_editor):
    CustomImage = apps.get_model("core", "CustomImage")
    for image in CustomImage.objects.all():
        image.translated_descriptions = {
            code: getattr(image, f"description_{code}")
            for code in LANGUAGES
            if getattr(image, f"description_{code}")
        }
        image.save(update_fields=["translated_descriptions"])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0006_contact_position_footer_address_privacy_notice"),
    ]

    operations = [
        migrations.AddField(
            model_name="customimage",
            name="description_ru",
            field=models.CharField(
                blank=True,
                help_text="What the image shows, read out on pages in Russian. Pages in Russian show the image without a description when this is empty.",
                max_length=MAX_LENGTH,
                verbose_name="description in Russian",
            ),
        ),
        migrations.AddField(
            model_name="customimage",
            name="description_tg",
            field=models.CharField(
                blank=True,
                help_text="What the image shows, read out on pages in Tajik. Pages in Tajik show the image without a description when this is empty.",
                max_length=MAX_LENGTH,
                verbose_name="description in Tajik",
            ),
        ),
        migrations.RunPython(json_to_fields, fields_to_json),
        migrations.RemoveField(
            model_name="customimage",
            name="translated_descriptions",
        ),
    ]
