"""
Communication editors add and change news tags (now snippets: news 0003) and edit the
centre's contact details (a setting: core 0004).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "news": ["add_newstag", "change_newstag", "view_newstag"],
    "core": ["change_contactdetails", "view_contactdetails"],
}


def grant(apps, schema_editor):
    # Permissions are normally made after migrations; these need them now.
    for app_label in GRANTS:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Communication editors"):
        for app_label, codenames in GRANTS.items():
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0006_staff_translate_and_media"),
        ("core", "0004_contact_details"),
        ("news", "0003_translatable_tags"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
