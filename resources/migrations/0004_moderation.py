"""
Moderation of the resource centre in the admin:

- the `moderate_resource` permission (approve, ask for changes, reject: resources/moderation.py);
- `PartnerAccount.membership_confirmed`: accounts that exist now were made before anyone
  could join an organisation by naming it, and stay members (True); new ones start False;
- the group "Resource moderators" (materials, the moderation queue, partner accounts, the
  figures), and materials for "Communication editors" (they upload; they do not moderate).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUPS = {
    "Resource moderators": [
        ("wagtailadmin", "admin", ["access_admin"]),
        ("resources", "resource", ["view_resource", "add_resource", "change_resource", "moderate_resource"]),
        ("resources", "monthlydownloads", ["view_monthlydownloads"]),
        ("resources", "partneraccount", ["view_partneraccount", "change_partneraccount"]),
    ],
    "Communication editors": [
        ("resources", "resource", ["view_resource", "add_resource", "change_resource"]),
    ],
}
NEW_GROUP = "Resource moderators"


def grant(apps, schema_editor):
    # Permissions are normally made after migrations; these are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, model, codenames in grants:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename__in=codenames,
                )
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=NEW_GROUP).delete()
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="resources"))


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_catalogue"),
        ("applications", "0003_staff_groups"),  # "Communication editors" exists
        ("auth", "__latest__"),
        ("wagtailadmin", "__latest__"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="resource",
            options={
                "ordering": ["-created_at"],
                "permissions": [("moderate_resource", "Can moderate materials")],
                "verbose_name": "material",
                "verbose_name_plural": "materials",
            },
        ),
        # Rows that exist are confirmed; the default then becomes False for new ones.
        migrations.AddField(
            model_name="partneraccount",
            name="membership_confirmed",
            field=models.BooleanField(default=True),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="partneraccount",
            name="membership_confirmed",
            field=models.BooleanField(
                default=False,
                help_text="Staff checked that this person belongs to the organisation.",
                verbose_name="membership confirmed",
            ),
        ),
        migrations.RunPython(grant, revoke),
    ]
