from django.db import models

from core.loading import QuickLoad
from core.urls import slug_url


class Author(QuickLoad):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    bio = models.TextField(blank=True, help_text="A sentence or two shown on the author's page.")
    story_count = models.PositiveIntegerField(
        default=0, editable=False, help_text="Published stories with this author's byline."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("authors:detail", self.slug)


class TopicStats(QuickLoad):
    """How many published stories carry a tag; kept by `articles.live` like the others."""

    tag = models.OneToOneField(
        "taggit.Tag", on_delete=models.CASCADE, primary_key=True, related_name="stats"
    )
    story_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "topic stats"

    def __str__(self) -> str:
        return f"{self.tag}: {self.story_count}"
