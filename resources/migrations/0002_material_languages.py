from django.db import migrations

CODES = ["tg", "ru", "en", "uz", "other"]


def add_languages(apps, schema_editor):
    MaterialLanguage = apps.get_model("resources", "MaterialLanguage")
    for code in CODES:
        MaterialLanguage.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("resources", "0001_materials_and_partner_accounts")]

    operations = [migrations.RunPython(add_languages, migrations.RunPython.noop)]
