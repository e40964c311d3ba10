from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_author_topic_redirects"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["published_at", "id"], name="article_date_idx"),
        ),
    ]
