"""Booking history entries written before bookings were named by their reference alone
carry the person's name in their label: relabel them with the reference (or a dash for
a booking already erased)."""

from django.db import migrations

ERASED_LABEL = "—"


def relabel(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    Booking = apps.get_model("bookings", "Booking")
    content_type = ContentType.objects.filter(app_label="bookings", model="booking").first()
    if content_type is None:
        return
    references = {str(pk): reference for pk, reference in Booking.objects.values_list("pk", "reference")}
    for entry in ModelLogEntry.objects.filter(content_type=content_type):
        label = references.get(entry.object_id, ERASED_LABEL)
        if entry.label != label:
            entry.label = label
            entry.save(update_fields=["label"])


class Migration(migrations.Migration):
    dependencies = [
        ("bookings", "0005_booking_questions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0068_log_entry_empty_object"),
    ]

    operations = [migrations.RunPython(relabel, migrations.RunPython.noop)]
