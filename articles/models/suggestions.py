from django.conf import settings
from django.db import models
from django.utils import timezone

from core.fields import CurrencyField, MoneyValueField, PercentField
from deals.models import Deal


class DealSuggestion(models.Model):
    """Deal facts found in a story's text, waiting for an editor to accept or dismiss them.

    Never a Deal by itself: accepting one (in the admin) creates the Deal, its parties and
    a status event, and links the story.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Waiting for review"
        # A writer, who cannot create deals, asked an editor to create this one.
        PROPOSED = "proposed", "Proposed by a writer"
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
    evidence = models.TextField(help_text="The sentences the facts were read from.")
    confidence = models.FloatField(
        default=0.0,
        help_text="0–1: how surely the text reports this deal, from how it was read (both "
        "sides named, a verb rather than a noun, terms stated, no pronoun to resolve).",
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    deal = models.ForeignKey(
        Deal, on_delete=models.SET_NULL, null=True, blank=True, related_name="suggestions"
    )
    on_file = models.ForeignKey(
        Deal,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="news_suggestions",
        help_text="A deal already on file with the same parties and a compatible kind: "
        "accepting links the story to it (and records the step when the status moved) "
        "instead of creating a new deal.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Who asked an editor to create it, and when (empty for suggestions nobody proposed).
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The writer who proposed this deal to the editors.",
    )
    proposed_at = models.DateTimeField(null=True, blank=True)

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

    def propose(self, *, user) -> bool:
        """A writer asks an editor to create this deal; False if it was not waiting
        (already proposed, accepted or dismissed)."""
        if self.state != self.State.PENDING:
            return False
        self.state, self.proposed_by, self.proposed_at = self.State.PROPOSED, user, timezone.now()
        self.save(update_fields=["state", "proposed_by", "proposed_at"])
        return True

    def proposer_name(self) -> str:
        user = self.proposed_by
        return (user.get_full_name() or user.get_username()) if user is not None else ""

    @classmethod
    def record(
        cls, *, article, facts, companies, on_file: Deal | None = None
    ) -> tuple["DealSuggestion", bool]:
        """Store `facts` (a DealFacts) for `article` once; `companies` maps key → Company-ish.
        `on_file`: the deal already on file that the facts are news of, if any."""
        return cls.objects.get_or_create(
            article=article,
            fingerprint=facts.fingerprint(),
            defaults={**cls.fields_from(facts, companies), "on_file": on_file},
        )

    @staticmethod
    def fields_from(facts, companies) -> dict:
        """The suggestion's fields read from `facts` (a DealFacts); `companies` maps each
        party's key to a Company."""
        return {
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
            "evidence": _evidence("\n".join(facts.sentences) or facts.evidence),
            "confidence": facts.confidence,
        }


EVIDENCE_CHARS = 2000


def _evidence(text: str) -> str:
    """The sentences a suggestion was read from, as an editor reads them: without NUL
    bytes (a story stored before the limits could carry one, and PostgreSQL refuses it)
    and cut at EVIDENCE_CHARS (a "sentence" can be a whole unpunctuated body)."""
    text = text.replace("\x00", "")
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"
