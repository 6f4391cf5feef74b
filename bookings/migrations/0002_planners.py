"""
Bookings are personal data: Festival planners see and change them, and the events'
registration settings; Communication editors and Application reviewers get nothing
here (made by applications/0003; change them in Settings → Groups).
"""

from django.db import migrations

from core.migration_permissions import create_permissions_now

GROUP = "Festival planners"
GRANTS = {
    "booking": ["view_booking", "change_booking"],
    "registration": ["view_registration", "change_registration"],
}


def planners_permissions(Permission):
    return [
        permission
        for model, codenames in GRANTS.items()
        for permission in Permission.objects.filter(
            content_type__app_label="bookings", content_type__model=model, codename__in=codenames
        )
    ]


def grant(apps, schema_editor):
    create_permissions_now(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.add(*planners_permissions(Permission))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(*planners_permissions(Permission))


class Migration(migrations.Migration):
    dependencies = [
        ("bookings", "0001_initial"),
        ("applications", "0003_staff_groups"),
        ("auth", "__latest__"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
