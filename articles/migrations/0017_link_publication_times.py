"""Each link of a story to a company, an author, a topic or a deal carries the story's
publication time, so a long list of one thing's stories is read newest (or oldest) first
from the link table's index alone, however its stories are spread over the archive. The
story↔deal table is Django's own many-to-many table: its column and index are made in SQL,
and `StoryDealTime` (not managed) reads it.

The copy is kept by the database's triggers: see articles/link_times.py. Existing links are
filled when the triggers are made, before the indexes."""

from django.db import migrations, models

from articles import link_times, search


def install(apps, schema_editor):
    # First, so that filling the links' times does not rebuild every story's search entry.
    search.reindex_only_moved_links(schema_editor.connection)
    link_times.install(schema_editor.connection)


def remove(apps, schema_editor):
    link_times.remove(schema_editor.connection)
    link_times.remove_deals_column(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0016_related_window_indexes'),
        ('companies', '0005_slug_redirects'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
    ]

    operations = [
        migrations.CreateModel(
            name='StoryDealTime',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('published_at', models.DateTimeField(null=True)),
                ('article', models.ForeignKey(db_constraint=False, on_delete=models.deletion.DO_NOTHING, related_name='deal_links', to='articles.article')),
                ('deal', models.ForeignKey(db_constraint=False, on_delete=models.deletion.DO_NOTHING, related_name='+', to='deals.deal')),
            ],
            options={
                'db_table': 'articles_article_deals',
                'managed': False,
            },
        ),
        migrations.AddField(
            model_name='articlecompany',
            name='published_at',
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='byline',
            name='published_at',
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='taggedarticle',
            name='published_at',
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.RunPython(install, remove),
        migrations.AddIndex(
            model_name='articlecompany',
            index=models.Index(fields=['company', 'published_at', 'article'], name='article_company_time_idx'),
        ),
        migrations.AddIndex(
            model_name='byline',
            index=models.Index(fields=['author', 'published_at', 'article'], name='byline_time_idx'),
        ),
        migrations.AddIndex(
            model_name='taggedarticle',
            index=models.Index(fields=['tag', 'published_at', 'content_object'], name='tagged_article_time_idx'),
        ),
    ]
