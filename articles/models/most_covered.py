from django.db import models

from core.loading import QuickLoad


class MostCovered(QuickLoad):
    """The home page's "most covered": the companies in most of the latest published
    stories, ranked, as `articles.live` last counted them.

    Recounted inside every change to what is public (`live.bump_version`, after the public
    version's row is locked, so two changes recount one after the other), and read as a few
    rows: the ranking is the same on every view until something public changes.
    """

    rank = models.PositiveSmallIntegerField(primary_key=True)
    company = models.ForeignKey("companies.Company", on_delete=models.CASCADE, related_name="+")
    coverage = models.PositiveIntegerField()

    # Counted, not entered: a company merge leaves these rows to `articles.live`.
    MERGE_MOVES = False

    class Meta:
        ordering = ["rank"]
        verbose_name_plural = "most covered"

    def __str__(self) -> str:
        return f"{self.rank}. {self.company_id} ({self.coverage})"
