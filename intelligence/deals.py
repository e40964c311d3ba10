"""Deal facts from sentences that name known companies.

A sentence is read for a kind of deal (from its wording), money, a stake, a status and the
companies taking part, each with a role. Suggestions are only suggestions: an editor turns
one into a Deal in the admin, and `link_companies --apply` records them for review.
"""

import re
from collections.abc import Hashable
from dataclasses import dataclass, field
from decimal import Decimal

from core.money import find_money
from core.text import sentence_spans
from deals.models import Deal, DealParty

from .companies import StoryText
from .matcher import CompanyMatcher, Hit

Kind, Status, Role = Deal.Kind, Deal.Status, DealParty.Role
JOINT_VENTURE, MERGER, ACQUISITION, INVESTMENT, PARTNERSHIP = (
    Kind.JOINT_VENTURE, Kind.MERGER, Kind.ACQUISITION, Kind.INVESTMENT, Kind.PARTNERSHIP,
)  # fmt: skip


def _words(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# Checked in this order; the first kind found wins.
KINDS = [
    (JOINT_VENTURE, _words(r"\bjoint[- ]venture|\bJV\b")),
    (MERGER, _words(r"\bmerg(?:e|es|ed|er|ers|ing)\b")),
    (ACQUISITION, _words(
        r"\b(?:acquir\w*|acquisition|takeover|take[sn]? over|took over|buy(?:s|ing)?|bought"
        r"|purchas\w*|take[sn]? control|took control|taking control|controlling stake)\b"
    )),
    (INVESTMENT, _words(
        r"\b(?:invest\w*|stake|funding round|round|rais(?:e|es|ed|ing)|back(?:s|ed|ing)?)\b"
    )),
    (PARTNERSHIP, _words(r"\b(?:tie-up|tie up|partnership|partner(?:s|ed|ing)?|alliance)\b")),
]  # fmt: skip

# Checked in this order: a deal that collapsed may also have been "in talks" in the same
# sentence, and a completed one "agreed".
STATUSES = [
    (Status.COLLAPSED, _words(
        r"\b(?:collaps\w*|abandon\w*|call(?:ed|s)? off|walk(?:ed|s)? away|scrapp\w*|fell through"
        r"|terminat\w*|pull(?:ed|s)? out|gave up|give up)\b"
    )),
    (Status.COMPLETED, _words(
        r"\b(?:complet(?:ed|es|ion)|closed the deal|finali[sz]\w*|has raised|have raised"
        r"|ha(?:s|ve) invested|ha(?:s|ve) bought|ha(?:s|ve) acquired"
        r"|raised|bought|acquired|took control|took over)\b"
    )),
    (Status.IN_TALKS, _words(
        r"\b(?:in talks|advanced[- ]stage negotiations|negotiat\w*|in discussions"
        r"|discussing|talks (?:with|over|on|to))\b"
    )),
    (Status.ANNOUNCED, _words(
        r"\b(?:agree[sd]?|agreement|said it would|says it will|will (?:invest|buy|acquire|pay|take)"
        r"|signed|announc\w*|plans to|is to (?:buy|invest|acquire))\b"
    )),
    (Status.RUMOURED, _words(
        r"\b(?:rumou?r\w*|reportedly|consider\w*|weigh(?:s|ing)?|explor\w*"
        r"|could (?:buy|invest)|people familiar)\b"
    )),
]  # fmt: skip
DEFAULT_STATUS = Status.ANNOUNCED

STAKE = _words(r"(?P<percent>\d+(?:\.\d+)?)\s?(?:%|(?:per ?cent|percent|pc)\b)")
STAKE_CONTEXT = _words(r"\b(?:stake|holding|shares?|interest|control|equity)\b")
# Companies named only as context for another ("a subsidiary of Telenor Group") are not
# parties to the deal.
CONTEXT_BEFORE = _words(
    r"(?:subsidiary|unit|affiliate|arm|division|parent|owner|part|rival|rivals|competitor"
    r"|backer|spin-off|spinoff) of\s*(?:the\s+)?$"
    r"|\bowned by\s*$|\b(?:like|such as|rival|rivals)\s+$"
)
FROM_BEFORE = _words(r"\bfrom\s*(?:the\s+)?$")
WITH_BEFORE = _words(r"\b(?:alongside|together with|along with|joined by|and)\s*(?:the\s+)?$")
# Parties come from the clause that holds the deal's wording: a trailing ", adding …" or
# ", while …" clause names other companies for context.
CLAUSE_BREAK = _words(
    r";|\s[—–]\s|,\s+(?=(?:adding|while|which|who|whereas|although|after|following|where|but"
    r"|deepening|bringing|giving|making|leaving|according|as well as|as)\b)"
)
BY_BEFORE = _words(r"\b(?:led by|backed by|funded by|from investors including|by)\s*(?:the\s+)?$")
PASSIVE = _words(r"\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed)|receiv\w*|got)\b")
MUTUAL_KINDS = {JOINT_VENTURE, MERGER, PARTNERSHIP}
ROLES = {
    ACQUISITION: (Role.ACQUIRER, Role.TARGET),
    INVESTMENT: (Role.INVESTOR, Role.INVESTEE),
}


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


def _first(patterns, text: str):
    for name, pattern in patterns:
        if found := pattern.search(text):
            return name, found
    return None, None


def _kind(sentence: str, stake: Decimal | None):
    kind, keyword = _first(KINDS, sentence)
    # Buying a minority stake is an investment, not an acquisition.
    if (
        kind == ACQUISITION
        and stake is not None
        and stake < 50
        and "control" not in sentence.lower()
    ):
        kind = INVESTMENT
    return kind, keyword


def _stake(sentence: str) -> Decimal | None:
    if not STAKE_CONTEXT.search(sentence):
        return None
    for match in STAKE.finditer(sentence):
        percent = Decimal(match["percent"])
        if 0 < percent <= 100:
            return percent.normalize()
    return None


def _clause(sentence: str, at: int) -> tuple[int, int]:
    """The (start, end) within `sentence` of the clause around position `at`."""
    start, end = 0, len(sentence)
    for brk in CLAUSE_BREAK.finditer(sentence):
        if brk.end() <= at:
            start = brk.end()
        elif brk.start() >= at:
            end = brk.start()
            break
    return start, end


def _parties(kind: str, keyword: re.Match, sentence: str, hits: list[Hit], offset: int):
    """Company → role for the companies in the keyword's clause, in reading order."""
    parties: dict[Hashable, str] = {}
    passive = bool(PASSIVE.fullmatch(keyword.group(0))) if kind == INVESTMENT else False
    clause_start, clause_end = _clause(sentence, keyword.start())
    for hit in hits:
        at = hit.start - offset
        before = sentence[max(0, at - 40) : at]
        if not clause_start <= at < clause_end or CONTEXT_BEFORE.search(before):
            continue
        if hit.company in parties:
            continue
        if kind in MUTUAL_KINDS:
            role = Role.PARTNER
        else:
            buyer, bought = ROLES[kind]
            if FROM_BEFORE.search(before):
                role = Role.SELLER if kind == ACQUISITION else buyer
            elif BY_BEFORE.search(before):
                role = buyer
            elif WITH_BEFORE.search(before) and parties:
                role = buyer  # "alongside X": X acts with the subject
            elif at < keyword.start():
                role = bought if passive else buyer
            else:
                role = buyer if passive else bought
        parties[hit.company] = role
    return parties


def _enough(kind: str, parties: dict, money, stake) -> bool:
    """Is this a deal at all? Two sides, or one side and terms."""
    if not parties:
        return False
    if money or stake is not None:
        return True
    if kind in MUTUAL_KINDS:
        return len(parties) >= 2
    buyer, bought = ROLES[kind]
    roles = set(parties.values())
    return bool(roles & {buyer, Role.SELLER}) and bought in roles


def extract_deals(matcher: CompanyMatcher, story: StoryText) -> list[DealFacts]:
    """Deal suggestions from the story's body, one per kind and set of parties."""
    found: dict[tuple, DealFacts] = {}
    for start, end in sentence_spans(story.body):
        hits = [h for h in story.body_hits if start <= h.start < end]
        if not hits:
            continue
        sentence = story.body[start:end]
        stake = _stake(sentence)
        kind, keyword = _kind(sentence, stake)
        if kind is None:
            continue
        parties = _parties(kind, keyword, sentence, hits, start)
        money = find_money(sentence)
        if not _enough(kind, parties, money, stake):
            continue
        status, _ = _first(STATUSES, sentence)
        facts = DealFacts(
            kind=kind,
            status=status or DEFAULT_STATUS,
            parties=parties,
            value=money[0].value if money else None,
            currency=money[0].currency if money else "",
            stake=stake,
            evidence=sentence,
            slugs={c: matcher.companies[c].slug for c in parties},
        )
        _merge(found, facts)
    return list(found.values())


def _merge(found: dict[tuple, DealFacts], facts: DealFacts) -> None:
    """Facts about the same deal from several sentences fill each other's gaps."""
    earlier = found.get(facts.key())
    if earlier is None:
        found[facts.key()] = facts
        return
    if earlier.value is None and facts.value is not None:
        earlier.value, earlier.currency = facts.value, facts.currency
    if earlier.stake is None:
        earlier.stake = facts.stake
