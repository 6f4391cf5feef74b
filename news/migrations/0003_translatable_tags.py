"""
News tags become translatable snippets (NewsTag), linked to news items in order
(NewsTagLink): each tag news items had becomes one NewsTag with its name and slug, for
staff to translate.
"""

import django.db.models.deletion
import modelcluster.fields
import uuid

from django.conf import settings
from django.db import migrations, models


def tags_to_news_tags(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    NewsPageTag = apps.get_model("news", "NewsPageTag")
    NewsTag = apps.get_model("news", "NewsTag")
    NewsTagLink = apps.get_model("news", "NewsTagLink")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    tagged = list(
        NewsPageTag.objects.values_list(
            "content_object_id", "content_object__locale_id", "tag_id", "tag__name", "tag__slug"
        ).order_by("content_object_id", "pk")
    )
    # One tag, in the default language when a page of it has the tag: translations of
    # news items show it in English (marked so) until staff translate the tag.
    locale_of = {}
    for _page_id, locale_id, tag_id, _name, _slug in tagged:
        if tag_id not in locale_of or (default and locale_id == default.pk):
            locale_of[tag_id] = locale_id
    tags = {}
    for position, (page_id, _locale_id, tag_id, name, slug) in enumerate(tagged):
        if tag_id not in tags:
            tags[tag_id] = NewsTag.objects.create(
                locale_id=locale_of[tag_id], name=name, slug=slug[:100]
            )
        NewsTagLink.objects.create(page_id=page_id, tag=tags[tag_id], sort_order=position)


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0002_news_newest_first_index'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='NewsTag',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(max_length=100, verbose_name='name')),
                ('slug', models.SlugField(blank=True, help_text="Latin letters, in the news index's address when it shows this tag's news; made from the name when left empty, and the same in every language.", max_length=100, verbose_name='slug')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'tag',
                'verbose_name_plural': 'tags',
                'ordering': ['name'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='NewsTagLink',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='tag_links', to='news.newspage')),
                ('tag', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='news.newstag', verbose_name='tag')),
            ],
            options={
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.AddConstraint(
            model_name='newstag',
            constraint=models.UniqueConstraint(fields=('locale', 'slug'), name='news_tag_slug_per_language'),
        ),
        migrations.AlterUniqueTogether(
            name='newstag',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.RunPython(tags_to_news_tags, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='newspage',
            name='tags',
        ),
        migrations.DeleteModel(
            name='NewsPageTag',
        ),
    ]
