"""
What 0003 left out for Communication editors and Festival planners:

- Translating: wagtail-localize's "Can submit translations" permission gates the
  "Translate" and "Sync translated pages/snippets" actions, for pages and snippets
  alike. Editing a translation then needs the permissions each group already has on
  the page tree and on its snippets.
- Images and documents: Wagtail checks them per collection, not with the group's model
  permissions. A "Media" collection, under the root, holds what staff upload (add,
  change, choose there: their uploads land in it); "choose" on the root collection lets
  them pick every image and document on the site in a page, demo pictures included.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Communication editors", "Festival planners"]
MEDIA = "Media"
MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
ROOT_PERMISSIONS = {"wagtailimages": ["choose_image"], "wagtaildocs": ["choose_document"]}


def permissions(Permission, codenames_by_app):
    return [
        permission
        for app_label, codenames in codenames_by_app.items()
        for permission in Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )
    ]


def media_collection(Collection):
    """The root's child called Media, made here (treebeard's API is not in migrations)."""
    root = Collection.objects.get(depth=1)
    existing = Collection.objects.filter(depth=2, name=MEDIA).first()
    if existing:
        return root, existing
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    step = len(root.path)  # treebeard's step length: the root's path is one step
    number = int(last.path[-step:], 36) + 1 if last else 1
    path = root.path + base36(number).rjust(step, "0")
    media = Collection.objects.create(name=MEDIA, path=path, depth=2, numchild=0)
    root.numchild += 1
    root.save(update_fields=["numchild"])
    return root, media


def base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
    return text or "0"


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    submit = Permission.objects.get(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    root, media = media_collection(Collection)
    grants = [
        (media, permissions(Permission, MEDIA_PERMISSIONS)),
        (root, permissions(Permission, ROOT_PERMISSIONS)),
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(submit)
        for collection, collection_permissions in grants:
            for permission in collection_permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(
            *group.permissions.filter(
                content_type__app_label="wagtail_localize", codename="submit_translation"
            )
        )
        GroupCollectionPermission.objects.filter(group=group).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0005_application_log_entries"),
        ("wagtail_localize", "__latest__"),
        ("wagtailcore", "__latest__"),
        ("wagtailimages", "__latest__"),
        ("wagtaildocs", "__latest__"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
