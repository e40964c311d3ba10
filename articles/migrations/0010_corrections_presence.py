import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_public_story_count"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Correction",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("correction", "Correction"), ("update", "Update")],
                        default="correction",
                        help_text="Correction: the story said something wrong. Update: the story moved on (new facts, a response); nothing it said was wrong.",
                        max_length=12,
                    ),
                ),
                (
                    "text",
                    models.TextField(
                        help_text="What readers are told, in plain text: “An earlier version of this story gave the stake as 54%. It is 45%.”",
                        max_length=2000,
                    ),
                ),
                (
                    "noted_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now,
                        help_text="When the story was corrected or updated, as shown to readers.",
                    ),
                ),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="corrections",
                        to="articles.article",
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        help_text="The revision of the story this note came with.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="reversion.revision",
                    ),
                ),
            ],
            options={
                "verbose_name": "correction or update",
                "verbose_name_plural": "corrections and updates",
                "ordering": ["-noted_at", "-pk"],
                "indexes": [
                    models.Index(fields=["-noted_at", "-id"], name="correction_newest_idx")
                ],
            },
        ),
        migrations.CreateModel(
            name="Presence",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("object_id", models.PositiveBigIntegerField()),
                (
                    "opened_at",
                    models.DateTimeField(help_text="When this stretch of editing began."),
                ),
                (
                    "seen_at",
                    models.DateTimeField(help_text="The last heartbeat (or opening of the form)."),
                ),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="contenttypes.contenttype",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "editor present",
                "verbose_name_plural": "editors present",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("content_type", "object_id", "user"), name="presence_once"
                    )
                ],
            },
        ),
    ]
