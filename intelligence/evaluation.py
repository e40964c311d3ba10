"""Precision and recall of company detection and deal-fact extraction on a labelled set.

A set is a directory with `companies.json` (the import_companies JSON format, plus an
optional `needs_context` list of the names that are also common words) and `stories.yaml`
(stories with the companies and deals an editor would tag). It needs no database: the
matcher is built straight from the file.

Three measures of the deals, from the strictest:

- **deals**: a suggested deal is right when it names every party of a reported deal, an
  acceptable kind and status (a label may list several), and the value, currency and stake
  the story states (and none where it states none). Any suggested deal with two or more
  parties that is not right counts against precision; a one-party suggestion is a hint,
  not a claim, and only counts when it is right. This is how an editor experiences the
  suggestions: a deal with one wrong fact still has to be corrected by hand.
- **per fact**: suggested deals are paired with reported ones by shared parties, then each
  fact (parties with their side, kind, status, value, currency, stake) is scored on its own.
- **deal facts** (the first set's measure): every fact as a set per story, a deal half
  right earning half credit.
"""

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from .analysis import analyse_story
from .matcher import CompanyMatcher

DATA = Path(__file__).resolve().parent / "tests" / "data"
DEFAULT_SET = DATA / "eval"
DEVELOPMENT_SET = DATA / "eval-dev"
HELD_OUT_SET = DATA / "eval-heldout"
FACTS = ("parties", "kind", "status", "value", "currency", "stake")
# Which side of a deal a role is on: buying a stake and investing are the same act seen
# by different editors, so acquirer/investor and target/investee agree.
SIDES = {
    "acquirer": "buyer", "investor": "buyer", "target": "bought", "investee": "bought",
    "seller": "seller", "partner": "partner",
}  # fmt: skip


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, predicted: set, expected: set) -> None:
        self.true_positives += len(predicted & expected)
        self.predicted += len(predicted)
        self.expected += len(expected)

    def count(self, *, right: int, predicted: int, expected: int) -> None:
        self.true_positives += right
        self.predicted += predicted
        self.expected += expected

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
    deals: Score = field(default_factory=Score)  # facts as sets (the first set's measure)
    whole_deals: Score = field(default_factory=Score)  # the deal-correctness rule
    facts: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FACTS})
    no_deal_stories: int = 0
    false_deals_in_no_deal_stories: int = 0
    misses: list[str] = field(default_factory=list)


@dataclass
class LabelledDeal:
    kinds: frozenset
    statuses: frozenset
    parties: dict  # name → role
    value: str | None = None
    currency: str = ""
    stake: str | None = None

    @classmethod
    def from_label(cls, label: dict) -> "LabelledDeal":
        return cls(
            kinds=_choices(label["kind"]),
            statuses=_choices(label["status"]),
            parties=dict(label["parties"]),
            value=_number(label.get("value")),
            currency=label.get("currency", "") if label.get("value") is not None else "",
            stake=_number(label.get("stake")),
        )


@dataclass
class SuggestedDeal:
    kind: str
    status: str
    parties: dict  # name → role
    value: str | None
    currency: str
    stake: str | None

    def __str__(self) -> str:
        parties = ", ".join(f"{n}:{r}" for n, r in self.parties.items())
        value = f" {self.value} {self.currency}" if self.value else ""
        stake = f" {self.stake}%" if self.stake else ""
        return f"{self.kind}/{self.status} [{parties}]{value}{stake}"


def _choices(value) -> frozenset:
    return frozenset(value if isinstance(value, list) else [value])


def matcher_from_file(path: Path) -> CompanyMatcher:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return CompanyMatcher(
        (
            r["name"],
            r["name"],
            r["name"],
            [(a, a in r.get("needs_context", ())) for a in r.get("aliases", [])],
            r["name"] in r.get("needs_context", ()),
            r.get("country", ""),  # "the Swiss publisher", as the database gives it
        )
        for r in rows
    )


def _number(value) -> str | None:
    return None if value is None else f"{Decimal(str(value)).normalize():f}"


def deal_facts(kind, status, parties: dict, value=None, currency="", stake=None) -> set:
    facts = {(kind, "kind"), (kind, "status", status)}
    facts |= {(kind, "party", name, role) for name, role in parties.items()}
    if value is not None:
        facts.add((kind, "value", _number(value), currency))
    if stake is not None:
        facts.add((kind, "stake", _number(stake)))
    return facts


def is_right(suggested: SuggestedDeal, reported: LabelledDeal) -> bool:
    return (
        set(reported.parties) <= set(suggested.parties)
        and suggested.kind in reported.kinds
        and suggested.status in reported.statuses
        and (suggested.value, suggested.currency) == (reported.value, reported.currency)
        and suggested.stake == reported.stake
    )


def _pair(suggested: list[SuggestedDeal], reported: list[LabelledDeal]) -> list[tuple]:
    """(suggested index, reported index) pairs: right ones first, then by shared parties."""
    options = []
    for i, s in enumerate(suggested):
        for j, r in enumerate(reported):
            shared = len(set(s.parties) & set(r.parties))
            if shared:
                options.append((not is_right(s, r), -shared, i, j))
    pairs, used_s, used_r = [], set(), set()
    for _, _, i, j in sorted(options):
        if i not in used_s and j not in used_r:
            pairs.append((i, j))
            used_s.add(i)
            used_r.add(j)
    return pairs


def _score_deals(result: Evaluation, story_id: str, suggested, reported) -> None:
    pairs = _pair(suggested, reported)
    paired = {i for i, _ in pairs}
    right = [(i, j) for i, j in pairs if is_right(suggested[i], reported[j])]
    right_ids = {i for i, _ in right}
    claims = [i for i, s in enumerate(suggested) if len(s.parties) >= 2 or i in right_ids]
    result.whole_deals.count(right=len(right), predicted=len(claims), expected=len(reported))
    if not reported:
        result.no_deal_stories += 1
        result.false_deals_in_no_deal_stories += sum(len(s.parties) >= 2 for s in suggested)
    scored = claims + [i for i in paired if i not in claims]
    by_suggested = dict(pairs)
    facts = result.facts
    for i in scored:
        s = suggested[i]
        j = by_suggested.get(i)
        r = reported[j] if j is not None else None
        sides = {(n, SIDES[role]) for n, role in s.parties.items()}
        facts["parties"].count(
            right=len(sides & {(n, SIDES[role]) for n, role in r.parties.items()}) if r else 0,
            predicted=len(sides),
            expected=0,
        )
        facts["kind"].count(right=bool(r and s.kind in r.kinds), predicted=1, expected=0)
        facts["status"].count(right=bool(r and s.status in r.statuses), predicted=1, expected=0)
        for name, present, mine, theirs in (
            ("value", s.value, (s.value, s.currency), r and (r.value, r.currency)),
            ("currency", s.currency or None, s.currency or None, r and (r.currency or None)),
            ("stake", s.stake, s.stake, r and r.stake),
        ):
            if present is not None:
                facts[name].count(right=bool(r and mine == theirs), predicted=1, expected=0)
    for r in reported:
        facts["parties"].expected += len(r.parties)
        facts["kind"].expected += 1
        facts["status"].expected += 1
        facts["value"].expected += r.value is not None
        facts["currency"].expected += bool(r.currency)
        facts["stake"].expected += r.stake is not None
    for i, s in enumerate(suggested):
        if i in claims and i not in right_ids:
            result.misses.append(f"{story_id}: wrong deal {s}")
    for j, r in enumerate(reported):
        if j not in {j for _, j in right}:
            result.misses.append(f"{story_id}: missed deal {r.kinds}/{r.statuses} {r.parties}")


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
                    d["kind"] if isinstance(d["kind"], str) else d["kind"][0],
                    d["status"] if isinstance(d["status"], str) else d["status"][0],
                    d["parties"],
                    d.get("value"),
                    d.get("currency", ""),
                    d.get("stake"),
                )  # fmt: skip
                for d in story["deals"]
            )
        )
        result.deals.add(predicted_facts, expected_facts)
        suggested = [
            SuggestedDeal(
                kind=d.kind,
                status=d.status,
                parties=dict(d.parties),
                value=_number(d.value),
                currency=d.currency if d.value is not None else "",
                stake=_number(d.stake),
            )
            for d in analysis.deals
        ]
        reported = [LabelledDeal.from_label(d) for d in story["deals"]]
        _score_deals(result, story["id"], suggested, reported)
        for label, extra in (("unexpected", found - expected), ("missed", expected - found)):
            if extra:
                result.misses.append(f"{story['id']}: {label} companies {sorted(extra)}")
    return result


def report_lines(result: Evaluation) -> list[str]:
    """The figures as the command prints them and docs/intelligence-evaluation.md shows."""

    def line(label: str, score: Score) -> str:
        return (
            f"{label:<16} precision {score.precision:.3f}  recall {score.recall:.3f}  "
            f"({score.true_positives} right of {score.predicted} found, "
            f"{score.expected} expected)"
        )

    lines = [
        f"{result.stories} labelled stories",
        line("companies", result.companies),
        line("deals", result.whole_deals),
        line("deal facts", result.deals),
    ]
    lines += [line(f"  {name}", score) for name, score in result.facts.items()]
    lines.append(
        f"false deals in stories with none: {result.false_deals_in_no_deal_stories} "
        f"(in {result.no_deal_stories} such stories)"
    )
    return lines
