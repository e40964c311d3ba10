from django.db import models

from core.loading import QuickLoad


class CoMention(QuickLoad):
    """How many published stories name both `company` and `other`: a company page's "often
    mentioned with", read as its top rows instead of counted over its coverage on every view.

    Kept exact by `articles.live` on every write path that changes coverage (one row each
    way, so a company's ranking is one indexed range); `recount_coverage` rebuilds them all.
    """

    company = models.ForeignKey(
        "companies.Company", on_delete=models.CASCADE, related_name="co_mentions"
    )
    other = models.ForeignKey("companies.Company", on_delete=models.CASCADE, related_name="+")
    shared = models.PositiveIntegerField()

    # Counted, not entered: a company merge leaves these rows to `articles.live`.
    MERGE_MOVES = False

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["company", "other"], name="co_mention_once"),
        ]
        indexes = [models.Index(fields=["company", "shared"], name="co_mention_rank_idx")]

    def __str__(self) -> str:
        return f"{self.company_id} with {self.other_id}: {self.shared}"
