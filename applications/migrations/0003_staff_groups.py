"""
The centre's staff groups, with what each may do:

- Communication editors: pages (add, edit, publish), images, documents and the
  snippets visitors read; no access to applications.
- Festival planners: pages too (events live in the page tree), venues, and every
  application: they see, decide and export them.
- Application reviewers: the admin and the review permission only; they see the
  calls they are assigned to (on each call's page) and score them.

Page permissions are given on the root page, so they hold for every language's
tree; staff can narrow them in Settings → Groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = {
    "Communication editors": [
        ("wagtailadmin", "admin", ["access_admin"]),
        ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
        ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
        ("people", "person", ["add_person", "change_person", "view_person"]),
        ("partners", "organisation", ["add_organisation", "change_organisation", "view_organisation"]),
        ("core", "footer", ["change_footer", "view_footer"]),
        ("projects", "projecttheme", ["add_projecttheme", "change_projecttheme", "view_projecttheme"]),
        ("projects", "projecttype", ["add_projecttype", "change_projecttype", "view_projecttype"]),
    ],
    "Festival planners": [
        ("wagtailadmin", "admin", ["access_admin"]),
        ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
        ("wagtaildocs", "document", ["add_document", "choose_document"]),
        ("events", "venue", ["add_venue", "change_venue", "view_venue"]),
        ("people", "person", ["add_person", "change_person", "view_person"]),
        ("applications", "application", ["view_application", "change_application"]),
        ("applications", "decisionemail", ["add_decisionemail", "change_decisionemail", "view_decisionemail"]),
    ],
    "Application reviewers": [
        ("wagtailadmin", "admin", ["access_admin"]),
        ("applications", "application", ["review_application"]),
    ],
}
PAGE_PERMISSIONS = {
    "Communication editors": ["add_page", "change_page", "publish_page"],
    "Festival planners": ["add_page", "change_page", "publish_page"],
}


def create_groups(apps, schema_editor):
    # Permissions are normally made after migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
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
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0002_decisionemail"),
        ("auth", "__latest__"),
        ("wagtailcore", "__latest__"),
        ("wagtailadmin", "__latest__"),
        ("wagtailimages", "__latest__"),
        ("wagtaildocs", "__latest__"),
        ("people", "__latest__"),
        ("partners", "__latest__"),
        ("core", "0004_contact_details"),  # pinned: a later core migration must not reorder history
        ("projects", "__latest__"),
        ("events", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
