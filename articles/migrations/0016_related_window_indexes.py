"""Covering indexes for related coverage (ArticleQuerySet.related_to): each company, tag
and deal of a story contributes its newest links by link id, and their stories, read from
the index alone. The deals' link table is Django's own many-to-many table, which has no
model to carry an index: plain SQL, the same on SQLite and PostgreSQL."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0015_most_covered'),
        ('companies', '0005_slug_redirects'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='articlecompany',
            index=models.Index(fields=['company', 'id', 'article'], name='article_company_window_idx'),
        ),
        migrations.AddIndex(
            model_name='taggedarticle',
            index=models.Index(fields=['tag', 'id', 'content_object'], name='tagged_article_window_idx'),
        ),
        migrations.RunSQL(
            "CREATE INDEX article_deals_window_idx ON articles_article_deals (deal_id, id, article_id)",
            reverse_sql="DROP INDEX article_deals_window_idx",
        ),
    ]
