"""A deal suggestion: what an editor sees and `link_companies` prints."""

from collections.abc import Hashable
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class DealFacts:
    kind: str
    status: str
    parties: dict[Hashable, str]  # company key → role, in reading order
    value: Decimal | None = None
    currency: str = ""
    stake: Decimal | None = None
    evidence: str = ""
    slugs: dict[Hashable, str] = field(default_factory=dict)
    confidence: float = 0.0
    sentences: list[str] = field(default_factory=list)  # every sentence the facts came from

    def key(self) -> tuple:
        return (self.kind, frozenset(self.parties))

    def fingerprint(self) -> str:
        """Stable across runs: the same facts from the same story give the same string."""
        parties = ",".join(sorted(f"{self.slugs[c]}:{r}" for c, r in self.parties.items()))
        value = f"{self.value:f}" if self.value is not None else ""
        stake = f"{self.stake:f}" if self.stake is not None else ""
        return f"{self.kind}|{parties}|{value}{self.currency}|{stake}"

    def as_json(self) -> dict:
        """DESIGN.md's shape for a deal in `link_companies --format json`."""
        return {
            "kind": self.kind,
            "status": self.status,
            "parties": [self.slugs[c] for c in self.parties],
            "value": f"{self.value:f}" if self.value is not None else None,
            "currency": self.currency or None,
            "stake": f"{self.stake:f}" if self.stake is not None else None,
            "evidence": self.evidence,
        }
