from django.db import models

from core.loading import QuickLoad


class PublicState(QuickLoad):
    """One row: the version of everything readers can see, and when it next changes by itself.

    `version` goes up with every change to anything public (a publish, an edit, a link, a
    company or deal edit), so cached pages, ETags and the company matcher can key on it and
    invalidation is a version bump. `next_live_at` is the earliest scheduled story still to
    go live: when that time passes, the first request to notice counts the stories in and
    bumps the version (`articles.live.catch_up`), so nothing is cached past it and no cron
    job is needed. `story_count` is how many stories are public, recounted with the version
    whenever a story changes (`articles.live.refresh_story_count`).
    """

    version = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField()
    next_live_at = models.DateTimeField(null=True, blank=True)
    # How many stories are public: the archive's length without a COUNT over it per view.
    story_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "public state"

    def __str__(self) -> str:
        return f"version {self.version}"
