"""A sentence as the reader sees it: its main text and asides, its clauses, its first
trigger; and the story's salience, for resolving references."""

import re
from collections.abc import Hashable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from core.money import MONEY_SIGN

from ..companies import StoryText
from ..matcher import CompanyMatcher, Hit
from .context import (
    _NOUNS,
    APPOSED_NOUN_AFTER,
    ASIDE,
    CLAUSE_BREAK,
    DASH_ASIDE,
    INTRODUCTION,
    NOUN_BEFORE_NAME,
    PAST_TRIGGER,
)
from .kinds import ACQUISITION, INVESTMENT, JOINT_VENTURE, MERGER, MUTUAL_KINDS, PARTNERSHIP, _words
from .status import STATUSES, _status
from .triggers import (
    _ASSET_WORDS,
    _FUNCTION_WORDS,
    ASSET_OBJECT,
    CONTROL_OF_BEFORE,
    CONTROL_PASSED_AT,
    DESCRIPTION_AFTER,
    DESCRIPTION_BEFORE,
    FORMER_BEFORE,
    GOODS_AFTER,
    HOLDER_OWNS_BEFORE,
    HOLDING_DESCRIBED_AFTER,
    HOLDING_HELD_BEFORE,
    HOLDING_KEPT_BEFORE,
    HOLDING_NOUN,
    HYPHENATED_BEFORE,
    LICENCE_BEFORE,
    NOUN_TRIGGER,
    OWN_BUSINESS_AFTER,
    POSSESSIVE_BEFORE,
    SPECULATION_AFTER,
    TRADE_VERB,
    TRIGGER_PATTERNS,
    VENTURE_BUYS_AFTER,
    _trigger_starts,
    trigger_at,
)

# A company's name as copy writes it: up to four capitalised words ("Halden Group", "Banco
# Guamote").
_NAME = r"(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}"


@dataclass
class _Sentence:
    text: str
    start: int  # offset in the story body
    story_hits: list[Hit]  # its hits, positions in the story body
    words: frozenset = frozenset()  # its words, lower case, for the quick checks
    rejected: bool = False  # read as no deal: an idea, background, money from the market
    sold_into_market: bool = False  # "The shares were sold on the market": no buyer
    background: Any = None  # the _Reading of a deal told as background, if it was one
    # Where a joint venture that itself buys is named ("the joint venture formed by X and Y
    # will acquire Z"): from the venture's words to the purchase.
    venture: tuple[int, int] | None = None

    # Speed: most sentences are dropped by the word checks, so their asides and hits are
    # only worked out when a reader asks.
    @cached_property
    def masked(self) -> list[tuple[int, int]]:
        """The asides."""
        return _asides(self.text)

    @cached_property
    def names(self) -> list[tuple[int, int]]:
        """Where the sentence names a company, positions within `text`."""
        return [(h.start - self.start, h.end - self.start) for h in self.story_hits]

    @cached_property
    def names_hits(self) -> list[Hit]:
        """Every hit, asides included, positions within `text`."""
        return [
            Hit(company=h.company, start=h.start - self.start, end=h.end - self.start, text=h.text)
            for h in self.story_hits
        ]

    @cached_property
    def hits(self) -> list[Hit]:
        """Hits in the main text (asides excluded), positions within `text`; not a company
        named as another's possessor ("Halden's pension fund", "to Fjellpay's landlord")."""
        start, masked, text = self.start, self.masked, self.text
        return [
            Hit(company=h.company, start=h.start - start, end=h.end - start, text=h.text)
            for h in self.story_hits
            if not _in(masked, h.start - start)
            and not (
                text.startswith(("'", "’"), h.end - start)
                and SOMEONE_ELSE_AFTER.match(text, h.end - start)
            )
            and not (text.startswith("-", h.end - start) and LIKE_AFTER.match(text, h.end - start))
            and not (
                " of " in text[max(0, h.start - start - 4) : h.start - start]
                and MEASURE_OF_BEFORE.search(text, max(0, h.start - start - 40), h.start - start)
            )
        ]


# Someone else a company's name only points to, who may buy or sell in its place: its
# pension fund, its landlord, its auditors ("Halden's pension fund sold its Fjellpay shares").
SOMEONE_ELSE_AFTER = _words(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:pension\s+(?:funds?|schemes?|plans?|trusts?)|landlords?"
    r"|tenants?|auditors?|lawyers|law\s+firm|bankers)\b"
)
# A gerund with a bare plural, told as an activity: "buying quarries was part of its
# business", "selling companies is what private equity does".
ACTIVITY_AFTER = _words(
    r"\s+(?-i:[a-z][\w-]*s)\s+(?:was|is|are|were|has|have|had|would|will|remains|became"
    r"|becomes|makes|made)\b"
)
# The trade of deals, not a deal: "mergers and acquisitions", "M&A".
M_AND_A = _words(r"\bmergers?\s*(?:and|&)\s*acquisitions?\b|\bmergers-and-acquisitions\b")
# Data gathered, not a company: "acquiring 4,200 square kilometres of 3D seismic data".
DATA_AFTER = _words(
    # (the object itself, no company named and no aside on the way: not "acquired X, a
    # start-up that reads satellite images")
    r"(?:(?!\s(?-i:[A-Z][a-z]))(?:[^.;,]|(?<=\d)[.,](?=\d))){0,60}?\b(?:seismic|survey|satellite|geological|geophysical|market|customer|weather"
    r"|traffic|clinical|flight)\s+(?:data|imagery|images|readings|footage)\b"
)
HELD_BY_AFTER = _words(
    r"[^.;,]{0,60}?\b(?:held|owned)\s+by\b"
    # "a stake in Tunisia's Chechia Group, a textiles exporter, held since 2009"
    r"|(?:[^.;]{0,60}?,)?\s*(?:held|owned)\s+since\b"
)
# A holding whose size moved, told as a state: "Its stake in Akhaltsikhe Hydro, the Georgian
# power producer, rose to 2.4% from 1.1%" (a fund's portfolio list, not a purchase told).
HOLDING_MOVED_AFTER = _words(
    r"\s+" + r"(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}"
    r"(?:\s*,[^,;.]{1,80},)?\s+(?:rose|fell|increased|decreased|climbed|dropped|grew|edged\s+up"
    r"|slipped|went\s+(?:up|down))\s+(?:to|from|by)\s+(?:about\s+|almost\s+|nearly\s+)?\d"
)
# A name that is a product's: "buy a case of Margaree", "three bottles of Halden".
MEASURE_OF_BEFORE = _words(
    r"\b(?:an?|one|two|three|\d+)\s+(?:cases?|bottles?|pints?|box|boxes|crates?|bags?|packets?"
    r"|tins?|cans?|glass|glasses|rounds?|cups?|loaves|bars?|jars?|sacks?|cartons?|pairs?)\s+of\s+$"
)
# A name made a kind of thing: "Fjellpay-style payment start-ups", "a Halden-like deal".
LIKE_AFTER = _words(r"-(?:style|like|type|esque|sized|size)\b")
_OUT_OF_ATTRIBUTION = re.compile(r"[.!?\n\"“”]")


# A story told in the first person by a company's officer (a letter, a memo).
LETTER_BY_BEFORE = _words(
    r"\b(?:letter|note|memo|message|open\s+letter)\s+(?:to\s+(?:[\w-]+\s+){1,3}?)?(?:from|by)\s+"
    r"(?:the\s+)?$"
)
OFFICER_AFTER = _words(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:chairman|chairwoman|chair|chief\s+executive|ceo|founder"
    r"|president|board|managing\s+director|boss|directors)\b"
)


class _Story:
    """Salience: who the story is about, for resolving references."""

    def __init__(self, matcher: CompanyMatcher, story: StoryText):
        self.matcher = matcher
        self.body = story.body
        self.body_hits = story.body_hits
        self.title = [h.company for h in story.title_hits]
        self.counts: dict[Hashable, int] = {}
        self.order: dict[Hashable, int] = {}
        for hit in story.title_hits + story.body_hits:
            self.counts[hit.company] = self.counts.get(hit.company, 0) + 1
            self.order.setdefault(hit.company, len(self.order))
        self.seen: list[Hashable] = []  # in the order the body names them
        self.venture_owners: list[Hashable] = []  # the partners of the last venture told
        # Companies told as up for sale ("the auction for Fjellpay", "the sale of Fjellpay"):
        # what "the chain" or "the business" a buyer pays for most likely is.
        self.for_sale: list[Hashable] = []
        # Companies told as partly owned ("has owned 51% of Fjellpay since 2019"): what "the
        # remaining 49%" a buyer takes is of.
        self.held: list[Hashable] = []
        # The company the sentence before told acting ("Menchum Hydro completed a purchase"),
        # for an "It" that opens the next.
        self.last_actor: Hashable | None = None
        # "the group" is the last company the body described as a group (`described`).

    @cached_property
    def writer(self) -> Hashable | None:
        """The company whose officer writes the story in the first person: "a letter to
        shareholders by Halden's chairman", "a note from Halden's chief executive"."""
        body = self.body
        for hit in self.body_hits:
            if LETTER_BY_BEFORE.search(
                body, max(0, hit.start - 60), hit.start
            ) and OFFICER_AFTER.match(body, hit.end):
                return hit.company
        return None

    @cached_property
    def described(self) -> dict[str, list[tuple[int, Hashable]]]:
        """The companies the body describes by each common noun, in order (found when first
        asked for)."""
        found_by: dict[str, list[tuple[int, Hashable]]] = {}
        body = self.body
        for hit in self.body_hits:
            found = APPOSED_NOUN_AFTER.match(body, hit.end) or NOUN_BEFORE_NAME.search(
                body, max(0, hit.start - 40), hit.start
            )
            if found is not None:
                noun = found.group("noun").lower()
                found_by.setdefault(noun, []).append((hit.start, hit.company))
        return found_by

    def described_as(self, noun: str, at: int, exclude=()) -> Hashable | None:
        """The last company described as a `noun` before `at` (in the body), if only one
        company ever is."""
        told = [(start, c) for start, c in self.described.get(noun.lower(), []) if start < at]
        if not told or len({c for _, c in self.described[noun.lower()]}) > 1:
            return None
        company = told[-1][1]
        return None if company in exclude else company

    def introduced(
        self, at: int, country: str, exclude=(), here=(), end: int | None = None
    ) -> Hashable | None:
        """The company "a Chinese battery maker" at `at` introduces: the first of that
        country the next sentences name that the story has not named before. Where the story
        opens so, before naming any company but those of this sentence (`here`); later, only
        if the next sentence opens by naming it ("… a Dutch spice house has agreed to pay
        Rs. 6.3 billion for 70% of the company. Specerijen Veerhaven, a family-owned …"):
        "the largest takeover of a Spanish steel company" introduces no one."""
        if not set(self.seen) <= set(here):
            if end is None:
                return None
            following = next((h for h in self.body_hits if h.start >= end), None)
            if (
                following is None
                or following.start - end > 40
                or following.company in self.seen
                or following.company in exclude
                or self.matcher.companies[following.company].country != country
            ):
                return None
            return following.company
        for hit in self.body_hits:
            if hit.start < at:
                continue
            if hit.start - at > 600:
                return None
            company = hit.company
            if (
                self.matcher.companies[company].country == country
                and company not in exclude
                and company not in self.seen
                and company not in self.title
            ):
                return company
        return None

    def speaker(self, at: int) -> Hashable | None:
        """The company whose voice a quote open at `at` (in the body) is: the one named in
        its attribution ('…," said Halden's chief executive', 'Halden's chief said: "…'),
        else the company the story is about; None outside a quote."""
        body = self.body
        start = body.rfind("\n", 0, at) + 1
        before = body[start:at]
        opened = before.count("“") - before.count("”")
        if opened <= 0 and before.count('"') % 2 == 0:
            return self.writer  # outside a quote: the first person of a letter, if any
        end = body.find("\n", at)
        end = len(body) if end < 0 else end
        close = min(
            (i for i in (body.find("”", at, end), body.find('"', at, end)) if i >= 0), default=end
        )
        open_at = max(before.rfind("“"), before.rfind('"')) + start
        # Named in the attribution's own sentence, with no other quote between.
        for hit in self.body_hits:
            if close < hit.start <= close + 100 and not _OUT_OF_ATTRIBUTION.search(
                body, close + 1, hit.start
            ):
                return hit.company
        for hit in reversed(self.body_hits):
            if (
                start <= hit.start
                and hit.end <= open_at
                and open_at - hit.end <= 100
                and not _OUT_OF_ATTRIBUTION.search(body, hit.end, open_at)
            ):
                return hit.company
        return self.main()

    def named_by_noun(self, noun: str, exclude=()) -> Hashable | None:
        """The one company the story names whose name has `noun` in it, singular or plural
        ("the bakery": "Mindolo Bakeries"; "the brewery": "Brasserie X" does not count)."""
        noun = noun.lower()
        forms = {noun, noun + "s", noun + "es"}
        if noun.endswith("y"):
            forms.add(noun[:-1] + "ies")
        if noun.endswith("s"):
            forms.add(noun[:-1])
        named = {
            c
            for c in dict.fromkeys(self.title + self.seen)
            if c not in exclude
            and forms & set(NAME_WORD.findall(self.matcher.companies[c].name.lower()))
        }
        return named.pop() if len(named) == 1 else None

    def main(
        self, *, exclude=(), country: str = "", before: int | None = None, strict: bool = False
    ):
        pool = [c for c in dict.fromkeys(self.title + self.seen) if c not in exclude]
        if country:
            # "the Kazakh group": a company of Kazakhstan, else (unless `strict`) one whose
            # country is not on file; never one known to be from elsewhere.
            local = [c for c in pool if self.matcher.companies[c].country == country]
            pool = local or (
                [] if strict else [c for c in pool if not self.matcher.companies[c].country]
            )
        if not pool:
            return None
        return max(pool, key=lambda c: (c in self.title, self.counts.get(c, 0), -self.order[c]))


NAME_WORD = re.compile(r"\w+")
REPORTING_VERB = _words(r"\b(?:said|says|told|announced|added|agreed|confirmed|will|would)\b")


HELD_BEFORE = _words(
    r"\b(?:own|owns|owned|owning|hold|holds|held|holding|control|controls|controlled"
    r"|controlling)\s+(?:a\s+|an\s+|the\s+)?(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc)"
    r"|(?:controlling\s+|majority\s+|minority\s+)?stake|majority|minority|most|half|two-thirds)"
    r"\s+(?:stake\s+|holding\s+)?(?:of|in)\s+(?:the\s+)?$"
)
FOR_SALE_BEFORE = _words(
    r"\b(?:auction|sale|race|bidding|contest|battle|tender|sale\s+process)\s+(?:for|of)\s+"
    r"(?:the\s+)?$"
)


# One opening phrase or several: "On Wednesday, after an in-depth investigation, the council
# prohibited the merger".
OPENINGS = _words(rf"(?:(?:{INTRODUCTION.pattern}),)*(?:{INTRODUCTION.pattern})")


def _asides(text: str) -> list[tuple[int, int]]:
    # After an opening word or phrase ("Separately, the bank said …") the clause is the
    # sentence itself, not an aside.
    # Not when the opening already holds the sentence's verb: in "In the same announcement
    # the group said it would sell Wrzos, the lender it bought in 2008, to Nidzica" the
    # commas set off an aside.
    found = [
        (m.start(), m.end())
        for m in ASIDE.finditer(text)
        if not (
            OPENINGS.fullmatch(text, 0, m.start()) and not REPORTING_VERB.search(text, 0, m.start())
        )
    ]
    if "—" in text or "–" in text:
        found += [(m.start(), m.end()) for m in DASH_ASIDE.finditer(text)]
        found.sort()
    return found


def _in(ranges, at: int) -> bool:
    return any(a <= at < b for a, b in ranges)


def _clause(text: str, at: int, asides=()) -> tuple[int, int]:
    """The clause around `at`; a break inside an aside ("Fjellpay, the lender it bought in
    2008 and has struggled with since, to Nordkap") is the aside's, not the sentence's."""
    start, end = 0, len(text)
    for brk in CLAUSE_BREAK.finditer(text):
        if _in(asides, brk.start()) and _in(asides, brk.end() - 1) and not _in(asides, at):
            continue
        if brk.end() <= at:
            start = brk.end()
        elif brk.start() >= at:
            end = brk.start()
            break
    return start, end


PAID = _words(r"pa(?:y|ys|id|ying)")
PAID_FOR_THINGS = _words(
    r"\s+for\s+(?:its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?!(?:" + _ASSET_WORDS + "|" + _NOUNS + r")\b)(?-i:[a-z])[\w-]*s\b"
    r"(?!\s+(?:stake|business|unit|division|arm|company|shares)\b)"
)
# … or a company's goods, by its name: "Hoshimi pays record for Finca Coripata's Yungas
# coffee", "paid $2m for Halden's old trucks" (not "for X's payments unit").
PAID_FOR_NAMED_THINGS = _words(
    r"\s+(?:(?:a\s+)?(?:record|top\s+price|premium)\s+|(?:about\s+|some\s+)?[^\s.;]*\d[\d.,]*"
    r"\s?(?:m|bn|k|million|billion)?\s+)?for\s+" + _NAME + r"['’]s?"
    r"\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:(?-i:[a-z])[\w-]*\s+)?"
    r"(?!(?:" + _ASSET_WORDS + "|" + _NOUNS + r")\b)(?-i:[a-z])[\w-]*\b"
    r"(?!\s+(?:stake|business|unit|division|arm|company|shares|" + _ASSET_WORDS + r")\b)"
)
# How a deal is paid for, the deal's own noun following: "To help pay for the purchase, X
# agreed to sell …" (the sale is the deal of the sentence).
PAID_FOR_THE_DEAL = _words(
    r"\s+for\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:purchase|deal|acquisition"
    r"|takeover|transaction|buyout|merger)\b(?!\s+(?:of|for)\b)"
)
# … or told as the purpose of the deal that follows: "To help pay for Cambodia, Kervan is
# selling …".
PURPOSE_BEFORE = _words(r"\W*(?:(?:and|but|so)\s+)?to\s+(?:help\s+)?$")
PURPOSE = _words(r"[^,;.]{0,80},")
# What is paid for is a right, not a company: "paid X $45m for a licence to use its
# technology", "pays $12m for the rights to", "acquired a 20-year lease on X's terminal".
RIGHTS_BOUGHT = (
    r"(?:(?:a|an|the|its|their|exclusive|new|long-term|\d+-year|\w+-year)\s+){0,3}"
    # "a daily pair of take-off and landing slots"
    r"(?:(?:(?-i:[a-z][\w-]*)|and|of)\s+){0,6}?"
    # "the Armenian television rights to", "the right to make and sell a generic"
    r"(?:(?-i:[A-Z][a-z]+)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?=rights\b))?"
    r"(?:right(?=\s+to\s+(?:make|sell|use|produce|show|broadcast|market|distribute|build"
    r"|operate|develop|run|manufacture))|licen[cs]e|rights|lease|leasehold|patents?|concession|access|slots?|spectrum|airtime"
    # Capacity bought on a network: "has bought capacity on a new subsea cable".
    r"|capacity|bandwidth"
    # A name, a mark or code: "offered to sell it the registered name for £25,000".
    r"|names?|domains?|domain\s+names?|trade\s?marks?|registrations?|copyrights?|code"
    r"|source\s+code|intellectual\s+property)"
    r"\b(?![\s-]+(?:holders?|owners?|business|unit|company|operator|portfolio|group)\b)"
)
PAID_FOR_RIGHTS = _words(r"[^.;]{0,60}?\bfor\s+" + RIGHTS_BOUGHT)
RIGHTS_AFTER = _words(r"\s+(?:(?:it|them|him|her|us|" + _NAME + r")\s+)?" + RIGHTS_BOUGHT)
# A thing of a company's merged into something else, not the company: "has had its
# timetable-scheduling engine merged into Harbourline".
THING_MERGED_BEFORE = _words(
    r"(?:\b(?:had|has\s+had|have\s+had|having\s+had)\s+(?:its|their)\s+"
    # … or in a headline: "Llyfni's scheduling code merged into Brightfold's project"
    r"|(?-i:[A-Z])[\w&.-]*['’]s?\s+(?=(?-i:[a-z])))"
    r"(?!(?:[\w-]+\s+){0,2}?(?:" + _ASSET_WORDS + "|" + _NOUNS + r")\b)"
    r"(?:(?!(?:" + _FUNCTION_WORDS + r")\b)(?-i:[a-z])[\w-]*\s+){1,3}$"
)
# A right to buy, held and not used: "has an option to buy Y's stake", "the right to
# acquire".
OPTION_TO_BEFORE = _words(
    r"\b(?:option|options|right|rights|call\s+option|right\s+of\s+first\s+refusal)\s+to\s+$"
)
# … unless it is used: "exercised its option to buy the remaining 49%".
OPTION_USED_BEFORE = _words(
    r"\b(?:exercis\w+|us(?:e|es|ed|ing)|invok\w+|trigger\w*|t(?:ake|akes|ook|aking)\s+up)\s+"
    r"(?:its|their|the|an?|this|that)\s+(?:[\w-]+\s+){0,2}?(?:options?|rights?)\s+"
    r"(?:of\s+first\s+refusal\s+)?to\s+$"
)
# A building bought, not a company: "bought X's old head office for $45m".
PREMISES_AFTER = _words(
    r"\s+(?:" + _NAME + r"['’]s?\s+|its\s+|their\s+|the\s+)"
    r"(?:(?:old|former|new|disused|empty|historic|\w+-storey)\s+)?(?:head\s+office|headquarters"
    r"|office\s+(?:building|block|tower)|offices|home|villa|mansion)\b"
)
VENTURE_PARTNER_AFTER = _words(r"\s+partners?\b(?!\s+(?:to|for|with)\b)")
# A deal told as when something began: "a long road that began when we bought the
# business", "the trouble started after Halden took over Fjellpay".
BEGAN_WHEN_BEFORE = _words(
    r"\b(?:began|begun|started|dates\s+back\s+to|dated\s+back\s+to)\s+(?:when|after|with)\s+"
    r"(?:[\w&.'’-]+\s+){0,4}$"
)
BEGAN_WORDS = frozenset("began begun started dates dated".split())
# A venture or partnership already running, told by what it does: "Halden's code-share with
# X added 48,000 passengers", "its joint venture with X will build a $200m plant" (not "its
# new venture with X", nor one "signed on Monday").
OWNED_BEFORE = _words(
    r"(?:['’]s?|\bits|\btheir)\s+(?:(?:\d+-year-old|long-?standing|existing"
    r"|current|old|\w+-based)\s+)?$"
)
VALUED_BEFORE = _words(
    r"\b(?:values?|valued|valuing|cherish\w*|appreciates?|appreciated|enjoys?|enjoyed|proud\s+of"
    r"|grateful\s+for|thankful\s+for)\s+(?:our|its|their|the)\s+(?:[\w-]+\s+){0,2}$"
)
RUNNING_AFTER = _words(
    r"\s+with\s+(?:[^.;,]{1,60}?|[^.;,]{1,60}?,[^.;]{1,120}?,)\s+(?:added|lifted|raised|boosted"
    r"|reported|posted|made|sold|generated|accounted|employs|employed|runs|ran|operates|operated"
    r"|produces|produced|grew|increased|doubled|carried|handled|served|shipped|delivered"
    r"|has\s+(?:added|grown|sold|made|carried|handled|served)|will\s+(?:build|open|run|operate"
    r"|produce|start|begin|spend|supply|sell|hire|employ))\b"
)
# A bid for a task or a right, not for a company: "its bid to host the 2030 congress",
# "a $400m offer for the naming rights to the arena", "bids to build the new metro line".
BID_NOUN = _words(r"(?:[\w$£€¥.-]+\s+){0,3}?(?:bids?|offers?|tenders?|bidders?)(?=(?:\s+for)?$)")
BID_FOR_A_TASK_AFTER = _words(
    r"\s+(?:to\s+(?:host|stage|build|run|operate|supply|develop|organi[sz]e|provide|manage"
    r"|win\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:account|contract|order|mandate|tender|work)"
    r"|sponsor|broadcast|design|clean|maintain|modernise|modernize|finance)\b"
    r"|for\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w$£€¥.,-]+\s+){0,3}?(?:contracts?|tenders?"
    r"|franchises?|congress|games|olympics|championships?|cups?|tournaments?|exhibitions?|expos?"
    r"|routes?|slots?|licen[cs]es?|rights|concessions?|spectrum|airtime)\b"
    r"(?![\s-]+(?:holders?|owners?|business|unit|company|operator|portfolio|group)\b))"
)
# A payment that recurs is a price of trade, never of a company: "will pay X $300m a year
# for electricity", "buying coffee worth $90m a year".
RECURRING_AMOUNT_AFTER = _words(
    r"[^.;,]{0,60}?\d[\d.,]*\s?(?:m|bn|k|million|billion|thousand|crore|lakh)?\s+"
    r"(?:(?:a|per|each|every)\s+(?:year|annum|month|quarter|week|season)|annually|yearly"
    # A price by the unit ("at ₦95,000 a tonne") or over seasons ("₦4.5bn over the three
    # seasons"): trade or a sponsorship.
    r"|(?:a|per|each|every)\s+(?:tonne|ton|barrel|kilo|kilogram|kg|litre|liter|gallon|unit"
    r"|bottle|bag|megawatt-hour|mwh|kwh|seat|ticket|head|pound|lb|ounce|oz|carat|bushel|bale"
    r"|sack|crate|case|cask|dozen|piece|hectare|acre|square\s+(?:metre|meter|foot|feet))"
    r"|over\s+(?:the\s+)?(?:next\s+)?(?:\w+\s+)?(?:seasons|editions|tournaments))\b"
    # … or bought by the unit with no price: "it can buy it by the bottle".
    r"|\s+(?:it|them|(?-i:[a-z]+))\s+by\s+the\s+(?:bottle|case|crate|glass|kilo|tonne|ton|barrel"
    r"|litre|liter|pound|container|truckload|cargo|sack|bag|box|carton|piece|unit|dozen)\b"
)
# A holding of a company's debt, not of the company: "raised its holding in X's bonds".
# Where the name of a debt ends: "X's bonds.", "its notes due 2030", "bonds issued by".
_DEBT_ENDS = r"(?=\s*(?:[.,;)]|$|\s+(?:of|issued|due|maturing|and|which|that|from|in|at|worth|by|to"
DEBT_HOLDING_AFTER = _words(
    r"[^.;,]{0,40}?\b(?:bonds|debt|notes|loans|debentures|convertibles|commercial\s+paper)"
    + _DEBT_ENDS
    + r")\b))"
)
# A product or a service sold or bought by the piece: "sells a five-day "railway and river"
# package for 2,980 yuan", "bought 400,000 room-nights", "sells tickets".
PRODUCT_AFTER = _words(
    r"\s+(?:(?:an?|the|its|their|more|cheaper|more\s+than|about|over|some)\s+)?"
    r"(?:[\w\"“”'’,.$£€¥-]+\s+){0,5}?(?:packages?|tickets?|tours?|holidays?|trips?|cruises?"
    r"|subscriptions?|room-nights|rooms|seats|flights|meals|insurance\s+policies|policies"
    r"|phones|handsets|cars|vehicles|bottles|boxes|cartons|tonnes|barrels|litres|kilos"
    r"|bags|packs|rides|memberships|passes|licences\s+for\s+its|vouchers|annuit(?:y|ies)"
    r"|reinsurance|hedges?|swaps?|derivatives?|futures|guarantees?)\b"
    r"(?!(?:\s+[\w-]+){0,2}?\s+(?:business|businesses|unit|arm|division|company|operator"
    r"|operators|maker|makers|firm|group|chain|brand|subsidiary|specialist|seller|platform"
    r"|provider|start-?up)\b)"
)
# A partner in someone's bid is a bidder, no partnership with the company bid for.
PARTNER_IN_A_BID_AFTER = _words(
    r"\s+(?:for|in|to)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?(?:bid|offer|takeover|buyout"
    r"|approach|consortium)\b"
)
# A broker's advice, not a deal: "a buy rating", "to 'buy'".
RATING_AFTER = _words(r"[\"”'’]?\s*(?:rating|recommendation|call|signal|target)s?\b")
# Its debt bought or sold, not the company: "bought $50m of Fjellpay's bonds", "sold some of
# its Halden notes".
DEBT_BOUGHT_AFTER = _words(
    r"\s+(?:(?:up\s+to|about|some|nearly|almost|more\s+than|another|a\s+further)\s+)?"
    r"(?:[$£€¥]?\s?[\d.,]+\s?(?:m|bn|k|million|billion)?\s+|some\s+|part\s+|most\s+|all\s+)?"
    r"(?:worth\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:(?-i:[A-Z])[\w&.-]*\s+){0,3}?"
    r"(?:(?-i:[A-Z])[\w&.-]*['’]s?\s+)?(?:[\w-]+\s+){0,2}?(?:bonds|debt|notes|debentures"
    r"|convertibles|commercial\s+paper|gilts|treasuries|eurobonds|sukuk|loans)"
    + _DEBT_ENDS
    + r"|on|for|through|via|last|this|over)\b))"
)
# Shares sold into the market, to no buyer the story can name: "has sold 13% of X on the
# open market", "sold the shares through the exchange's order book". (Buying "in the
# market" builds a named buyer's stake, and stays a deal.)
SOLD_VERB = _words(r"(?:sell|sells|selling|sold)$")
SOLD_INTO_MARKET_AFTER = _words(
    r"[^.;]{0,80}?\b(?:on|in|into|through|via)\s+(?:the\s+)?(?:open\s+market|market"
    r"|(?:[\w-]+['’]s?\s+){0,2}?order\s+book|(?:stock\s+)?exchange|bourse)"
    # Where it was sold, ending the phrase: not "a line in the market pages".
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|over|in|on|during|between|after|before|since|from|and"
    r"|raising|for\s+(?:about|around|some|nearly|\S*\d)|\S*\d)\b)"
)
# Money spent on its own business, no company bought into: "will invest $1bn in its
# Brazilian plants", "invested heavily in their own networks".
INVESTED_IN_OWN_AFTER = _words(
    r"\s+(?:(?:about|some|nearly|up\s+to|more\s+than|another|a\s+further|heavily|more)\s+)?"
    r"(?:[^\s.;]*\d[^\s;]*?\s?(?:m|bn|k|million|billion|crore|lakh)?\s+)?"
    r"(?:(?:more|heavily|again)\s+)?in(?:to)?\s+(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:plants?|factor(?:y|ies)|mills?|mines?|networks?|stores?|shops?|hotels?|fleets?|sites?"
    r"|farms?|warehouses?|ports?|refiner(?:y|ies)|operations|capacity|infrastructure|production"
    r"|technology|staff|people|workforce|brands?|products?|research|software|systems?|offices?"
    r"|branches|outlets|lines?|routes?|stations?|properties|estates?|vineyards?|data\s+cent\w+)\b"
)
# A holding or a purchase already made, counted in the accounts: "wrote down the value of
# its stake in X", "took a $1.2bn charge on its purchase of X", "an impairment on its
# investment in".
WRITTEN_DOWN_BEFORE = _words(
    r"\b(?:wr(?:ite|ites|ote|itten|iting)[\s-]+(?:down|off)|write-?downs?|write-?offs?"
    r"|impair(?:s|ed|ing|ments?)?|(?<!\bin )charges?|provisions?)\s+"
    r"(?:(?:on|of|against|for|related\s+to|tied\s+to|linked\s+to|in)\s+)?"
    r"(?:the\s+(?:value|carrying\s+value|book\s+value)\s+of\s+)?(?:its|the|their|his|her)\s+"
    r"(?:[\w%.-]+\s+){0,3}$"
    # A holding valued anew: "raised the book value of its 8.1% holding in X by €46m",
    # "marked up its stake in X".
    r"|\b(?:rais|lift|increas|cut|lower|reduc|revis|revalu|mark)\w*\s+(?:up\s+|down\s+)?"
    r"(?:the|its|their)\s+(?:book\s+|carrying\s+|fair\s+|accounting\s+)?(?:value|valuation)"
    r"\s+of\s+(?:its|the|their)\s+(?:[\w%.-]+\s+){0,3}$"
    r"|\bmark(?:s|ed|ing)?\s+(?:up|down)\s+(?:its|the|their)\s+(?:[\w%.-]+\s+){0,3}$"
    # "a 4.1 billion franc gain from revaluing its 18% holding in X"
    r"|\brevalu(?:e|es|ed|ing)\s+(?:its|the|their)\s+(?:[\w%.-]+\s+){0,3}$"
)
ACQUIRE_VERB = _words(r"acquir(?:e|es|ed|ing)$")
# What two companies merge that is not themselves: "merge their loyalty programmes".
MERGED_THINGS_AFTER = _words(
    r"\s+(?:(?:two|three|several|some|all|both)\s+of\s+)?(?:their|its|the\s+two|both"
    r"|" + _NAME + r"['’]s?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:products|services|programmes?|programs?|schemes?"
    r"|systems?|apps?|websites?|teams?|offices|routes|timetables|events|helplines|payrolls?"
    r"|sales\s+forces?|back\s+offices?|call\s+centres?|loyalty\s+cards?|newsrooms|magazines"
    r"|funds|shows|festivals|awards|conferences|leagues|tournaments|kilns|furnaces|purchasing"
    r"|procurement|buying|distribution|logistics|depots|research|marketing|advertising"
    r"|ticketing|ticket\s+sales|customer\s+service|r&d)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:units?|business(?:es)?|divisions?|arms?|operations|companies"
    r"|subsidiaries|groups?)\b)"
)
# "X has a new owner: Y", "X has found a buyer: Y": told only of a company named before.
NEW_OWNER_TOLD = _words(r"(?:owner|parent)\s*[:,—–]|found\s+a\b")
NAMED_SUBJECT_BEFORE = _words(
    r"(?-i:[A-Z])[\w&.'’-]*\s+(?:has|have)\s+(?:a\s+|its\s+)?(?:new\s+)?$"
)
# Money put into a company's places or things ("in X's home town"), or into many companies
# counted ("in more than 40 companies, including X"): no investment in X.
INVEST_VERB = _words(r"invest(?:s|ed|ing)?(?:\s+in)?$")
INVESTED_IN_ITS_THINGS = _words(
    r"(?:\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[^\s.;]*\d[\d.,]*\s?(?:m|bn|k|million"
    r"|billion)?)?(?:\s+in)?\s+(?:the\s+)?(?:[\w&.-]+\s+){0,3}?(?:[\w.&-]*['’]s|[\w.&-]*s['’])\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:" + _ASSET_WORDS + r"|shares|stock|equity|capital|rounds?|bonds?"
    r"|notes|debt|offering|listing|ipo|rights\s+issue|placing)\b)(?-i:[a-z])"
)
# … or into a site it is yet to build: "will invest $50m in X's new plant", "the investment by
# X in Y's planned terminal" (a stake in it is a deal, and is told as one).
INVESTED_IN_ITS_NEW_SITE = _words(
    r"(?:\s+by\s+" + _NAME + r")?"
    r"(?:\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?(?:(?-i:[A-Z]{2,3})\s)?[^\s.;]*\d[\d.,]*"
    r"\s?(?:m|bn|k|million|billion)?)?\s+in(?:to)?\s+(?:[\w&.-]+\s+){0,3}?(?:[\w.&-]*['’]s|[\w.&-]*s['’])\s+"
    r"(?:new|planned|proposed|future|second|third|first|expanded|upgraded)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:plants?|factor(?:y|ies)|mills?|mines?|terminals?|hotels?|stores?|lines?|facilit(?:y|ies)"
    r"|sites?|warehouses?|refiner(?:y|ies)|hospitals?|campus|headquarters|offices?|projects?"
    r"|data\s+cent\w+|production)\b(?![^.;]*?\d\s?(?:%|per\s?cent|percent))"
)
INVESTED_IN_MANY = _words(
    r"(?:\s+in)?\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|dozens\s+of\s+|hundreds\s+of\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores)\s+(?:[\w-]+\s+)?"
    r"(?:companies|start-?ups|businesses|firms|ventures)\b(?!\s*[,:]\s*(?-i:[A-Z]))"
)
# Money landed for a contract, a loan or a grant ("landed a $40m contract from X"): no round.
MONEY_FOR_A_CONTRACT_AFTER = _words(
    r"\s+(?:an?\s+|the\s+)?(?:[^\s.;]*\d[\d.,]*\s?(?:m|bn|k|million|billion)?[\s-]+)"
    r"(?:[\w-]+\s+){0,2}?(?:contracts?|orders?|tenders?|concessions?|grants?|subsid(?:y|ies)"
    r"|awards?|loans?|credit|facility|facilities|bonds?|notes|mandates?|subscriptions?)\b"
)
# "took over X' role as sponsor": a task taken over (with CONTROL_OF_AN_ACTIVITY).
TAKE_OVER = _words(r"(?:take[sn]?|took|taking)\s+over")
# "shares in X were sold by hedge funds": the market, no seller of a company.
MARKET_SELLERS_AFTER = _words(
    r"\s+(?:(?:some|many|several|other|short|foreign|retail|institutional)\s+)?(?:hedge\s+funds"
    r"|investors|traders|speculators|short[\s-]sellers|funds|shareholders|index\s+funds)\b"
)
# "a partnership with X to distribute its products": trade, no deal.
TRADE_PARTNERSHIP_AFTER = _words(
    r"[^.;]{0,50}?\bto\s+(?:distribute|sell|market|resell|stock|supply|deliver|carry|ship"
    # … or to campaign, sponsor or lobby together: "teamed up with X to sponsor the marathon"
    r"|sponsor|lobby|campaign|petition|sue|host|stage|promote)\b"
)
# A thing made together, not an agreement: "launched a jointly developed app".
MADE_TOGETHER_BEFORE = _words(r"\b(?:a|an|the|its|their|our)\s+$")
# "its offer to X's staff of jobs": an offer made to people, no bid for a company.
OFFER_NOUN = _words(r"offers?|bids?")
OFFER_TO_PEOPLE_AFTER = _words(
    r"\s+to\s+(?:the\s+)?(?:[\w&.-]+\s+){0,3}?[\w&.-]*['’]s?\s+(?:[\w-]+\s+)?(?:staff|employees"
    r"|workers|customers|clients|members|pensioners|suppliers|farmers|drivers|users|tenants"
    r"|residents|depositors|bondholders|creditors|lenders)\b"
)
# People won over or bought from, not a company: "took over 41,000 of Shar's mobile
# customers", "buy our customers", "buys from more than 60 dairies", "buys from local
# farmers".
PEOPLE_TAKEN_AFTER = _words(
    r"\s+(?:(?:about|some|around|nearly|more\s+than|over|almost)\s+)?(?:[\d.,]+\s?(?:m|million|k)?\s+"
    r"(?:of\s+)?)?(?:the\s+)?(?:[\w&.-]+\s+){0,3}?(?:[\w&.-]*['’]s?\s+|its\s+|their\s+|our\s+)?"
    r"(?:[\w-]+\s+)?(?:customers|subscribers|clients|users|accounts|members|policyholders"
    r"|passengers|patients|students|depositors|viewers|listeners|readers)\b"
    r"|\s+(?:directly\s+)?from\s+(?:(?:more\s+than|over|about|some|around|nearly|dozens\s+of"
    r"|hundreds\s+of|thousands\s+of|[\d,]+|local|small|independent|many|several|other)\s+){1,3}"
    r"(?-i:[a-z][\w-]*s)\b(?!\s+of\b)"
)
PEOPLE_WORDS = frozenset(
    "customers subscribers clients users accounts members policyholders passengers patients "
    "students depositors viewers listeners readers".split()
)
BUY_NOW_PAY_LATER = _words(r"buy[\s-]+now[\s,-]+pay[\s-]+later\b")
# Money raised by selling things, not shares: "raised €1.9 million by selling 26 paintings".
RAISED_BY_SELLING_AFTER = _words(
    r"(?:[^.;]|\.(?=\d)){0,60}?\b(?:by|from|through)\s+(?:selling|the\s+sale\s+of)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:" + _ASSET_WORDS + r"|shares|stock|bonds|notes|debt)\b)"
)
# A commodity or a crop bought or sold, not a company: "will sell the leaf under its own
# label", "buys most of its cocoa from X".
COMMODITY_AFTER = _words(
    r"\s+(?:(?:the|its|their|our|more|some|all|most|much)\s+)?(?:of\s+(?:the|its|their)\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?-i:leaf|tea|coffee|cocoa|rice|wheat|grain|crops?|harvest"
    r"|fruit|milk|crude|fuel|electricity|ore|copper|gold|silver|fish|catch|wine|beer|output"
    r"|produce|beans|cotton|wool|timber|sugar|meat|cement|fertili[sz]er|saffron|spices?"
    r"|palm\s+oil|cashews?|vanilla|rubber|lithium|nickel|coal|lng|diesel|gasoil|petrol"
    r"|gasoline|cargo|cargoes|shipments?|consignments?)(?![\w-])"
    r"(?!\s+(?:" + _ASSET_WORDS + "|" + _NOUNS + r"|businesses|companies|trader|producer"
    r"|processor|grinder|estates?|plantations?|miner|project|deposit|assets)\b)"
    # (nor "the cotton ginner Chikwawa Ginners": a trade's agent noun, or a name, follows)
    r"(?!\s+(?:(?-i:[A-Z])|(?!(?:under|over|after|other|later|together|rather|either|neither"
    r"|whether|per|for|or)\b)[\w-]+(?:er|ers|or|ors)\b))"
)
# A share of a company's goods bought: "buys about 40% of X's frozen fries and flakes".
PERCENT_OF_GOODS_AFTER = _words(
    r"\s+(?:(?:about|some|around|nearly|roughly|almost|more\s+than|over)\s+)?\d[\d.]*\s?"
    r"(?:%|per\s?cent|percent)\s+of\s+(?:" + _NAME + r"['’]s?"
    r"|its|their)\s+(?!(?:[\w-]+\s+){0,2}?(?:" + _ASSET_WORDS + "|" + _NOUNS + r"|shares|stock"
    r"|equity|capital)\b)(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[a-z])[\w-]*(?![\w-])(?!\s+(?-i:[A-Z]))"
)
# What is bought is told by "what": "X buys what Y does not take" (trade, no company).
WHAT_AFTER = _words(r"\s+(?:what|whatever|whichever)\b")
# Machines, vehicles or works of art bought, not a company: "acquired a photon-counting CT
# scanner from German maker X".
MACHINE_AFTER = _words(
    r"\s+(?:an?|the|its|their|two|three|four|five|six|ten|\d+|new|more)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:scanners?|machines?|robots?|printers?|turbines?|engines?|cranes?|satellites?|aircraft"
    r"|jets?|planes?|helicopters?|vessels?|ships?|tankers?|trucks?|lorries|buses|trains?"
    r"|locomotives?|servers?|computers?|paintings?|artworks?|sculptures?|tractors?|harvesters?"
    r"|excavators?|rigs?|generators?|transformers?|ventilators?|equipment|machinery)(?![\w-])"
    r"(?!\s+(?:maker|makers|manufacturer|business|unit|company|group|firm|operator|lessor"
    r"|specialist|division|arm|producer|supplier|leasing|lessors)\b)"
)
MACHINE_WORDS = frozenset(
    "scanner scanners machine machines robot robots printer printers turbine turbines engine "
    "engines crane cranes satellite satellites aircraft jet jets plane planes helicopter "
    "helicopters vessel vessels ship ships tanker tankers truck trucks lorries buses bus train "
    "trains locomotive locomotives server servers computer computers painting paintings "
    "artwork artworks sculpture sculptures tractor tractors harvester harvesters excavator "
    "excavators rig rigs generator generators transformer transformers ventilator ventilators "
    "equipment machinery".split()
)
COMMODITY_WORDS = frozenset(
    "leaf tea coffee cocoa rice wheat grain crop crops harvest fruit milk crude fuel "
    "electricity ore copper gold silver fish catch wine beer output produce beans cotton wool "
    "timber sugar meat cement fertiliser fertilizer saffron spice spices palm cashew cashews "
    "vanilla rubber lithium nickel coal lng diesel gasoil petrol gasoline cargo cargoes shipment "
    "shipments consignment consignments".split()
)
# Shares of no company named, bought or sold on an exchange: "will buy about 1.2 million
# shares on the Amman Stock Exchange", "61,000 Dallah shares bought on the Amman market".
ON_THE_MARKET = (
    r"\s+(?:on|in|through)\s+the\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:stock\s+)?(?:market"
    r"|exchange|bourse)\b"
)
ON_THE_MARKET_AFTER = _words(ON_THE_MARKET)
SHARES_ON_THE_MARKET_AFTER = _words(
    r"\s+(?:(?:about|some|nearly|almost|up\s+to|another)\s+)?[\d.,]+\s*(?:million\s+|m\s+)?"
    r"(?:of\s+(?:its|their)\s+(?:own\s+)?)?shares" + ON_THE_MARKET
)
# A space or a task taken over, not a company: "will take over the central atrium of X's
# flagship centre", "took over the running of the line".
SPACE_TAKEN_OVER_AFTER = _words(
    r"\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:atrium|space|floor|floors|lobby|hall"
    r"|stage|window|windows|shopfront|stand|pitch|slot|slots|lease|tenancy|running|management"
    r"|role|duties|timetable|schedule|airwaves|homepage|billboards?|kitchens?|menu|bar"
    r"|terrace|dining\s+room)\b"
)
# Trading, not a deal: "will quote a bid and an offer for X shares", "stand ready to buy or
# sell", "sold at fixed prices".
TRADING_AFTER = _words(
    r"\s+(?:or|and)\s+(?:to\s+)?(?:sell|buy)\b"
    r"|\s+at\s+(?:fixed|lower|higher|reduced|discounted|regulated|retail|wholesale|market|cost"
    r"|capped|special|promotional|set)\s+prices\b"
)
QUOTED_OFFER = _words(
    r"\bquot(?:e|es|ed|ing)\s+(?:a|an|the|both)\s+(?:bid|offer|price)"
    r"|\b(?:bid|buy)\s+and\s+(?:an?\s+)?offer"
)
# A price list or a promotion, not a bid: "its reference interconnection offer", "Ramadan
# offers".
PRICE_OFFER = _words(
    r"\b(?:reference|interconnection|wholesale|retail|tariff|broadband|mobile|price|promotional"
    r"|loyalty|special|introductory|seasonal|holiday|festive|bundle|data|roaming|discount"
    r"|ramadan|christmas|summer|winter|black\s+friday|match|membership|upgrade|trial|welcome"
    r"|bonus|cashback|rewards?|loyalty|introductory|promotion|promotional)\s+offers?\b"
)
# The market's holders buying, not a company: "some holders had bought its shares".
HOLDERS_BOUGHT_BEFORE = _words(
    r"\b(?:holders|investors|shareholders|traders|funds|speculators|savers|retail\s+investors"
    # "their money bought shares in listed companies"
    r"|(?:their|his|her|our|your|the)\s+(?:money|savings|deposits|contributions|cash))"
    r"\s+(?:had\s+|have\s+|has\s+|who\s+|that\s+)?$"
)
# Things counted, not a company: "bought six berths for its fleet", "buys 40 trucks".
COUNTED_THINGS_AFTER = _words(
    r"\s+(?:another\s+|a\s+further\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|dozens\s+of|hundreds\s+of|thousands\s+of)\s+(?:(?-i:[a-z])[\w-]*\s+)?"
    r"(?!(?:" + _ASSET_WORDS + "|" + _NOUNS + r"|businesses|companies|firms|rivals|peers"
    r"|competitors|makers|operators|lenders|banks|insurers|start-?ups|chains|brands)\b)"
    r"(?-i:[a-z])[\w-]*s\b(?!\s+(?:in|of)\s+(?-i:[A-Z]))"
)
# Goods described by the purchase to come: "the beans it expects to buy next season".
GOODS_RELATIVE_BEFORE = _words(
    r"\b(?:the|its|their)\s+(?!(?:[\w-]+\s+){0,2}?(?:" + _ASSET_WORDS + "|" + _NOUNS + r")\b)"
    r"(?:(?-i:[a-z])[\w-]*\s+){1,3}?(?:that\s+|which\s+)?(?:it|they)\s+(?:(?:expects?|plans?"
    r"|wants?|hopes?|intends?|needs?|aims?)\s+to\s+)?$"
)
STOPPED_BEFORE = _words(
    r"\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|halt|halts|halted|discontinue[sd]?)\s+$"
)
# Land, property or goods counted before the verb: "for 22 acres bought in August from X".
# Bought or sold under a trade contract: "buys a quarter of X's cocoa butter under a supply
# contract that runs to 2028".
UNDER_A_TRADE_CONTRACT_AFTER = _words(
    r"[^.;]{0,80}?\bunder\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:supply|offtake"
    r"|off-take|purchase|purchasing|distribution|sales|licen[cs]e|licensing|framework|tolling)"
    r"\s+(?:contract|agreement|deal|arrangement|pact)s?\b"
)
# A holding counted in the accounts after the fact: "its $30m investment in X had been
# written off".
WRITTEN_OFF_AFTER = _words(
    r"[^.;]{0,60}?\b(?:ha(?:s|d|ve)\s+been|was|were|is|are|will\s+be)\s+(?:fully\s+|partly\s+)?"
    r"(?:written\s+(?:off|down)|impaired|marked\s+down)\b"
)
# Equipment or goods bought from a maker or sold by the piece: "capsule-filling lines
# bought from X", "a share of tickets sold through its app".
GOODS_BOUGHT_BEFORE = _words(
    r"\b(?:equipment|machinery|machines|lines|presses|kilns|furnaces|robots|engines|cranes"
    r"|vehicles|buses|parts|components|materials|supplies|goods|ingredients|spares|tickets"
    r"|seats|cars|phones|handsets|devices|meals|bottles|cases|policies|subscriptions)\s+"
    r"(?:(?:that|which)\s+(?:it|they|the\s+\w+)\s+(?:had\s+|has\s+)?)?$"
)
LAND_OR_GOODS_BEFORE = _words(
    r"\b\d[\d,.]*\s+(?:acres|hectares|ha|square\s+(?:metres|meters|feet|kilometres)|sq\s?m"
    r"|plots|parcels|flats|apartments|homes|houses|tonnes|tons|barrels|cargoes|vessels|ships"
    r"|aircraft|planes|trucks|lorries|locomotives|wagons|turbines|machines)\b"
    r"(?:\s+of\s+[\w-]+)?\s+(?:(?:that|which)\s+(?:it|they|the\s+\w+)\s+(?:had\s+|has\s+)?)?$"
)


def _trigger(sentence: _Sentence, after: int = 0):
    """The first trigger in the main text that is not part of a description."""
    text = sentence.text
    contract_end = sold_end = -1
    traded = False
    for at in _trigger_starts(text, after):
        if _in(sentence.masked, at) or _in(sentence.names, at):
            continue  # an aside, or a company's own name ("Orion Pay", "Acquisition Corp")
        if at < contract_end:
            continue  # "partnership" in "a supply partnership": the contract's own words
        match = trigger_at(text, at)
        if match is None:
            continue
        word = match.group(0)  # (read once: the checks below ask for it many times)
        index = int(str(match.lastgroup)[1:])
        kind, voice, _ = TRIGGER_PATTERNS[index]
        if at < sold_end and HOLDING_NOUN.match(word):
            continue  # "its 10% stake in X" in what is sold into the market: no other deal
        if M_AND_A.search(text, max(0, at - 16), match.end() + 20):
            continue  # "two partners specialising in mergers and acquisitions": a trade
        if kind == ACQUISITION and ACQUIRE_VERB.match(word) and DATA_AFTER.match(text, match.end()):
            continue  # "finished acquiring 4,200 square kilometres of 3D seismic data"
        if HOLDING_NOUN.match(word) and HELD_BY_AFTER.match(text, match.end()):
            continue  # "the 12.4% stake in X held by Y": a holding told, not bought
        if HOLDING_NOUN.match(word) and HOLDING_MOVED_AFTER.match(text, match.end()):
            continue  # "Its stake in X rose to 2.4% from 1.1%": a holding's size, moved
        if voice == "commercial":
            contract_end = match.end()
            continue  # a supply, licensing or distribution contract: no deal
        if index == CONTROL_PASSED_AT and not CONTROL_OF_BEFORE.search(
            _main_text(sentence) if sentence.masked else text, max(0, at - 160), at
        ):
            continue  # "the role passed to her": no control changing hands
        before = text[max(0, match.start() - 30) : match.start()]
        following = text[match.end() : match.end() + 90]
        if voice == "sell" and STOPPED_BEFORE.search(before):
            continue  # "will stop selling its 'Reserva de Parita' rum": a product withdrawn
        if (
            kind == ACQUISITION
            and PAID.fullmatch(word)
            and (
                PAID_FOR_THINGS.match(text, match.end())
                or PAID_FOR_NAMED_THINGS.match(text, match.end())
            )
        ):
            continue  # "paid for its first prototypes with a contract": things, no company
        if PAID.fullmatch(word) and (
            (paid := PAID_FOR_THE_DEAL.match(text, match.end()))
            or (PURPOSE_BEFORE.match(text[: match.start()]) and (paid := PURPOSE.match(text, at)))
        ):
            contract_end = paid.end()
            continue  # "To help pay for the purchase, X agreed to sell …": the sale is told
        if (
            kind == ACQUISITION
            and (PAID.fullmatch(word) or TRADE_VERB.match(word))
            and (traded or RECURRING_AMOUNT_AFTER.match(text, match.end()))
        ):
            # "will pay X $300m a year for electricity": a price of trade; what the sentence
            # then tells bought or sold is the same trade ("sold for $312 a pound, bought by X")
            traded = True
            continue
        if kind == ACQUISITION and (
            (PAID.fullmatch(word) and PAID_FOR_RIGHTS.match(text, match.end()))
            or (
                (TRADE_VERB.match(word) or ACQUIRE_VERB.match(word))
                and RIGHTS_AFTER.match(text, match.end())
            )
        ):
            continue  # "paid X $45m for a licence", "acquired a lease on X's terminal"
        if (
            kind in (ACQUISITION, INVESTMENT)
            and OPTION_TO_BEFORE.search(before)
            and not OPTION_USED_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            return None  # "has an option to buy Y's 20% stake": a right held, not a deal
        if (
            kind in (ACQUISITION, INVESTMENT)
            and word.lower().endswith("ing")
            and ACTIVITY_AFTER.match(text, match.end())
        ):
            continue  # "buying quarries was part of its business": an activity, in general
        if (
            kind == ACQUISITION
            and TRADE_VERB.match(word)
            and PREMISES_AFTER.match(text, match.end())
        ):
            continue  # "bought X's old head office for $45m": a building
        if kind in (JOINT_VENTURE, PARTNERSHIP) and VALUED_BEFORE.search(before):
            continue  # "we value our partnership with X": one that runs already
        if (
            kind in (JOINT_VENTURE, PARTNERSHIP)
            and OWNED_BEFORE.search(before)
            and RUNNING_AFTER.match(text, match.end())
        ):
            continue  # "Halden's code-share with X added 48,000 passengers": running already
        if (
            kind in (MERGER, ACQUISITION)
            and word.lower().split()[0] in ("merged", "acquired", "bought", "sold")
            and (thing := THING_MERGED_BEFORE.search(text, max(0, at - 60), at))
            and (
                # (a name's possessive only before "merged into": not "X's chairman sold")
                word.lower().split()[0] in ("merged", "acquired", "bought", "sold")
                if thing.group(0).lower().startswith(("had", "has", "have"))
                else word.lower().startswith("merged into")
            )
        ):
            continue  # "has had its scheduling engine merged into Harbourline": a thing
        if sentence.words & BEGAN_WORDS and BEGAN_WHEN_BEFORE.search(text, max(0, at - 60), at):
            continue  # "a long road that began when we bought the business": history
        if kind == JOINT_VENTURE and VENTURE_PARTNER_AFTER.match(text, match.end()):
            continue  # "Halden's joint venture partner in Spain, X, …": a description
        if (
            kind == ACQUISITION
            and (bid := BID_NOUN.match(word))
            and BID_FOR_A_TASK_AFTER.match(text, match.start() + bid.end())
        ):
            continue  # "its bid to host the 2030 congress": a task or a right, no company
        if (
            kind == ACQUISITION
            and (TRADE_VERB.match(word) or ACQUIRE_VERB.match(word))
            and GOODS_RELATIVE_BEFORE.search(text, max(0, at - 60), at)
        ):
            continue  # "the beans it expects to buy next season": goods, described
        if (
            kind == ACQUISITION
            and ACQUIRE_VERB.match(word)
            and GOODS_AFTER.match(text, match.end())
        ):
            continue  # "agreed to acquire 500 megawatts of solar capacity from X": trade
        if (
            kind == INVESTMENT
            and HOLDING_NOUN.match(word)
            and DEBT_HOLDING_AFTER.match(text, match.end())
        ):
            continue  # "raised its holding in X's bonds": lending, not ownership
        if kind in (ACQUISITION, INVESTMENT) and WRITTEN_DOWN_BEFORE.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue  # "wrote down the value of its stake in X": a holding in the accounts
        if (
            kind == INVESTMENT
            and NOUN_TRIGGER.match(word)
            and WRITTEN_OFF_AFTER.match(text, match.end())
        ):
            continue  # "its $30m investment in X had been written off": the same
        if (
            kind == JOINT_VENTURE
            and (buys := VENTURE_BUYS_AFTER.match(text, match.end()))
            and _buys_a_business(sentence, buys.end())
        ):
            sentence.venture = (match.start(), buys.end())
            continue  # the venture buys: the purchase is the transaction
        if (
            kind in (ACQUISITION, INVESTMENT)
            and PAST_TRIGGER.fullmatch(word)
            and RELATIVE_OBJECT_BEFORE.search(before)
        ):
            continue  # "keep the name on the stores it bought": what it bought, described
        if (
            kind in (ACQUISITION, INVESTMENT)
            and PAST_TRIGGER.fullmatch(word)
            and GENERIC_RELATIVE_BEFORE.search(before)
        ):
            continue  # "Olechi was a Bolivian company that bought Bolivian soy": a description
        if (
            kind == INVESTMENT
            and HOLDING_NOUN.match(word)
            and PASSIVE_BUY_AFTER.match(text, match.end())
        ):
            continue  # "A 30% stake in X has been bought by Y": the passive governs
        if HEADING_AFTER.match(text, match.end()):
            continue  # "10:05 A funding round from Madrid: Lavapiés Robotics has raised …"
        if kind == PARTNERSHIP and AGREEMENT_TO_BUY_AFTER.match(text, match.end()):
            continue  # "signed a memorandum of understanding … to buy X": the purchase is it
        if kind in MUTUAL_KINDS and voice == "mutual" and kind != MERGER:
            if DESCRIPTION_BEFORE.search(before) and DESCRIPTION_AFTER.search(following):
                continue
            if FORMER_BEFORE.search(before):
                continue
            if POSSESSIVE_BEFORE.search(before) and not _status(text, STATUSES[:2]):
                continue  # "their joint venture employs 2,000": one that exists, not news
        if kind == INVESTMENT and HOLDER_OWNS_BEFORE.search(before):
            if HOLDING_DESCRIBED_AFTER.match(text, match.end()):
                continue  # "Volta's stake in BAW is worth €3bn": a holding, not a purchase
        if HYPHENATED_BEFORE.search(before):  # "Acme-backed", "Tailspin-owned"
            continue
        if "control" in word.lower() and CONTROL_OF_AN_ACTIVITY.match(text, match.end()):
            continue  # "had taken control of Geomundo's vessel scheduling": of its work, not it
        if (
            word.lower() == "sold"
            and GOODS_SOLD_BEFORE.search(before)
            and GOODS_SOLD_AFTER.match(text, match.end())
        ):
            continue  # "more than half of the cement sold in six provinces": goods, no sale
        if TRADE_VERB.search(word) and SOLD_IN_SHOPS_AFTER.match(text, match.end()):
            continue  # "to be sold in the 240 shops of Parfumerie Célestine": retail, not a sale
        if kind == PARTNERSHIP and CALLED_BEFORE.search(before):
            continue  # "said the agreement was a partnership for the long term": a name for it
        if DEAL_NOUN_ONLY.match(word) and TIME_OF_DEAL_BEFORE.search(before):
            continue  # "left after the merger", "since the takeover": a time, not a deal
        if MANY_DEALS.match(text, at) and COUNTED_BEFORE.search(before):
            continue  # "has made nine purchases since its listing": a record, not a deal
        if MASS_INVESTMENT.match(text, at) and RETURN_ON_BEFORE.search(before):
            continue  # "the fund had tripled its investment": a return on one, not a deal
        if MASS_INVESTMENT.match(text, at) and not TERMS_BEFORE.search(before):
            continue  # "decisions on investment and on capital": spending, not a stake
        if INVEST_IN_THINGS.match(text, at):
            continue  # "promised to invest €240m in new cranes and a quay": spending
        if (
            INVEST_VERB.match(word)
            and (
                INVESTED_IN_ITS_THINGS.match(text, match.end())
                or INVESTED_IN_MANY.match(text, match.end())
            )
            or (kind == INVESTMENT and INVESTED_IN_ITS_NEW_SITE.match(text, match.end()))
        ):
            continue  # "will invest $50m in X's home town", "in more than 40 companies"
        if LICENCE_BEFORE.search(text, max(0, at - 60), at):
            continue  # "the rights to develop and sell its drug": a licence, not a sale
        if (
            kind == INVESTMENT
            and HOLDING_NOUN.match(word)
            and HOLDING_HELD_BEFORE.search(text, max(0, at - 50), at)
        ):
            continue  # "also has a 50% interest in X": a holding it has, not one it buys
        if (
            kind == INVESTMENT
            and HOLDING_NOUN.match(word)
            and HOLDING_KEPT_BEFORE.search(text, max(0, at - 50), at)
        ):
            continue  # "will keep its 25% stake in X": a holding kept, not bought
        if kind in MUTUAL_KINDS and voice == "mutual" and RELATIVE_OBJECT_BEFORE.search(before):
            continue  # "the plant they jointly run": what they share, described
        if kind == MERGER and MERGED_THINGS_AFTER.match(text, match.end()):
            continue  # "agreed to merge their loyalty programmes": no company combines
        if TAKE_OVER.fullmatch(word) and CONTROL_OF_AN_ACTIVITY.match(text, match.end()):
            continue  # "took over Brisa's role as the league's sponsor": a task, no company
        if NEW_OWNER_TOLD.match(word) and not NAMED_SUBJECT_BEFORE.search(
            text, max(0, at - 40), at
        ):
            continue  # "the bread has a new owner: X has completed its purchase of …"
        if voice == "raise" and MONEY_FOR_A_CONTRACT_AFTER.match(text, match.end()):
            continue  # "landed a $40m contract from X", "secured a $250m loan": no equity
        if voice == "sold_by" and MARKET_SELLERS_AFTER.match(text, match.end()):
            continue  # "shares in X were sold heavily by hedge funds": the market
        if kind == PARTNERSHIP and PARTNER_IN_A_BID_AFTER.match(text, match.end()):
            continue  # "named as a possible partner for a private equity bid for X": a bidder
        if (
            kind == PARTNERSHIP
            and word.lower().startswith("jointly")
            and MADE_TOGETHER_BEFORE.search(before)
        ):
            continue  # "launched a jointly developed app": a product
        if kind == PARTNERSHIP and TRADE_PARTNERSHIP_AFTER.match(text, match.end()):
            continue  # "a partnership with X to distribute its products in Japan": trade
        if (
            kind == ACQUISITION
            and (TRADE_VERB.match(word) or ACQUIRE_VERB.match(word) or TAKE_OVER.fullmatch(word))
            and (sentence.words & PEOPLE_WORDS or " from " in text[match.end() : match.end() + 10])
            and PEOPLE_TAKEN_AFTER.match(text, match.end())
        ):
            continue  # "took over 41,000 of X's customers", "buys from 60 dairies": trade
        if (
            kind == ACQUISITION
            and (TRADE_VERB.match(word) or ACQUIRE_VERB.match(word))
            and (
                WHAT_AFTER.match(text, match.end())
                or (sentence.words & MACHINE_WORDS and MACHINE_AFTER.match(text, match.end()))
                or (sentence.words & COMMODITY_WORDS and COMMODITY_AFTER.match(text, match.end()))
                or PERCENT_OF_GOODS_AFTER.match(text, match.end())
                or COUNTED_THINGS_AFTER.match(text, match.end())
            )
        ):
            continue  # "buys what X does not take", "acquired a CT scanner from X": goods
        if (
            TRADE_VERB.match(word)
            and not word.lower().startswith("sel")
            and word.lower() != "sold"
            and (
                SHARES_ON_THE_MARKET_AFTER.match(text, match.end())
                or (
                    before.endswith(("shares ", "shares were ", "shares was "))
                    and ON_THE_MARKET_AFTER.match(text, match.end())
                )
            )
        ):
            continue  # "will buy about 1.2 million shares on the Amman Stock Exchange": trading
        if TAKE_OVER.fullmatch(word) and SPACE_TAKEN_OVER_AFTER.match(text, match.end()):
            continue  # "will take over the central atrium of X's centre": a space
        if (TRADE_VERB.match(word) and TRADING_AFTER.match(text, match.end())) or (
            BID_NOUN.match(word)
            and (QUOTED_OFFER.search(before + word) or PRICE_OFFER.search(before + word))
        ):
            continue  # "quote a bid and an offer", "buy or sell", "interconnection offer"
        if TRADE_VERB.match(word) and HOLDERS_BOUGHT_BEFORE.search(text, max(0, at - 40), at):
            continue  # "some holders had bought its shares for that reason": the market
        if BUY_NOW_PAY_LATER.match(text, at):
            continue  # "a buy now, pay later offer": credit, no deal
        if voice == "raise" and RAISED_BY_SELLING_AFTER.match(text, match.end()):
            continue  # "raised €1.9 million by selling 26 paintings": a sale of things
        if OFFER_NOUN.fullmatch(word) and OFFER_TO_PEOPLE_AFTER.match(text, match.end()):
            continue  # "its offer to Brisa's staff of jobs": no bid for a company
        if SPECULATION_AFTER.match(text, match.end()):  # "a takeover target"
            continue
        if (
            kind == ACQUISITION
            and word.lower() in ("buy", "sell")
            and (
                (text[match.start() - 1 : match.start()] in "\"“'‘" and match.start() > 0)
                or RATING_AFTER.match(text, match.end())
            )
        ):
            continue  # 'raised its recommendation on X to "buy"', "a buy rating": advice
        if kind == ACQUISITION and TRADE_VERB.match(word) and GOODS_AFTER.match(text, match.end()):
            continue  # "sells its cars through", "buys its beans from": trade
        if (
            kind == ACQUISITION
            and TRADE_VERB.match(word)
            and PRODUCT_AFTER.match(text, match.end())
        ):
            continue  # "sells a five-day package for 2,980 yuan": a product, no company
        if (
            kind in (ACQUISITION, INVESTMENT)
            and (TRADE_VERB.match(word) or ACQUIRE_VERB.match(word))
            and DEBT_BOUGHT_AFTER.match(text, match.end())
        ):
            continue  # "bought $50m of Fjellpay's bonds": lending to it, not owning it
        if (
            kind == INVESTMENT
            and INVEST_VERB.fullmatch(word)
            and INVESTED_IN_OWN_AFTER.match(text, match.end())
        ):
            continue  # "will invest $1bn in its Brazilian plants": spending, no deal
        if (
            kind in (ACQUISITION, INVESTMENT)
            and SOLD_VERB.match(word)
            and (into_market := SOLD_INTO_MARKET_AFTER.match(text, match.end()))
        ):
            sentence.rejected = True  # and none for the headline to tell either
            sentence.sold_into_market = True
            sold_end = into_market.end()
            continue  # "sold 13% of X on the open market": no buyer, no company deal
        if (
            kind == ACQUISITION
            and TRADE_VERB.match(word)
            and LAND_OR_GOODS_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            continue  # "22 acres bought in August from X", "the 40 flats sold to": property
        if (
            kind == ACQUISITION
            and TRADE_VERB.match(word)
            and GOODS_BOUGHT_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            continue  # "capsule-filling lines bought from X", "tickets sold": goods
        if (
            kind == ACQUISITION
            and TRADE_VERB.match(word)
            and UNDER_A_TRADE_CONTRACT_AFTER.match(text, match.end())
        ):
            continue  # "buys a quarter of X's cocoa butter under a supply contract": trade
        if kind == MERGER and OWN_BUSINESS_AFTER.match(text, match.end()):
            continue  # "merges the dairy business it bought into its own": a reorganisation
        return kind, voice, match
    return None


# Control of what a company does, not of the company: "of Geomundo's vessel scheduling"
# (not "of Fjellpay's payments business").
CONTROL_OF_AN_ACTIVITY = _words(
    r"\s*(?:of\s+)?(?:[\w&.-]+\s+){0,3}?(?:[\w.&-]*['’]s|[\w.&-]*s['’])\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:" + _ASSET_WORDS + r"|board|group)\b)(?-i:[a-z])"
)
# Goods sold through a retailer's shops.
SOLD_IN_SHOPS_AFTER = _words(
    r"[^.;]{0,60}?\bin\s+(?:the\s+|its\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:shops|stores"
    r"|outlets|supermarkets|pharmacies|showrooms|restaurants|branches)\s+(?:of|run by)\b"
)
# What something already told is called: "the agreement was \"a partnership for the long
# term\"", "what its lawyers call a partnership in all but name".
CALLED_BEFORE = _words(
    r"\b(?:was|is|were|are|call(?:s|ed)?(?:\s+it)?|describ(?:es|ed)\s+(?:it\s+)?as|termed)\s+"
    r"[\"“‘']?(?:a|an)\s+(?:[\w-]+\s+)?$"
)
# A deal already told, used to date something: "most directors left after the merger".
DEAL_NOUN_ONLY = _words(
    r"(?:merger|takeover|acquisition|purchase|deal|buyout|sale|tie-up|combination)$"
)
TIME_OF_DEAL_BEFORE = _words(
    r"\b(?:after|since|before|following|until|till|prior to)\s+(?:the|its|their|this|that)\s+"
    r"(?:[\w-]+\s+)?$"
)
# Deals counted are a record, not one transaction: "has made nine purchases since 2019",
# "a string of acquisitions", "several bolt-on deals".
MANY_DEALS = _words(
    r"(?:acquisitions|purchases|takeovers|deals|mergers|investments|buyouts|transactions"
    r"|bolt-ons)\b"
)
COUNTED_BEFORE = _words(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|many"
    r"|numerous|multiple|various|some|few|more|further|other|string of|series of|number of"
    r"|spate of|wave of|flurry of|run of|programme of|program of|spree of|pipeline of"
    r"|strategy of|round of)\s+(?:[\w-]+\s+){0,2}?$"
)
# "investment" as spending in general, with no object or terms: "decisions on investment
# and on capital", "cut investment, raise dividends".
MASS_INVESTMENT = _words(r"investment(?=\s*(?:[,.;:)\"”]|and\b|or\b|$))")
# A thing described by what was done to it: "the stores it bought", "the stake that they
# had acquired".
RELATIVE_OBJECT_BEFORE = _words(
    r"\b(?:the|a|an|its|their|those|these|every|each)\s+"
    r"(?:(?!(?:said|says|say|told|tells|announced|confirmed|added|disclosed|reported|noted"
    r"|and|but|when|after|before|because|as|if|that|which)\b)[\w-]+\s+){1,3}?(?:that\s+|which\s+)?"
    r"(?:it|they|he|she|we|you)\s+(?:had\s+|has\s+|have\s+|once\s+|recently\s+)?$"
)
GENERIC_RELATIVE_BEFORE = _words(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|business|maker|producer|one)\s+"
    r"(?:that|which|who)\s+(?:also\s+|once\s+|had\s+|has\s+|always\s+)?$"
)
PASSIVE_BUY_AFTER = _words(
    r"[^.;]{0,120}?\b(?:has|have|had|was|were|is|are|will)\s+(?:been\s+|be\s+)?(?:bought|acquired"
    r"|sold|purchased|taken)\s+(?:\w+ly\s+)?(?:by|to)\b"
)
GOODS_SOLD_BEFORE = _words(
    r"\b(?:of\s+)?the\s+(?-i:[a-z][\w-]*)\s+$"
    # "about 220,000 milk chocolate bars sold in Ecuador and Colombia": goods, counted
    r"|\b\d[\d,.]*(?:\s+(?:million|m|bn|billion))?\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?"
    r"(?!(?:" + _ASSET_WORDS + "|" + _NOUNS + r")\b)(?-i:[a-z][\w-]*s)\s+$"
)
GOODS_SOLD_AFTER = _words(
    r"\s+(?:in|at|across|through|each|every|per|a\s+year|last\s+year|this\s+year|worldwide)\b"
)
# A liveblog's or a column's label before the news: "A funding round from Madrid: …".
HEADING_AFTER = _words(r"[^.;:,\d]{0,40}:\s+(?-i:[A-Z])")
# What a memorandum or an agreement is for, when it is a purchase or an investment:
# "signed a memorandum of understanding and entered exclusive negotiations to buy X".
AGREEMENT_TO_BUY_AFTER = _words(
    r"[^.;]{0,80}?\bto\s+(?:buy|acquire|purchase|take\s+over|take\s+(?:a|an)\s+(?:[\w%.-]+\s+)?"
    r"(?:stake|holding)|invest\s+in|merge)\b"
)
# Money put into things, not into a company: "invest €240 million in new cranes, a deeper
# quay and a rail link", "investing $1bn in its plants" (not "in new shares of X").
INVEST_IN_THINGS = _words(
    r"invest(?:s|ed|ing)?\s+(?:(?:about|some|nearly|around|up to|more than|a further|another)\s+)?"
    r"(?:[$£€¥₩₹]|[A-Z]{1,3}\$|(?:(?-i:[A-Z]{2,3})|"
    + MONEY_SIGN
    + r")\s?)?\d[\d.,]*\s*(?:[a-z]+\s+){0,2}?in\s+"
    r"(?:(?:new|more|its|their|the|a|an|additional|further)\s+)?"
    r"(?!(?:[\w-]+\s+)?(?:shares|stake|stakes|equity|capital|company|companies|business|firm"
    r"|start-?ups?|venture|group|unit|round|bonds?|notes|stock)\b)(?-i:[a-z])[\w-]*"
    r"(?:\s*,\s*|\s+and\s+|\s+)(?:(?:a|an|new|more)\s+)?(?-i:[a-z])"
)
RETURN_ON_BEFORE = _words(
    r"\b(?:doubl|tripl|quadrupl|recoup|recover|return|earn|lost|los|writ(?:e|es|ten|ing)\s+"
    r"(?:off|down))\w*\s+(?:(?:more\s+than|nearly|almost|about)\s+)?(?:its|their|the|his|her|our)\s+"
    r"(?:original\s+|initial\s+|entire\s+)?$"
)
TERMS_BEFORE = _words(
    r"(?:\d|[$£€¥₩₹]|\bper ?cent|['’]s|\b(?:the|this|that|its|their|an?)\s+(?:[\w-]+\s+){0,2})\s*$"
)


def _buys_a_business(sentence: _Sentence, at: int) -> bool:
    """Is what is bought from `at` on a business: a company named next (not one it buys
    from), or a stake, a unit, assets?"""
    text = sentence.text
    named = any(
        0 <= h.start - at <= 40 and not re.search(r"\bfrom\b", text[at : h.start])
        for h in sentence.hits
    )
    return named or bool(ASSET_OBJECT.match(text, at))


# Forms `core.money` does not read: the rand written "R18bn", rupiah, lira, Egyptian pounds,
# Taiwan dollars, zlotys, "Sfr". Only with a scale word, where the letters are unambiguous.


RUPEES_CUT = re.compile(r"\bRs\.\s*$")


def _spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with the cut after "Rs." mended: "for Rs. 1,250 crore" is one
    sentence, though the splitter ends one at the abbreviation's full stop."""
    mended: list[tuple[int, int]] = []
    for start, end in spans:
        if mended and text[start : start + 1].isdigit() and RUPEES_CUT.search(text, *mended[-1]):
            mended[-1] = (mended[-1][0], end)
        else:
            mended.append((start, end))
    return mended


def _main_text(sentence: _Sentence) -> str:
    """The sentence with its asides blanked out (same length, so positions hold)."""
    text = sentence.text
    for a, b in sentence.masked:
        text = text[:a] + " " * (b - a) + text[b:]
    return text
