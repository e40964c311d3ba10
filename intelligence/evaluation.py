"""Precision and recall of company detection and deal-fact extraction on a labelled set.

The set is a directory with `companies.json` (the import_companies JSON format) and
`stories.yaml` (stories with the companies and deals an editor would tag). It needs no
database: the matcher is built straight from the file.

Deal facts are compared as sets per story: for each deal, its kind, its status, its value
with currency, its stake, and each party with its role. A deal half right earns half
credit, which is how an editor reviewing suggestions experiences it.
"""

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from .analysis import analyse_story
from .matcher import CompanyMatcher

DEFAULT_SET = Path(__file__).resolve().parent / "tests" / "data" / "eval"


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, predicted: set, expected: set) -> None:
        self.true_positives += len(predicted & expected)
        self.predicted += len(predicted)
        self.expected += len(expected)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0


@dataclass
class Evaluation:
    stories: int = 0
    companies: Score = field(default_factory=Score)
    deals: Score = field(default_factory=Score)
    misses: list[str] = field(default_factory=list)


def matcher_from_file(path: Path) -> CompanyMatcher:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return CompanyMatcher((r["name"], r["name"], r["name"], r.get("aliases", [])) for r in rows)


def _number(value) -> str:
    return f"{Decimal(str(value)).normalize():f}"


def deal_facts(kind, status, parties: dict, value=None, currency="", stake=None) -> set:
    facts = {(kind, "kind"), (kind, "status", status)}
    facts |= {(kind, "party", name, role) for name, role in parties.items()}
    if value is not None:
        facts.add((kind, "value", _number(value), currency))
    if stake is not None:
        facts.add((kind, "stake", _number(stake)))
    return facts


def evaluate(directory: Path = DEFAULT_SET) -> Evaluation:
    matcher = matcher_from_file(directory / "companies.json")
    stories = yaml.safe_load((directory / "stories.yaml").read_text(encoding="utf-8"))
    result = Evaluation(stories=len(stories))
    for story in stories:
        analysis = analyse_story(
            headline=story["title"], standfirst="", body=story["body"], matcher=matcher
        )
        found = {m.company for m in analysis.companies}
        expected = set(story["companies"])
        result.companies.add(found, expected)
        predicted_facts = set().union(
            *(
                deal_facts(d.kind, d.status, d.parties, d.value, d.currency, d.stake)
                for d in analysis.deals
            )
        )
        expected_facts = set().union(
            *(
                deal_facts(
                    d["kind"],
                    d["status"],
                    d["parties"],
                    d.get("value"),
                    d.get("currency", ""),
                    d.get("stake"),
                )  # fmt: skip
                for d in story["deals"]
            )
        )
        result.deals.add(predicted_facts, expected_facts)
        for label, extra in (("unexpected", found - expected), ("missed", expected - found)):
            if extra:
                result.misses.append(f"{story['id']}: {label} companies {sorted(extra)}")
        for label, extra in (
            ("unexpected", predicted_facts - expected_facts),
            ("missed", expected_facts - predicted_facts),
        ):
            if extra:
                result.misses.append(f"{story['id']}: {label} deal facts {sorted(extra)}")
    return result
