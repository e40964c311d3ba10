from django.db import models

from core.fields import CurrencyField, MoneyValueField, PercentField
from deals.models import Deal


class DealSuggestion(models.Model):
    """Deal facts found in a story's text, waiting for an editor to accept or dismiss them.

    Never a Deal by itself: accepting one (in the admin) creates the Deal, its parties and
    a status event, and links the story.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Waiting for review"
        ACCEPTED = "accepted", "Accepted"
        DISMISSED = "dismissed", "Dismissed"

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="deal_suggestions"
    )
    fingerprint = models.CharField(max_length=500, editable=False)
    kind = models.CharField(max_length=20, choices=Deal.Kind.choices)
    status = models.CharField(max_length=20, choices=Deal.Status.choices)
    # The deal's own fields, with the same validation: what is suggested is what can be saved.
    value = MoneyValueField(null=True, blank=True)
    currency = CurrencyField(blank=True)
    stake_percent = PercentField(null=True, blank=True)
    parties = models.JSONField(help_text="[{company: id, slug, name, role}] in reading order.")
    evidence = models.TextField(help_text="The sentence the facts were read from.")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    deal = models.ForeignKey(
        Deal, on_delete=models.SET_NULL, null=True, blank=True, related_name="suggestions"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "fingerprint"], name="deal_suggestion_once_per_story"
            ),
        ]

    def __str__(self) -> str:
        names = ", ".join(p["name"] for p in self.parties)
        return f"{self.get_kind_display()}: {names}"

    @classmethod
    def record(cls, *, article, facts, companies) -> tuple["DealSuggestion", bool]:
        """Store `facts` (a DealFacts) for `article` once; `companies` maps key → Company-ish."""
        return cls.objects.get_or_create(
            article=article,
            fingerprint=facts.fingerprint(),
            defaults={
                "kind": facts.kind,
                "status": facts.status,
                "value": facts.value,
                "currency": facts.currency,
                "stake_percent": facts.stake,
                "parties": [
                    {
                        "company": key,
                        "slug": companies[key].slug,
                        "name": companies[key].name,
                        "role": role,
                    }
                    for key, role in facts.parties.items()
                ],
                "evidence": facts.evidence,
            },
        )
