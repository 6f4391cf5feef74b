"""Festival planners add registration settings to an event, not only change them
(0002 gave them view and change only, so only superusers could open booking on an
event). Deleting a registration stays with superusers."""

from django.db import migrations

from core.migration_permissions import create_permissions_now

GROUP = "Festival planners"
CODENAME = "add_registration"


def add_registration(Permission):
    return Permission.objects.filter(
        content_type__app_label="bookings", content_type__model="registration", codename=CODENAME
    )


def grant(apps, schema_editor):
    create_permissions_now(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.add(*add_registration(Permission))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(*add_registration(Permission))


class Migration(migrations.Migration):
    dependencies = [
        ("bookings", "0006_history_labels_without_names"),
        ("bookings", "0002_planners"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
