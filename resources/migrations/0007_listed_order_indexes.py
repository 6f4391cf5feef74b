"""
The catalogue's two orders read from indexes of the listed materials alone (approved and
published). The indexes they replace began with the same columns, but SQLite compares
the boolean `live` as a condition of its own, not as an index column: it used the
locale and status only, then sorted every listed material to show twelve (5 ms of a
page with 2,000 materials).
"""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0001_initial'),
        ('projects', '0001_initial'),
        ('resources', '0006_drafts'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='resource',
            name='resource_newest',
        ),
        migrations.RemoveIndex(
            model_name='resource',
            name='resource_most_downloaded',
        ),
        migrations.AddIndex(
            model_name='resource',
            index=models.Index(condition=models.Q(('live', True), ('status', 'approved')), fields=['locale', 'created_at', 'id'], name='resource_listed_newest'),
        ),
        migrations.AddIndex(
            model_name='resource',
            index=models.Index(condition=models.Q(('live', True), ('status', 'approved')), fields=['locale', 'downloads', 'created_at', 'id'], name='resource_listed_downloads'),
        ),
    ]
