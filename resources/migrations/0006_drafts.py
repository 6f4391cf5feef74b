"""
Materials as drafts and published versions (Wagtail's DraftStateMixin and RevisionMixin),
so that a translation wagtail-localize makes stays out of the catalogue until its
translator publishes it.

- The materials that exist are published: `live` is added with the default True, so every
  row there now stays as visitors see it.
- The catalogue's indexes read `live` beside `status`.
- "Communication editors" and "Resource moderators", who change materials, may publish
  them too (in the admin and from wagtail-localize's translation editor).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

GROUPS = ["Communication editors", "Resource moderators"]


def grant_publish(apps, schema_editor):
    # Wagtail makes the permission after migrations (post_migrate); it is needed now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="resources", model="resource"
    )
    publish, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="publish_resource",
        defaults={"name": "Can publish material"},
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(publish)


def revoke_publish(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    publish = Permission.objects.filter(
        content_type__app_label="resources", codename="publish_resource"
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*publish)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "__latest__"),
        ("auth", "__latest__"),
        ("partners", "0001_initial"),
        ("projects", "0001_initial"),
        ("resources", "0005_catalogue_choice_indexes"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="resource",
            name="resource_newest",
        ),
        migrations.RemoveIndex(
            model_name="resource",
            name="resource_most_downloaded",
        ),
        migrations.RemoveIndex(
            model_name="resource",
            name="resource_years",
        ),
        migrations.RemoveIndex(
            model_name="resource",
            name="resource_organisations",
        ),
        migrations.AddField(
            model_name="resource",
            name="expire_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time"),
        ),
        migrations.AddField(
            model_name="resource",
            name="expired",
            field=models.BooleanField(default=False, editable=False, verbose_name="expired"),
        ),
        migrations.AddField(
            model_name="resource",
            name="first_published_at",
            field=models.DateTimeField(
                blank=True, db_index=True, null=True, verbose_name="first published at"
            ),
        ),
        migrations.AddField(
            model_name="resource",
            name="go_live_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="go live date/time"),
        ),
        migrations.AddField(
            model_name="resource",
            name="has_unpublished_changes",
            field=models.BooleanField(
                default=False, editable=False, verbose_name="has unpublished changes"
            ),
        ),
        migrations.AddField(
            model_name="resource",
            name="last_published_at",
            field=models.DateTimeField(editable=False, null=True, verbose_name="last published at"),
        ),
        migrations.AddField(
            model_name="resource",
            name="latest_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="latest revision",
            ),
        ),
        migrations.AddField(
            model_name="resource",
            name="live",
            field=models.BooleanField(default=True, editable=False, verbose_name="live"),
        ),
        migrations.AddField(
            model_name="resource",
            name="live_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="live revision",
            ),
        ),
        migrations.AddIndex(
            model_name="resource",
            index=models.Index(
                fields=["locale", "status", "live", "-created_at"], name="resource_newest"
            ),
        ),
        migrations.AddIndex(
            model_name="resource",
            index=models.Index(
                fields=["locale", "status", "live", "-downloads"], name="resource_most_downloaded"
            ),
        ),
        migrations.AddIndex(
            model_name="resource",
            index=models.Index(fields=["locale", "status", "live", "year"], name="resource_years"),
        ),
        migrations.AddIndex(
            model_name="resource",
            index=models.Index(
                fields=["locale", "status", "live", "organisation"], name="resource_organisations"
            ),
        ),
        migrations.RunPython(grant_publish, revoke_publish),
    ]
