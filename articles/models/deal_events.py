from django.db import models

from core.loading import QuickLoad
from deals.models import Deal


class DealEvent(QuickLoad):
    """A dated step in a deal's life (talks, agreement, completion, collapse), usually the
    one a story reported; the deal page's status timeline is made of these.

    It lives with the stories because it ties a deal to the story that reported it; an
    event entered by hand from a filing simply has no story.
    """

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="events")
    date = models.DateField()
    status = models.CharField(max_length=20, choices=Deal.Status.choices)
    note = models.CharField(max_length=300, blank=True, help_text="One line: what happened.")
    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deal_events",
        help_text="The story that reported this step. Readers see the step once that story "
        "is published (or at once, for a step with no story, on a public deal).",
    )

    class Meta:
        ordering = ["date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["deal", "date", "status"], name="deal_event_once_per_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.deal}: {self.get_status_display()} on {self.date:%d %b %Y}"
