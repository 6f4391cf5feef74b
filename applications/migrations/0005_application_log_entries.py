"""
Applications' history gets a table of its own (see applications/models/history.py).

Entries already written to Wagtail's ModelLogEntry move here, labelled with the
application's reference; those of applications since deleted keep only that the
application was erased, and when.
"""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

ERASED_LABEL = "—"
FIELDS = ("content_type_id", "action", "data", "timestamp", "uuid", "user_id", "object_id")


def move_entries(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ApplicationLogEntry = apps.get_model("applications", "ApplicationLogEntry")
    Application = apps.get_model("applications", "Application")
    content_type = ContentType.objects.filter(app_label="applications", model="application").first()
    if content_type is None:
        return
    old = ModelLogEntry.objects.filter(content_type=content_type).order_by("timestamp", "pk")
    references = {
        str(pk): reference for pk, reference in Application.objects.values_list("pk", "reference")
    }
    moved, erased = [], {}
    for entry in old:
        if entry.object_id in references:
            moved.append(
                ApplicationLogEntry(
                    label=references[entry.object_id],
                    **{field: getattr(entry, field) for field in FIELDS},
                )
            )
        else:
            erased[entry.object_id] = entry.timestamp  # the last one
    moved += [
        ApplicationLogEntry(
            content_type=content_type,
            object_id=object_id,
            label=ERASED_LABEL,
            action="applications.erased",
            timestamp=timestamp,
            deleted=True,
        )
        for object_id, timestamp in erased.items()
    ]
    ApplicationLogEntry.objects.bulk_create(moved)
    old.delete()


class Migration(migrations.Migration):

    dependencies = [
        ('applications', '0004_dataprotectionsettings'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ApplicationLogEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('label', models.TextField()),
                ('action', models.CharField(blank=True, db_index=True, max_length=255)),
                ('data', models.JSONField(blank=True, default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder)),
                ('timestamp', models.DateTimeField(db_index=True, verbose_name='timestamp (UTC)')),
                ('uuid', models.UUIDField(blank=True, editable=False, help_text='Log entries that happened as part of the same user action are assigned the same UUID', null=True)),
                ('content_changed', models.BooleanField(db_index=True, default=False)),
                ('deleted', models.BooleanField(default=False)),
                ('object_id', models.CharField(db_index=True, max_length=255)),
                ('content_type', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='contenttypes.contenttype', verbose_name='content type')),
                ('revision', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='wagtailcore.revision')),
                ('user', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'application log entry',
                'verbose_name_plural': 'application log entries',
                'ordering': ['-timestamp', '-id'],
                'abstract': False,
                'indexes': [models.Index(fields=['uuid', 'action', '-timestamp'], name='application_uuid_121afd_idx')],
            },
        ),
        migrations.RunPython(move_entries, migrations.RunPython.noop),
    ]
