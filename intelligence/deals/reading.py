"""What one clause says about a deal: kind, parties and their roles, terms, status."""

import itertools
import re
from collections.abc import Hashable
from dataclasses import dataclass
from decimal import Decimal

from core.money import MONEY_SIGN, Money

from .context import (
    ADVISED_BY_BEFORE,
    ADVISER_AFTER,
    AGREED_BEFORE,
    ANALYSTS,
    ANALYSTS_VIEW,
    AND_BEFORE,
    AND_ONLY_BEFORE,
    ASSET_OF_BEFORE,
    ATTRIBUTION_AFTER,
    BARE_HOLDER_AFTER,
    BARE_HOLDER_BEFORE,
    BETWEEN,
    BUYING,
    BY_BEFORE,
    BY_DESCRIBED_BEFORE,
    CLAUSE_BREAK,
    COMBINED_INTO_VENTURE,
    COMPOUND_AFTER,
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    COUNTRY_NAMES,
    DEBT_SOLD,
    DEFENDS,
    DESCRIBED_BEFORE,
    DUE_BEFORE,
    EACH,
    FORMED,
    FROM_BEFORE,
    HISTORY,
    HOLDER_AFTER,
    HOLDER_BEFORE,
    INTRODUCED_OBJECT,
    ITS_PEOPLE_BUY,
    LATER,
    LONG_AGO,
    NATIONALITIES,
    NEWS_TIME,
    OBJECT_AFTER_FOR,
    OBJECT_AFTER_VALUING,
    OBJECT_NEXT,
    OBJECT_REFERENCE,
    OBJECTLESS_AFTER,
    OWNERS_AFTER,
    OWNERS_OF_BEFORE,
    PAST_TRIGGER,
    PAY_FOR,
    PEOPLE_OF_BEFORE,
    PERCENT_OF_BEFORE,
    PLACE_OF,
    POSSESSED_ASSET,
    REFERENCE,
    RELATIVE,
    RIVAL_OBJECT,
    SELL_OBJECTLESS_AFTER,
    SEPARATELY,
    SINCE,
    SINCE_ACT_BEFORE,
    SOLD_TO_PRONOUN,
    STAKE_IN_VENTURE,
    TALKS_WITH_BEFORE,
    TELLER_BEFORE_IT,
    THEIR_SHARES_AFTER,
    TO_BEFORE,
    TOLD_AS_MERGER,
    TOLD_TIME_BEFORE,
    UNANSWERED,
    VENTURE_NAMED_BEFORE,
    WHAT_IF,
    WITH_BEFORE,
    WITH_OWN_BUSINESS,
)
from .facts import DealFacts
from .kinds import (
    ACQUISITION,
    BOUGHT_ROLE,
    BUYER_ROLE,
    INVESTMENT,
    JOINT_VENTURE,
    MERGER,
    MUTUAL_KINDS,
    PARTNERSHIP,
    SIDE,
    TO_ACQUISITION,
    TO_INVESTMENT,
    Role,
    Status,
    _sides,
    _words,
)
from .sentences import OPENINGS, _clause, _in, _main_text, _Sentence, _Story, _trigger
from .status import _clause_status, _news_status
from .terms import (
    A_STAKE_IN,
    MAJORITY,
    MINORITY,
    PERCENT,
    STAKE_WORDS,
    _resulting_stake,
    _stake,
    _value,
    _valuing,
)
from .triggers import (
    COUNTER_BID,
    DEAL_NOUN,
    MARKET_RAISE,
    NOUN_TRIGGER,
    OWNED_NOW_WORDS,
    PLACED_WITH_RE,
    VENTURE_SUBJECT,
)


@dataclass
class _Reading:
    """What one sentence says about a deal."""

    kind: str
    voice: str
    parties: dict[Hashable, str]
    value: Money | None = None
    stake: Decimal | None = None
    majority: bool = False
    status: str = ""
    from_reference: bool = False
    verb: bool = True
    end: int = 0  # where its clause ends in the sentence
    separate: bool = False  # "Separately, …", "In a separate deal, …"
    each: bool = False  # "X and Y are each weighing offers for Z": one deal per buyer
    objectless: bool = False  # "Tencent is also investing in the region": no one named
    # "Fjellpay, now owned by Halden, …": a change of owner told in passing; the story's news
    # only when it tells no other deal.
    in_passing: bool = False
    counter: bool = False  # "a rival bid": another bidder's deal, never the one being told
    raised: bool = False  # "raises its bid to …": its price replaces the one told before


# "bought out Nordkap, its partner in Fjellpay", "bought out its co-owner Nordkap from
# Fjellpay": the co-owner bought out sells its part of the business, which is bought.
BUY_OUT = _words(r"\s+out\b")
CO_OWNER = (
    r"(?:co-?owners?|partners?|joint[- ]venture\s+partners?|co-?investors?|fellow\s+shareholders?)"
)
CO_OWNER_BEFORE = _words(r"\b(?:its|their)\s+(?:[\w-]+\s+)?" + CO_OWNER + r"\s+$")
CO_OWNER_ASIDE = _words(r"^\s*,\s+(?:its|their)\s+(?:[\w-]+\s+)?" + CO_OWNER + r"\s+(?:in|at)\s+$")
OF_BUSINESS_BEFORE = _words(r"\b(?:from|in|of)\s+(?:the\s+)?$")


# What a company's people buy for themselves, not into it: "a $15m villa", "a yacht".
THINGS_BOUGHT_AFTER = _words(
    r"\s+(?:an?\s+|the\s+)?(?:[^\s.;]*\d[^\s;]*?\s?(?:m|bn|k|million|billion)?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:villas?|houses?|homes?|mansions?|flats?|apartments?|penthouses?"
    r"|estates?|yachts?|jets?|planes?|cars?|paintings?|art|islands?|chateaux?|château|ranch"
    r"|farmhouses?|castles?|racehorses?|horses?|vineyards?|football\s+club|club|team)\b"
)


def _bought_out(sentence: _Sentence, match: re.Match, parties: dict) -> dict:
    """ "Halden bought out Nordkap, its partner in Fjellpay": Nordkap sells, Fjellpay is bought.
    Only when the company bought out is told as a co-owner; "bought out Fjellpay" stays a
    purchase of Fjellpay."""
    text = sentence.text
    after = [h for h in sentence.names_hits if h.start >= match.end()]
    if not after:
        return parties
    owner = after[0]
    business = None
    if len(after) > 1 and CO_OWNER_ASIDE.match(text[owner.end : after[1].start]):
        business = after[1]  # "Nordkap, its partner in Fjellpay"
    elif CO_OWNER_BEFORE.search(text[match.end() : owner.start]):
        business = next(
            (h for h in after[1:] if OF_BUSINESS_BEFORE.search(text[owner.end : h.start])), None
        )
    if business is None or owner.company == business.company:
        return parties
    buyers = {c: r for c, r in parties.items() if SIDE[r] == "buyer"}
    return {**buyers, owner.company: Role.SELLER, business.company: Role.TARGET}


SAID_BEFORE = _words(r",\s+(?:said|says|announced|confirmed|added)\s+(?:the\s+)?$")
SALE_WORD = _words(r"\b(?:sold|sale|sell|sells|selling|divest\w*|dispos\w*)\b")
PLACE_BETWEEN = _words(r"\b(?:on|at|across|through|under|over|with|around|throughout)\b")
BOUGHT_ROLES = frozenset(BOUGHT_ROLE.values())
# The role of a company named as no party, for the one after "and" to share.
SKIPPED = "skipped"


def _bought_in(current: "DealFacts | None", parties: dict, country: str, story) -> Hashable | None:
    """The company bought in the deal being told, when this clause's buyer is that deal's
    own: a described object ("the business", "the Swedish lender") is most likely it."""
    if current is None or current.kind in MUTUAL_KINDS:
        return None
    if not any(
        c in current.parties and SIDE[current.parties[c]] == "buyer" and SIDE[r] == "buyer"
        for c, r in parties.items()
    ):
        return None
    for company, role in current.parties.items():
        if SIDE[role] == "bought" and company not in parties:
            if not country or story.matcher.companies[company].country == country:
                return company
    return None


PAST_TALKS = _words(
    r"\b(?:had|held|were|was)\s+(?:\w+\s+)?(?:discussed|talks|negotiated|in\s+talks)\b"
    r"|\b(?:discussed|negotiated|explored|considered|weighed|approached|mulled|studied|planned"
    r"|prepared)\b"
    # "spent the money in 2017 preparing an offer for X"
    r"|\b(?:spent|spending)\b[^.;]{0,40}\b(?:preparing|planning|studying|exploring|weighing)\b"
)


# What a sentence's subject "is being sold to": the buyer, whatever the trigger read first
# ("A 12% stake in Fjellpay is being sold to Halden").
SOLD_TO_BEFORE = _words(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:sold|transferred)\s+to\s*"
    r"(?:the\s+)?" + PLACE_OF + r"$"
)


SOLD_BY_AGENT_BEFORE = _words(r"\bby\s+(?:(?:its|their|the)\s+)?(?:[\w'’-]+\s+){0,3}?$")


AS_DID = _words(r",?\s+as\s+(?:did|does|do|has|have|had|will|would|was|were|is|are)\b")


# The deal told again after a semicolon: "…; the deal was completed on Tuesday".
THE_DEAL_AFTER = _words(
    r"\b(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?(?:deal|purchase|takeover|sale|merger"
    r"|acquisition|bid|offer|transaction|agreement|talks|investment|round)\b|^;\s+it\b"
)


def _told_now(text: str, trigger: re.Match | None = None, past: list | tuple = ()) -> bool:
    """A cue that the sentence's act is this story's news ("agreed on Tuesday"); the day it
    is told ("…, the company said on Tuesday") is not one, nor a day told before the trigger
    and further from it than the past that dates it ("A judge on Friday allowed a suit over
    the merger … six years ago": the Friday is the ruling's). A day after the trigger may
    date its end ("agreed in 2019 to buy X, but the deal collapsed on Monday")."""

    lo, hi = (trigger.start(), trigger.end()) if trigger else (0, 0)

    def distance(m: re.Match) -> int:
        return m.start() - hi if m.start() >= hi else max(0, lo - m.end())

    nearest_past = min((distance(m) for m in past), default=None) if trigger else None
    return any(
        not TOLD_TIME_BEFORE.search(text, max(0, m.start() - 20), m.start())
        # "Ten years ago this week, …": an anniversary, not today's act.
        and not text.endswith("ago", 0, m.start())
        and not text.endswith("ago ", 0, m.start())
        and (nearest_past is None or m.start() >= hi or distance(m) < nearest_past)
        # Not a day told past a semicolon, of another act: "… failed in 2019; on Tuesday the
        # two signed a marketing pact" (but "…; the deal was completed on Tuesday").
        and not (
            trigger
            and m.start() > hi
            and (semicolon := text.find(";", hi, m.start())) >= 0
            and not THE_DEAL_AFTER.search(text, semicolon, m.end())
        )
        for m in NEWS_TIME.finditer(text)
    )


PRICE_THEN = _words(r",\s+for\s+[^\s,;]+(?:\s+[^\s,;]+){0,3}\s+")


def _dates_a_description(text: str, trigger: re.Match, at: int) -> bool:
    """A year after the trigger that a relative clause holds dates what that clause
    describes, not the act: "sold its stake, ending a relationship that began in 2016". A
    clause closed by a comma before the date gives it back to the act: "bought X, whose
    gardens surround the town, for Rs. 7.4 billion three years ago"."""
    if at <= trigger.end():
        return False
    clause = RELATIVE.search(text, trigger.end(), at)
    if not clause:
        return False
    closed = text.rfind(",", clause.end(), at)
    # Given back only when the date follows the act's own price, with no clause of its own
    # between ("the $1.1 billion it was worth two years ago" dates the worth).
    return closed < 0 or not PRICE_THEN.fullmatch(text, closed, at)


# "about 1.1 times the Croatian bank's book value": the company owns what is told, it does
# not act; "the group's takeover of X" is its act.
POSSESSOR_AFTER = _words(
    r"['’]s\s+(?!(?:[^\s.,;]+\s+){0,3}?(?:takeover|acquisition|purchase|bid|offer|investment"
    r"|stake|merger|deal|buyout|sale|approach)\b)"
)


AGREED_IN_A_RELATIVE_BEFORE = _words(
    r"\b(?:that|which|who)\s+(?:had|have|has)\s+(?:(?:already|earlier|previously)\s+)?"
    r"(?:agreed|planned|proposed|hoped|signed\s+up|promised)\s+to\s+$"
)
ENDED_AFTER_RELATIVE = _words(
    r"(?:\s+(?-i:[a-z][\w-]*)){0,4}?\s+(?:have|has|had)\s+(?:now\s+)?(?:[\w-]+\s+)?"
    r"(?:the|their|its)\s+(?:plans?|deal|merger|agreement|talks|idea|proposal|venture)\b"
)
# A company named only as the possessor of a fund that acts: "Halden Group's pension fund
# sold its Fjellpay shares".
ITS_FUND_ACTS = _words(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:pension\s+(?:fund|scheme|plan|trust)|retirement\s+(?:fund"
    r"|plan)|provident\s+fund|foundation|charitable\s+trust|endowment|staff\s+fund"
    r"|employee\s+(?:share\s+)?trust)\s+(?:(?:has|have|had|will|would|also|quietly|then)\s+){0,2}$"
)
AND_ITS_RIVAL_BEFORE = _words(
    r"\band\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:rival|competitor|peer|neighbour|neighbor"
    r"|counterpart|smaller\s+rival|larger\s+rival)\s+$"
)
# "X has approached Y about buying 20% of its shares from Z": X would buy; Y is the company
# bought, or, where the words name another ("about buying its stake in W"), the seller.
APPROACHED = _words(
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:also|already|privately|informally)\s+)?(?:approached"
    r"|contacted|sounded\s+out)\s+"
    # "the Accra-listed Nzulezu Lithium", "its partner Fjellpay"
    r"(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?)?"
)
TALKS_WITH_ABOUT = _words(
    r"\b(?:talks|negotiations|discussions|negotiating|talking)\s+with\s+(?:the\s+)?"
    r"(?=(?-i:[A-Z])[^.;]{0,60}?\s+(?:about|over|on|for|regarding)\s+(?:a|an|the|its|new)\s+"
    r"(?:[\w$£€¥.,-]+\s+){0,5}?$)"
)
ABOUT_BUYING = _words(r"\s+(?:about|over|regarding|concerning|with\s+a\s+view\s+to)\s+")


def _approached_about(sentence: _Sentence, at: int, kind: str, parties: dict) -> dict:
    text = sentence.text
    hits = [h for h in sentence.names_hits if h.end <= at]
    for asker, asked in itertools.pairwise(hits):
        if APPROACHED.fullmatch(text, asker.end, asked.start) and ABOUT_BUYING.fullmatch(
            text, asked.end, at
        ):
            others = {c: r for c, r in parties.items() if c not in (asker.company, asked.company)}
            bought = "bought" in _sides(others)
            return {
                asker.company: BUYER_ROLE[kind],
                asked.company: Role.SELLER if bought else BOUGHT_ROLE[kind],
                **others,
            }
    return parties


def _references(text: str, lo: int, hi: int, masked) -> list[re.Match]:
    return [
        m
        for m in REFERENCE.finditer(text, lo, hi)
        if not _in(masked, m.start()) and not POSSESSOR_AFTER.match(text, m.end())
    ]


EARLIER_SUITOR = _words(
    r"\b(?:after|when|as|once|because|since)\s+(?:its|the|their)\s+(?:first|earlier|original"
    r"|previous|initial|other|rival|only)\s+(?:suitor|bidder|buyer)s?\b"
)
SECOND_BID = _words(r"\b(?:offer|bid|approach|proposal)s?\s+(?:of\s+\S+\s+)?from\b")
# Another deal's terms set against this one's: "…, compared with the $4.2bn Nordkap had
# agreed to pay", "…, against the NOK 118 a share in the agreement it signed with Nordkap",
# "topping Nordkap's $4.2bn offer". The companies told there are that deal's, not this one's.
# Where an amount starts: a sign, letters and "$", a digit, or a code before the number.
_MONEY_START = r"(?:[$€£¥₹₩]|[A-Z]{1,3}\$|\d|(?:(?-i:[A-Z]{3})|" + MONEY_SIGN + r")\s?\d)"
COMPARED = _words(
    r"(?:,\s+(?:against|above|over|up\s+from)|,?\s+(?:and\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|topping"
    r"|trumping|beating|eclipsing|outbidding))\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    # "topping the hostile €62-a-share bid that Kvarner launched"
    r"(?:(?:hostile|rival|earlier|lower|previous|original|initial|competing|unsolicited"
    r"|agreed|existing)\s+)?"
    r"(?=(?:about\s+|around\s+|roughly\s+|some\s+)?"
    + _MONEY_START
    + r"|(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}['’]s\s+"
    + _MONEY_START
    + r")"
)
# A negation governing the trigger, with only auxiliaries, intentions, light verbs and an
# article between: "is not taking a stake in", "will never sell", "has no intention of
# buying" (not "has not yet completed its purchase", "did not disclose what it paid").
NEGATED_BEFORE = _words(
    # "Nobody is buying anything here", "does not have to make a takeover offer"
    r"\b(?:nobody|no\s+one)\s+(?:is|was|will|would|has|had|wants|plans)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:not|never|n['’]t|no\s+longer)\s+(?:(?:be|been|being|going|planning|plan|seeking"
    r"|have|has|need|needs|needed|required|obliged|forced"
    r"|looking|trying|intending|interested|in|to|take|taking|takes|took|taken|make|making|made"
    r"|an?|any|the|its|their|further|new|part|equity|direct|minority|majority|financial"
    r"|strategic|controlling|significant|large|small"
    # 'have "never received a proposal from Qingyuan"'
    r"|receive|receives|received|receiving|got|get|had|seen|formal|firm|written)\s+){0,4}$"
    # 'had "no interest" in buying Veitsch', "has no plans to buy", "no intention of selling"
    r"|\bno\s+[\"“”'‘’]?(?:interest|plans?|intention|desire|appetite)[\"“”'‘’]?\s+(?:in|to|of)\s+$"
    # "assumed no further purchases above €200m", "has made no acquisitions this year"
    r"|\bno\s+(?:(?:further|new|more|other|large|big|major)\s+)?$"
)
# "could cut the rating if the company 'undertakes a large, debt-funded acquisition'": a
# condition, not an act; the clause runs to a comma that starts the main one ("If approved,
# Halden will buy …").
# "a report accusing the operator of overpaying for acquisitions and buying homes from
# companies linked to its managers": an allegation about past conduct, not a deal.
ACCUSED_BEFORE = _words(
    r"\b(?:accus\w+|alleg(?:e|es|ed|ing))\b[^.;]{0,60}?\b(?:of|that)\b[^.;,]{0,80}$"
)
CONDITIONAL_BEFORE = _words(
    r"\b(?:if|unless)\b(?:[^.;,]|,(?!\s+(?:(?-i:[A-Z])|it\b|they\b|the\b|we\b|he\b|she\b)))*$"
)
# "the offer will consist of existing shares sold by its owner": shares sold to the market
# with no buyer named; the sale of a company is told by its name ("Fjellpay, sold by …").
SHARES_BEFORE = _words(r"\b(?:shares|stock|securities)\s*,?\s+$")
ALSO_BEFORE = _words(r"\balso\s+(?:\w+\s+){0,2}$")

# The company whose shares moved on news of a bid is its target: "Fjellpay shares jumped
# after Halden said …", "Shares in Fjellpay rose 20% after …".
SHARE_MOVE = (
    r"(?:rose|rise|rises|jumped|jump|jumps|surged|soared|climbed|gained|rallied|spiked|leapt"
    r"|leaped|fell|dropped|slid|tumbled|sank|surges|soars|climbs|gains|rallies|leaps|falls"
    r"|drops|slides|tumbles|sinks)"
)
SHARES_AFTER = _words(
    r"(?:['’]s?)?\s+(?:shares|stock|share price)\s+(?:have\s+|had\s+)?" + SHARE_MOVE + r"\b"
    # The market's shorthand: "Nafplio Marinas jumps 14% to €8.90 on a report that …"
    r"|\s+" + SHARE_MOVE + r"\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent)"
)
SHARES_OF_BEFORE = _words(r"\b(?:shares|stock)\s+(?:in|of)\s+$")


OWNER_APPOSED_BEFORE = _words(
    r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:owner|owners|parent|seller|shareholder)\s*,\s*"
    r"(?:the\s+)?(?:[\w&'’.-]+\s+){0,5}?$"
)
COUNTERFACTUAL_BEFORE = _words(
    r"\bwould\s+have\s+(?:required|forced|obliged|compelled|made)\b[^.;]*$"
)
RANKED_BEFORE = _words(
    r"\b(?:largest|biggest|smallest|second-largest|second-biggest|top)\s+(?:[\w-]+\s+)?"
    r"(?:transaction|deal|acquisition|purchase|takeover|merger)s?\s+(?:of|in|so\s+far|this|last)"
    r"\b[^.;]{0,40}?\b(?:was|were)\s+(?:[^.;]{0,60})?$"
)
TOLD_SUBJECT_AFTER = _words(
    # ("Sabari Steels of India has agreed": the subject's place may follow its name.)
    r"(?:\s*,[^,]{1,80},|\s+of\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?"
    r"\s+(?:would|will|had|has|is|was|agreed|plans|planned|intends)\b"
)
THE_SHARES = _words(r"\s*(?:the|these|those)\s+(?:shares|stake|holding)\b")
MUTUAL_SUBJECT = _words(r"\b(?:talks|discussions|negotiations)\b")
# Between two companies told by description as one subject: "an Italian olive oil
# cooperative group and an Abu Dhabi investor".
INTRODUCED_AND = _words(r"(?:\s+[\w-]+){0,2},?\s+and\s+")
# A company that is an investor by name or description: "venture fund Monterrey Growth
# Partners", "Kembangan Ventures".
INVESTOR_NAMED = _words(
    r"(?:fund|funds|capital|ventures|partners|investments?|equity|invest|holdings|vc)\b\W*$"
)
INVESTOR_DESCRIBED_BEFORE = _words(
    r"\b(?:fund|investor|venture\s+capital(?:\s+firm)?|private[- ]equity(?:\s+firm|\s+group)?"
    r"|buyout\s+firm|investment\s+(?:firm|company|group|house)|asset\s+manager|backer"
    r"|family\s+office|sovereign\s+wealth\s+fund)\s*,?\s+$"
)


IN_TALKS_WITH = _words(
    r"\b(?:in\s+(?:advanced\s+|early\s+|exclusive\s+)?(?:talks|negotiations|discussions)|talking"
    r"|negotiating|discussing)\s+with\b"
)


def _investor_like(company, sentence) -> bool:
    for h in sentence.names_hits:
        if h.company == company and (
            INVESTOR_NAMED.search(h.text)
            or INVESTOR_DESCRIBED_BEFORE.search(sentence.text, max(0, h.start - 40), h.start)
        ):
            return True
    return False


# Who holds what is bought: "for 60% of the brewer, held by Abay Industrial Group".
HELD_BY_BEFORE = _words(
    r"(?:%|per\s?cent|stake|holding|shares)[^.;]{0,40}?,?\s+(?:held|owned)\s+by\s+(?:the\s+)?$"
)
# What leads a participle that takes its clause's time: "…, buying", "in 2019 by buying".
PARTICIPLE_LED_BEFORE = _words(r"(?:,|\bby|\bafter|\bwhen|\bwhile)\s+$")
# A deal told with an indefinite article and a conditional, at the sentence's start: "An
# acquisition of X by Y would face serious regulatory hurdles", "Any merger of X and Y
# could cost 2,000 jobs".
A_DEAL_IMAGINED = _words(r"[^.;]{0,100}?\b(?:would|could|might)\b")
DEAL_OF_AFTER = _words(r"\s+(?:of|for|with|between|by)\b")
# … or told in general: "An acquisition of shares in another company is a capital
# transaction".
GENERIC_OBJECT_AFTER = _words(
    r"(?:\s+of)?\s+(?:shares\s+in\s+|a\s+stake\s+in\s+)?(?:another|an?|any|one)\s+(?:other\s+)?"
    r"(?:[\w-]+\s+)?(?:company|companies|business|businesses|firm|rival|competitor)\b"
)
ANALYSTS_HEDGE = _words(
    r"\banalysts?\b(?:\s+at\s+[\w&.-]+(?:\s+[\w&.-]+){0,2})?\s+(?:said|say|says|wrote|write"
    r"|believe|believes|think|thinks|noted|note|suggested|suggest|argue|argues|argued)\b[^.;]{0,80}?"
    r"\b(?:could|might|may|would|should|ought\s+to|must)\s+(?:\w+\s+){0,2}?$"
)
SELF_STAKE = _words(
    r"(?:sell|sells|selling|sold)\s+(?:a|an)\s+(?:new\s+)?(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|pc)\s+)?(?:minority\s+|majority\s+)?"
    r"(?:stake|holding|shareholding)\s+(?:to|for)\b"
    # "negotiating the sale of 15% of its shares to X": its own shares, new or not
    r"|(?:sell|sells|selling|sold|sale\s+of)\s+(?:up\s+to\s+|about\s+|some\s+)?\d+(?:\.\d+)?\s?"
    r"(?:%|per\s?cent|pc)\s+of\s+(?:its|their)\s+(?:own\s+|enlarged\s+)?(?:shares|share\s+capital"
    r"|capital|equity|stock)\b"
)
LED_AFTER = _words(r"^\s+(?:has\s+|have\s+|had\s+)?(?:co-)?(?:led|leads|leading|lead)\b")
VEHICLE_OF_BEFORE = _words(
    r"\bto\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:vehicle|company|fund|consortium|entity|firm"
    r"|group|holding\s+company|special[- ]purpose\s+vehicle)\s+(?:controlled|owned|led|backed"
    r"|set\s+up|formed|managed)\s+by\s+(?:the\s+)?$"
)
TELLER_THAT_AFTER = _words(
    r"\s+(?:said|says|announced|confirmed|told\s+[\w\s]{1,30}?)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?=(?-i:[A-Z]))"
)
JOINT_VENTURE_AFTER = _words(r"\bin\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?joint[- ]venture\b")
POSSESSIVE_ONLY = re.compile(r"['’]s?\s+")
TALKS_WITH = _words(r"\b(?:talks|discussions|negotiations)\s+with\b")
# What an offer is for, told as the teller's own: "an offer for all of its shares", "a bid
# for the company".
OWN_SHARES_AFTER = _words(
    r"\s*(?:all\s+(?:of\s+)?|the\s+whole\s+of\s+)?(?:its|the\s+company['’]s|the\s+group['’]s)"
    r"\s+(?:[\w-]+\s+)?shares\b|\s*(?:the\s+company|the\s+group|it)\b(?!['’]s)"
)
SELL_VERB = _words(r"sell|sells|selling|sold")
# The noun too, where the sale is done or agreed: "completed the sale of the prefabricated
# timber-house maker to X" (not "urging it to explore a sale of the company").
SALE_OF = _words(r"sale\s+of")
SALE_DONE_BEFORE = _words(
    r"\b(?:completed|closed|finali[sz]ed|agreed|signed|announced|approved)\s+(?:the|its|their)\s+$"
)
SELLER_SAID_BEFORE = _words(
    r"\bthe\s+(?:seller|sellers|vendor|vendors|owner|owners)\s+(?:said|says|told|announced"
    r"|confirmed)\b[^.;]{0,40}$"
)
SELLER_WORD = _words(r"\b(?:seller|sellers|vendor|vendors|owner|owners)$")
NAMED_DEAL_OF = _words(r"\b(?:acquisition|purchase|takeover|merger|buyout)\s+of\b")
WALKED_FROM = _words(r"walk(?:s|ed|ing)?\s+away\s+from")
VALUING_BEFORE = _words(r"\bvalu(?:e|es|ed|ing)\s+(?:the\s+)?$")
HOLDING_LEFT = _words(
    r"(?:,\s+(?:giving|which\s+(?:will\s+|would\s+)?gives?)\s+(?:it|them|the\s+[\w-]+"
    r"|(?-i:[A-Z])[\w&'’.-]*)\s+(?:a\s+|an\s+)?"
    r"|(?:,\s+which|\s+and)\s+will\s+(?:then\s+)?(?:own|hold|control|have)\s+(?:a\s+)?"
    # "…, receiving newly issued shares equal to a 20% stake"
    r"|,\s+(?:receiving|getting|in\s+(?:return|exchange)\s+for)\s+(?:[\w-]+\s+){0,3}?(?:shares"
    r"|stock|equity)\s+(?:equal\s+to|representing|amounting\s+to|equivalent\s+to)\s+(?:a\s+|an\s+)?)"
    r"(?:about\s+|around\s+|nearly\s+)?" + PERCENT + r"(?:\s+(?:stake\s+|holding\s+)?(?:of|in)\b"
    r"|\s+(?:stake|holding|shareholding|interest)\b)"
    r"(?!\s+(?:the\s+)?(?:combined|enlarged|merged|new)\b)"
)
CALLED_IN_QUOTES = _words(
    r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dubb(?:ed|ing)|dubs|term(?:s|ed|ing)"
    r"|likens?|likened|likening|compar(?:e|es|ed|ing))\s+(?:[^.;\"“”]{0,50}?\s+)?(?:as\s+|to\s+)?"
    r"[\"“‘'](?:[^\"“”]{0,40}?\s)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
)
NOMINAL_BY = _words(r"(?:takeover|acquisition|buyout|purchase)\s+by$")
OF_AFTER_AGENT = _words(
    r"\s*of\s+(?:(?:all|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc))\s+of\s+)?"
    r"(?:the\s+)?(?:(?:share\s+)?capital\s+of\s+|shares\s+(?:in|of)\s+)?(?:the\s+)?$"
)
APPOSED_NAME_BEFORE = _words(r"[^\W\d_],\s+(?:the\s+)?$")
APPOSED_SUBJECT_AFTER = _words(
    r"(?:\s+(?-i:[a-z])[\w-]*){0,2}\s*,\s+(?!(?:which|who|that|and|but|a|an|the)\b)"
    r"[^,.;\"“”]{0,40}$"
)
NEW_VEHICLE_BEFORE = _words(
    r"\binto\s+(?:a|the|its)\s+(?:new(?:ly[\s-]+(?:formed|created))?\s+)?(?:[\w-]+\s+)?"
    r"(?:subsidiary|company|unit|vehicle|entity|business)\s*,?\s*(?:called\s+|named\s+)?$"
)
BOUGHT_BEFORE_AFTER = _words(
    r"\s*,\s+(?:(?:the|a|an)\s+[^,.;]{0,50}?\s+|which\s+)(?:it|they)\s+(?:had\s+|has\s+)?"
    r"(?:bought|acquired|purchased|took\s+over)\b"
    r"(?![^,.;]{0,30}\b(?:stake|holding|shares?|interest|part|minority|majority|\d+\s?%))"
    r"(?=[^,.;]{0,30}\b(?:in\s+(?:19|20)\d\d|last"
    r"\s+year|years?\s+ago|in\s+(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\b))"
)
PAID_BY = _words(r"paid\s+by$")
# "X's new shares", "X's shares from Y": X issues or is bought, it does not sell.
NEW_SHARES_POSSESSED = _words(
    r"['’]s?\s+(?:(?:[\w-]+\s+)?(?:new|newly[\s-]issued|fresh)\s+(?:ordinary\s+|common\s+"
    r"|preference\s+|class\s+\w\s+)?shares|shares(?=\s+from\b))\b(?!\s+in\s+(?-i:[A-Z]))"
)
# "The buyer of X is Y", "The new owner of X will be Y".
BUYER_OF = _words(r"(?:buyer|acquirer|owner|purchaser)\s+of")
IS_BEFORE = _words(r"\b(?:is|was|will\s+be)\s+(?:the\s+)?$")
# "agreed to buy it from X", "took it over": the thing bought told by pronoun.
IT_OBJECT = _words(
    r"\s+(?:(?:a|an|the)?\s*(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent)|stake|majority|minority"
    r"|(?:controlling|majority|minority)\s+stake)\s+(?:of|in)\s+)?"
    r"it(?:\s+over)?\b(?!\s+(?:is|was|has|had|would|will|said|says)\b)"
)
FOR_IT_AFTER = _words(r"(?:[^.;]|(?<=Rs)\.|\.(?=\d)){0,60}?\bfor\s+it\b")
RAISED_BID = _words(r"(?:raised|raises|raising|sweeten(?:s|ed|ing)?)\s+(?:its|their)\s")
DATELINE = re.compile(r"[^\W\d_a-z][^\W\d_a-z ,./'’-]*(?:[ ,./'’-]+[^\W\d_a-z]+)*\s+[—–-]+\s+")
OWN_OR_PEOPLE_AFTER = _words(
    # ("put most of its share into a new fund": its own money, no seller)
    r"\s+(?:(?:own|share|proceeds|money|cash|profits?|earnings|savings)\b"
    r"|(?:[\w-]+\s+){0,2}?(?:founders?|founding\s+\w+|engineers|managers|management"
    r"|employees|staff|workers|family|families|chief\s+executive|executives|directors)\b)"
)
BOUGHT_PARTICIPLE = _words(r"bought|acquired|purchased|taken\s+over")
PASSIVE_AUX_BEFORE = _words(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:now\s+|also\s+|already\s+|to\s+be\s+)?$"
)
THAT_BETWEEN = _words(r"\bthat\s")
TOLD_THAT = _words(r"(?:\s+[\w-]+){0,8}?\s+that\s+")
OPENING_TIME = _words(
    r"\s*(?:earlier|later|last|this|in|on|at|by|since|then|now|also|meanwhile|separately)\b"
    r"[\w\s-]*?,?\s*"
)
NOUN_OF_REFERENCE = re.compile(r"[\w-]+$")
ITS_OWN_DEAL = _words(
    r"\b(?:its|their)\s+own\s+(?:[\w-]+\s+)?(?:purchase|acquisition|deal|takeover|bid|offer)\b"
    r"|\b(?:purchase|acquisition|deal|takeover)\s+of\s+(?:its|their)\s+own\b"
)
MEMORANDUM_TO_BUY = _words(
    r"\b(?:memorandum\s+of\s+understanding|mou|letter\s+of\s+intent|term\s+sheet|heads\s+of"
    r"\s+terms)\s+(?:with\s+[^.;]{1,60}?\s+)?(?:to|on|for)\s+(?:the\s+)?$"
)
MEMORANDUM = _words(r"(?:memorandum|mou|letter\s+of\s+intent)\b")
STAKE_IN_THE = _words(
    r"\s+(?:(?:an?\s+)?(?:[\w.%-]+\s+){0,3}?(?:stake|holding|interest|shareholding)\s+in\s+"
    # "agreed to buy 18% of the wind-turbine maintenance company"
    r"|(?:about\s+|nearly\s+|almost\s+|some\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+)"
    + OBJECT_REFERENCE.pattern.removeprefix(r"\s+(?:in\s+|into\s+|of\s+)?")
)
MARKET_MOVE_AFTER = _words(
    r"\b(?:rose|rises|fell|falls|jumped|jumps|gained|gains|climbed|climbs|surged|surges|soared"
    r"|soars|slid|slides|dropped|drops|sank|sinks|tumbled|tumbles|rallied|rallies|added|adds"
    r"|lost|loses|shed|sheds|slumped|slumps|leapt|leaps)\s+(?:as\s+much\s+as\s+|nearly\s+"
    r"|almost\s+|about\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent|pc)(?:[^.;]|\.(?=\d)){0,40}?"
    r"\b(?:after|as|when|on\s+news\s+that|following\s+news\s+that)\s+"
)
# A stake told with no company: "will buy a 15% stake from Corvid".
STAKE_OF_NONE_AFTER = _words(
    r"\s+(?:an?\s+|the\s+)?(?:further\s+|additional\s+|new\s+)?(?:\d[\d.,]*\s?(?:%|per\s?cent)"
    r"\s+|majority\s+|minority\s+|controlling\s+)?(?:stake|holding|shareholding|interest)\b"
    r"(?!\s+(?:in|of)\b)"
)
GERUND_AFTER = _words(r"(?-i:[a-z]+ing)\b(?<!\bnothing)(?<!\bbring)")
BID_NOUN_END = _words(r"\b(?:offer|bid|proposal)$")
THINGS_BETWEEN = _words(r"\b(?:from|of|by|with|for|interested|keen|eager)\b")
# The act told as a company's own: "its purchase of", "the company's planned acquisition of".
OWN_ACT_BEFORE = _words(
    r"\b(?:its|their|the\s+(?:company|group|firm|business|bank|lender|brewer|maker)['’]s)\s+"
    r"(?:(?:planned|proposed|agreed|intended|pending|\S*\d\S*)\s+){0,2}$"
)
# A trigger that is a company's own noun ("Kvarner's bid"), and what is said of it.
POSSESSIVE_BEFORE = _words(r"['’]s\s+(?:[\w$£€¥.-]+\s+){0,3}?$")
SAID_THAT = _words(
    r"\b(?:view|views|belief|said|says|say|believes?|argued?|argues|warned|repeated|added"
    r"|insisted|maintained|noted|stated|stressed)\s+(?:\w+\s+){0,2}?that\s+"
)
PAID_TO_BEFORE = _words(r"\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
PAID_FOR_BEFORE = _words(
    r"\bfor\s+(?:the\s+whole\s+of\s+|all\s+of\s+|\d+(?:\.\d+)?\s?%\s+of\s+)?(?:the\s+)?$"
)
OWNER_OF_NAMED_BEFORE = _words(
    r"[^\W\d_]['’]s\s+(?:[\w-]+\s+)?(?:owner|owners|parent|parent\s+company"
    r"|(?:majority|largest|biggest|main|principal|controlling)\s+shareholder)\s*,\s*(?:the\s+)?"
    r"(?:[\w.&-]+\s+){0,3}?$"
)
THE_SELLER_BEFORE = _words(r"\bthe\s+(?:seller|vendor)\s*,\s*(?:the\s+)?$")
OWNER_APPOSED_BY_BEFORE = _words(
    r",\s*(?:(?:currently|wholly|majority|jointly)\s+)?(?:owned|held|controlled)\s+by\s+"
    r"(?:the\s+)?$"
)
WHOLE_COMPANY = _words(
    r"\bfor\s+(?:the\s+)?(?:whole|entire)\s+(?:of\s+)?(?:the\s+)?(?:company|group|business|firm"
    r"|bank|chain|share\s+capital)\b|\bfor\s+all\s+(?:of\s+)?(?:the|its)\s+shares\b"
    r"|\bfor\s+(?:the\s+)?(?:whole|entirety)\s+of\s+(?-i:[A-Z])"
)
PART_HELD_BY_BEFORE = _words(
    r"\b(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|stake|holding|shareholding|shares|interest"
    r"|majority|minority)\s+"
    # (the company between: "the 49% of Colcha Solar held by Renovables Ordesa")
    r"(?:of\s+(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3}\s+)?"
    r"(?:(?:that|which)\s+(?:is\s+|was\s+)?)?(?:currently\s+)?"
    r"(?:held|owned|controlled)\s+by\s+(?:the\s+)?$"
)
# "its purchase of the bakery", "to buy the brewery": a noun that may be a company's name.
NAME_NOUN_OBJECT = _words(
    r"\s+(?:of\s+)?the\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?P<noun>(?-i:[a-z])[\w-]{3,})\b"
    r"(?!\s+(?:of|in|at|from)\s+(?:the\s+)?(?-i:[A-Z]))(?!['’])"
)
# People who sell their company: "the founders of X have sold the company to Y".
SELLING_PEOPLE_BEFORE = _words(
    r"\b(?:founders?|co-?founders?|owners?|shareholders|family|families|heirs|brothers|sisters"
    r"|partners)\s+(?:(?:that|who|which)\s+(?:founded|started|built|own|owns|control|controls|run"
    r"|runs)\s+|of\s+)(?:the\s+)?$"
)
PEOPLE_SELL_IT_AFTER = _words(
    r"\s+(?:(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?(?:company|business|firm|group|chain"
    r"|brand|shares|stake|holding|majority|control)\b(?!\s+in\s+(?:the\s+)?(?-i:[A-Z]))|it\b|out\b)"
)
# The bank that runs a sale of shares or bonds: "an accelerated bookbuild run by X".
BOOKRUNNER_BEFORE = _words(
    r"\b(?:bookbuild|book-build|placing|placement|offering|listing|ipo|flotation|bond\s+sale"
    r"|rights\s+issue|share\s+sale)\s+(?:run|managed|arranged|underwritten|handled|coordinated"
    r"|co-ordinated)\s+by\s+(?:the\s+)?$"
)
# Where a thing was sold: "a rug sold for ₼2.1m at X Auctions".
SOLD_AT_VENUE_BEFORE = _words(r"\bat\s+(?:the\s+)?$")
# "X said Y would buy it": the teller is what is bought.
IT_TELLER_OBJECT = _words(r"\s+(?:it|itself)\b(?!\s+(?:was|is|had|has|would|will|could|may)\b)")
# "has a 25% stake in X and will buy a further 10%": more of the company whose holding
# was just told.
FURTHER_PART_AFTER = _words(
    r"\s+(?:a\s+further|further|another|an\s+additional|an\s+extra|a\s+second)\s+"
    r"\d[\d.]*\s?(?:%|per\s?cent|percent)"
)
STAKE_IN_BEFORE = _words(
    r"\b(?:stake|holding|interest|shareholding)\s+in\s+(?:the\s+)?$"
    r"|\b(?:owns|holds|has|had|held|owned|controls)\s+(?:about\s+|some\s+|nearly\s+)?"
    r"\d[\d.]*\s?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?$"
)
# "X's bid for Y, which collapsed in 2017, …", "the takeover of Y by X that was blocked in
# 2019": the aside dates the end, so it is history.
ENDED_IN_A_YEAR_AFTER = _words(
    r"[^.;,]{0,60}?(?:,\s*|\s)(?:which|that)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:collapsed|failed"
    r"|fell\s+(?:through|apart)|lapsed|abandoned|withdrawn|blocked|rejected|completed|closed"
    r"|called\s+off|scrapped|ended)\s+(?:(?:early|late|mid-?)\s*)?(?:in|during)\s+"
    r"(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b"
)
# A rival's bid passed over: "preferred the Finnish offer over a €6.9m bid from X".
PASSED_OVER_BEFORE = _words(
    # (A bid trumped, topped or beaten is still in the race: "trumping an earlier bid from X".)
    r"\b(?:over|instead\s+of|rather\s+than|in\s+preference\s+to)\s+"
    r"(?:an?|the|its|their)\s+"
    r"(?:[\w$£€¥.,%-]+\s+){0,4}?$"
)
# What the market will do, told by a broker or an analyst: "X, a broker, estimated that
# funds tracking the index would have to sell about MAD 260m of Y shares".
MARKET_ACTS_TOLD = _words(
    r"(?:\s*,[^,]{1,60},)?\s+(?:said|says|estimated|estimates|expects|expected|reckons|reckoned"
    r"|calculated|calculates|predicted|predicts|forecast|forecasts|believes|believed|thinks"
    r"|thought|warned|warns|noted|notes)\s+(?:that\s+)?(?:the\s+|some\s+|many\s+|most\s+"
    r"|other\s+|passive\s+|index\s+)?(?:[\w-]+\s+){0,4}?(?:funds|investors|shareholders|holders"
    r"|buyers|sellers|traders|banks|managers|trackers|insurers|pension\s+funds)\b(?:[^.;]|\.(?=\d))*$"
)
RELATIVE_ACT_BEFORE = _words(r"\b(?:that|which|who)\s+(?:first\s+|originally\s+|had\s+)?$")
# What the teller calls its own: "… was now part of the group", "… joins its portfolio".
TELLER_S_OWN_AFTER = _words(
    r"\s*(?:the\s+(?:group|company|firm|business|bank|family)|its\s+(?:[\w-]+\s+)?(?:group"
    r"|family|portfolio|business|stable))\b"
)
ROUND_LED = _words(r"\bled\b|\bleads\b|\bleading\b|\bround\b")
THE_BUYER_TOLD = _words(
    r"\s+(?:that\s+)?(?:the|its)\s+(?:buyer|acquirer|purchaser|new\s+owner)\s*,\s*"
)
# A lender to the buyer: "has agreed to lend KSh 9bn to X to fund most of its purchase of".
LENDS_FOR_IT = _words(
    r"(?:[^.;]|\.(?=\d)){0,60}?\b(?:lend|lends|lending|lent|loan(?:s|ed)?|provid\w*\s+"
    r"(?:an?\s+)?(?:[\w$£€¥.,-]+\s+){0,4}?(?:loan|financing|credit|facility|debt))\b"
    r"(?:[^.;]|\.(?=\d)){0,120}?\bto\s+(?:help\s+)?(?:fund|finance|pay\s+for|back|bankroll)\b"
    r"(?:[^.;]|\.(?=\d))*$"
)
# "chose Halden's offer over a rival bid from Corvid", "… over one from Corvid".
RIVAL_PASSED_BEFORE = _words(
    r"\b(?:over|instead\s+of|rather\s+than|in\s+preference\s+to)\s+"
    r"(?:(?:an?|the|its|their)\s+(?:[\w$£€¥.,%-]+\s+)"
    r"{0,4}?(?:bids?|offers?|approach|approaches|proposals?|one|ones)|one|those|that)\s+"
    r"(?:made\s+|tabled\s+)?(?:from|by)\s+(?:the\s+)?$"
)
FOR_IT_NEXT = _words(
    r"\s+for\s+(?:it|them|the\s+(?:company|business|chain|firm|group|unit|stake|shares|bank"
    r"|brand|maker))\b"
)
PAID_FOR_IT_TO = _words(r"\bfor\s+(?:it|them|the\s+[\w-]+)\s+to\s+(?:the\s+)?$")
QUOTE_SPEAKER_BEFORE = _words(
    r"[\"”’']\s*,?\s*(?:(?:said|says|added|according\s+to)\s+)?(?:the\s+|an?\s+)?$"
)
WE = _words(r"\b(?:we|our)\b")
WE_SUBJECT = _words(r"\b(?:we|your\s+(?:board|company|directors))\b")


def _last(matches):
    last = None
    for last in matches:  # noqa: B007
        pass
    return last


MONEY_NEXT = re.compile(r"\s+" + _MONEY_START)
TOLD_BETWEEN = _words(r"\b(?:said|says|told|added|announced|confirmed|expects?|expected)\b")
THE_BEFORE = _words(r"\bthe\s+$")
AND_BEFORE_CLAUSE = _words(r"\band\s+$")
# "will now buy the remaining 49%", "launched a tender offer on Tuesday for the rest of the
# company's shares"
REMAINDER_AFTER = _words(
    r"(?:\s+out)?(?:\s+on\s+\w+day|\s+today|\s+yesterday)?(?:\s+for)?"
    r"\s+(?:the|its|their)\s+(?:remaining|outstanding|rest|balance|other)\b"
    r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))"
)
BID_NOUN = _words(r"\b(?:offer|bid|approach|proposal)\b")


def _read(
    sentence: _Sentence, story: _Story, current: "DealFacts | None", after: int = 0
) -> _Reading | None:
    found = _trigger(sentence, after)
    if found is None:
        return None
    kind, voice, match = found
    text = sentence.text
    if kind == PARTNERSHIP and JOINT_VENTURE_AFTER.search(text, match.end(), match.end() + 60):
        kind = JOINT_VENTURE  # "has teamed up with X in a joint venture to build a plant"
    if (
        voice == "active"
        and kind in (ACQUISITION, INVESTMENT)
        and BOUGHT_PARTICIPLE.fullmatch(match.group(0))
        and PASSIVE_AUX_BEFORE.search(text, max(0, match.start() - 30), match.start())
    ):
        voice = "passive"  # "The bottler is being bought from Samtskhe Invest"
    lo, hi = _clause(text, match.start(), sentence.masked)
    lo = max(lo, after)
    if voice == "rival" and (earlier := EARLIER_SUITOR.search(text, match.end(), hi)) is not None:
        # "… switched its support to an offer from X after its first suitor, Y, declined to
        # raise its bid": Y's bid is another deal.
        hi = earlier.start()
    if voice == "rival" and (second_bid := SECOND_BID.search(text, match.end(), hi)) is not None:
        # "rejected an offer from X and backed the lower bid from Y": two bidders, two deals;
        # this clause ends where the second bid is told.
        hi = second_bid.start()
    if (compared := COMPARED.search(text, match.end(), hi)) is not None:
        hi = compared.start()
    moves = [
        m.end()
        for m in (
            MARKET_MOVE_AFTER.finditer(text, lo, match.start())
            if "%" in text or "cent" in text
            else ()
        )
        # A company named as its own stock: "Ventspils Bulk Terminal rose 14.2%".
        if any(h.end <= m.start() and not text[h.end : m.start()].strip() for h in sentence.hits)
        # (not the company's own act: "X rose 4.1% after completing the purchase of Y")
        and not GERUND_AFTER.match(text, m.end())
    ]
    if moves:
        # "Ventspils Bulk Terminal rose 14.2% to €3.46 after Haukivesi agreed to buy …": the
        # market's move, then the news that moved it.
        lo = moves[-1]
    if POSSESSIVE_BEFORE.search(text, max(lo, match.start() - 60), match.start()):
        # "… recommended the Alpenkorn offer and repeated their view that Kvarner's bid
        # undervalues it": the bid's clause starts where what is said of it does.
        said = [m.end() for m in SAID_THAT.finditer(text, lo, match.start())]
        if said:
            lo = said[-1]
    if voice == "rival" and after > 0:
        inside = COMPARED.search(text, after, match.start())
        if inside is not None and not CLAUSE_BREAK.search(text, inside.end(), match.start()):
            # "won the auction with a bid of $265m, beating the $210m stalking-horse offer
            # from Pinecrest": the beaten bid is the measure of the deal told, not a deal.
            return None
    if kind == PARTNERSHIP and CALLED_IN_QUOTES.search(
        text, max(0, match.start() - 80), match.start()
    ):
        # 'called the loan "a partnership with the farmers as much as with Juaben"': what
        # something else is likened to, not a deal.
        return None
    if NEGATED_BEFORE.search(text, max(lo, match.start() - 60), match.start()) or (
        CONDITIONAL_BEFORE.search(text, max(0, match.start() - 70), match.start())
        or ACCUSED_BEFORE.search(text, max(0, match.start() - 160), match.start())
    ):
        # "Halden was not taking a stake in the company", "will never sell Fjellpay": the
        # act is said not to happen; its companies are no deal's parties.
        sentence.rejected = True
        return None
    if voice == "sell" and COUNTERFACTUAL_BEFORE.search(
        text, max(lo, match.start() - 100), match.start()
    ):
        # "a proposal that would have required the board to explore a sale of the company":
        # what was voted down, not a sale.
        sentence.rejected = True
        return None
    if (
        kind in (ACQUISITION, MERGER)
        and voice in ("active", "mutual")
        and (
            owned := next(
                (h for h in sentence.names_hits if match.end() <= h.start <= match.end() + 40),
                None,
            )
        )
        is not None
        and BOUGHT_BEFORE_AFTER.match(text, owned.end)
    ):
        # "has successfully absorbed Financiera Caapucú, the consumer lender it bought in
        # 2024": what a company does with a company it already owns is no purchase.
        sentence.rejected = True
        sentence.background = None
        return None
    hits = [h for h in sentence.hits if lo <= h.start < hi]
    parties: dict[Hashable, str] = {}
    from_reference = False

    def resolve(ref: re.Match, exclude, wanted: str = "") -> Hashable | None:
        if ref.group("country"):
            # "Bolivia's state lithium company": a company of that country, named before or,
            # in an opening that names no one yet, next.
            code = COUNTRY_NAMES[ref.group("country").lower()]
            here = {h.company for h in sentence.names_hits}
            return story.introduced(
                sentence.start + ref.end(),
                code,
                exclude,
                here=here,
                end=sentence.start + len(text),
            ) or story.main(exclude=exclude, country=code, strict=True)
        if ref.group("introduced"):
            return story.introduced(
                sentence.start + ref.end(),
                NATIONALITIES[ref.group("introduced").lower()],
                exclude,
                here={h.company for h in sentence.names_hits},
                end=sentence.start + len(text),
            )
        nation = (ref.group("nation") or "").lower()
        country = NATIONALITIES.get(nation, "")
        word = ref.group(0).lower()
        if word in ("it", "they"):
            # "Fjellpay shares jumped after Halden said it was considering an offer": the
            # one who said it.
            teller = next(
                (
                    h
                    for h in sentence.hits
                    if h.end <= ref.start() and TELLER_BEFORE_IT.fullmatch(text, h.end, ref.start())
                ),
                None,
            )
            if teller is not None and teller.company not in exclude:
                return teller.company
        told_by_seller = word in ("it", "they") and SELLER_SAID_BEFORE.search(
            text, max(0, ref.start() - 80), ref.start()
        )
        if SELLER_WORD.search(word) or told_by_seller:
            # "… has collapsed, and the seller said it had agreed to sell the processor to
            # Z": the seller of the deal told, if the story has named one; never its buyer.
            if current is not None:
                for company, role in current.parties.items():
                    if role == Role.SELLER and company not in exclude:
                        return company
            return None
        # "Corvid advised Halden on its purchase": "its" is not the adviser's.
        # (Not a dateline's place: "NOORDOEWER - Omatako … has sold 30% of its trawler
        # company".)
        dateline = DATELINE.match(text)
        first = next(
            (
                h
                for h in sentence.hits
                if h.company not in advisers
                and (dateline is None or h.start - sentence.start >= dateline.end())
            ),
            None,
        )
        if word in ("it", "its", "they", "their") and first and first.company not in exclude:
            if first.start < ref.start():
                return first.company
        noun = NOUN_OF_REFERENCE.search(word) if not country else None
        if noun is not None and word.startswith("the "):
            # "Ugljan Mariculture, the Croatian fish-farming group, … The group": the company
            # the story described so.
            described = story.described_as(noun.group(0), sentence.start + ref.start(), exclude)
            if described is not None:
                return described
        if (
            word in ("it", "its", "they", "their")
            and current is not None
            and ITS_OWN_DEAL.search(text)
        ):
            # "The stake sale is the second transaction for the estates company. On November 3
            # it completed its own purchase of Ahungalla Oils": the one bought in the deal
            # told, now buying for itself.
            for company, role in current.parties.items():
                if SIDE[role] == "bought" and company not in exclude:
                    return company
        if (
            word in ("it", "they")
            # At the sentence's start, or after an opening time ("Earlier this month it …")
            and (
                not text[: ref.start()].strip()
                or (
                    len(text[: ref.start()].split()) <= 4
                    and not any(h.start < ref.start() for h in sentence.hits)
                    and OPENING_TIME.fullmatch(text, 0, ref.start())
                )
            )
            and story.last_actor is not None
            and story.last_actor not in exclude
        ):
            # "… a week after Menchum Hydro completed a smaller purchase of its own. It bought
            # Ngaoundal Lignes …": the company that acted in the sentence before.
            return story.last_actor
        # "The group said it had also agreed to buy a stake in X": another act of the
        # company the story is about, not of the deal told last.
        another_act = ALSO_BEFORE.search(text, max(lo, match.start() - 30), match.start())
        if current is not None and not country and another_act is None:
            for company, role in current.parties.items():
                if company not in exclude and SIDE[role] in ("buyer", "partner"):
                    return company
        if wanted == Role.SELLER and current is not None:
            # "… is owned by the Sánchez-Ortega family, which is selling all of it": a seller
            # told by reference beside a deal being told is one of its parties or none, not
            # the story's other company.
            return None
        return story.main(exclude=exclude, country=country)

    main_text = _main_text(sentence) if sentence.masked else text

    def role_for(hit_at: int, hit_end: int, previous_role: str | None) -> str | None:
        before = text[max(0, hit_at - 40) : hit_at]
        after = text[hit_end : hit_end + 60]
        if BOOKRUNNER_BEFORE.search(before):
            return None  # "an accelerated bookbuild run by Corvo": the bank, no investor
        if (
            kind in (ACQUISITION, INVESTMENT)
            and voice == "active"
            and hit_at > match.end()
            and HELD_BY_BEFORE.search(before)
        ):
            return Role.SELLER  # "agreed to pay 3.6bn birr for 60% of the brewer, held by X"
        if (
            voice == "passive"
            and kind == ACQUISITION
            and hit_at < match.start()
            and ATTRIBUTION_AFTER.match(after)
            and any(hit_end < h.start < match.start() for h in hits)
            and TELLER_S_OWN_AFTER.match(text, match.end())
        ):
            return BUYER_ROLE[kind]  # "X said that Y was now part of the group": X bought it
        if (
            kind == ACQUISITION
            and hit_at < match.start()
            and (said := ATTRIBUTION_AFTER.match(after)) is not None
            and THE_BUYER_TOLD.match(text, hit_end + said.end())
        ):
            return Role.SELLER  # "X said the buyer, Y, had paid €46m for Z": X sold Z
        if hit_at < match.start() and MARKET_ACTS_TOLD.match(text, hit_end, match.start()):
            return None  # "X estimated that funds would have to sell about $26m of Y shares"
        if hit_at < match.start() and LENDS_FOR_IT.match(text, hit_end, match.start()):
            return None  # "Kangemi Bank has agreed to lend KSh 9bn to X to fund its purchase"
        if hit_at > match.end() and RIVAL_PASSED_BEFORE.search(text, max(0, hit_at - 60), hit_at):
            return None  # "chose Halden's offer over one from Corvid": a rival that lost
        if (
            hit_at > match.end()
            and kind in (ACQUISITION, INVESTMENT)
            and NEW_SHARES_POSSESSED.match(after)
        ):
            return BOUGHT_ROLE[kind]  # "will invest $50m in Fjellpay's new shares": it issues
        if hit_at > match.end() and BUYER_OF.fullmatch(match.group(0)):
            # "The buyer of Brisa Foods is Halvard Group": the one after "of" is bought.
            if not text[match.end() : hit_at].strip():
                return BOUGHT_ROLE[kind]
            if IS_BEFORE.search(before):
                return BUYER_ROLE[kind]
        if (
            voice == "passive"
            and hit_at > match.end()
            and NOMINAL_BY.match(match.group(0))
            and (agent := _last(h for h in hits if match.end() <= h.start and h.end <= hit_at))
            and OF_AFTER_AGENT.match(text, agent.end, hit_at)
        ):
            return BOUGHT_ROLE[kind]  # "the acquisition by Tengri of Zambezi Copper"
        if (
            kind == ACQUISITION
            and voice == "sell"
            and hit_at < match.start()
            and NEW_VEHICLE_BEFORE.search(before)
        ):
            # "… will transfer the division into a new subsidiary, Kantale Packaging, and
            # then sell all the shares in that company to Tamhini": the carve-out is sold.
            return Role.TARGET
        if voice == "passive" and hit_at > match.end() and PAID_BY.match(match.group(0)):
            # "ISK 9.8 billion, paid by Hraunfoss to Jökulsá for the whole of Skagi"
            if PAID_TO_BEFORE.search(before):
                return Role.SELLER
            if PAID_FOR_BEFORE.search(before):
                return BOUGHT_ROLE[kind]
        if (
            voice == "sell"
            and hit_at < match.start()
            and SELLING_PEOPLE_BEFORE.search(before)
            and PEOPLE_SELL_IT_AFTER.match(text, match.end())
            and not any(hit_end <= h.start < match.start() for h in hits)
        ):
            # "the two founders of Tamarindo, who have just sold their company to Y", "the
            # family that owns Fjellpay has sold the business": people sell the company.
            return BOUGHT_ROLE[kind]
        if (
            voice in ("sell", "sold_by")
            and hit_at > match.end()
            and SOLD_AT_VENUE_BEFORE.search(before)
        ):
            return None  # "a rug sold for ₼2.1m at Lahıc Auctions": where, not who
        if kind == ACQUISITION and OWNER_OF_NAMED_BEFORE.search(before):
            return Role.SELLER  # "Yedigöller and Abant's owner, Bolu-based Köroğlu, said …"
        if kind in (ACQUISITION, INVESTMENT) and THE_SELLER_BEFORE.search(before):
            return Role.SELLER  # "…, the seller, Barroso Participações, said on Monday"
        if (
            kind in (ACQUISITION, INVESTMENT)
            and voice in ("active", "passive")
            and hit_at > match.end()
            # (Not the trigger's own words: "Fjellpay, now owned by Halden": Halden bought.)
            and text[match.end() : hit_at].strip() not in ("", "the")
            and OWNER_APPOSED_BY_BEFORE.search(before)
            and any(h.start < hit_at and h.company not in advisers for h in hits)
        ):
            # "… of Laiterie Tadla, currently held by Tassaout Holding": the owner of what is
            # bought sells it.
            return Role.SELLER
        if (
            kind in (ACQUISITION, INVESTMENT)
            and voice in ("active", "passive")
            and hit_at > match.end()
            and PART_HELD_BY_BEFORE.search(before)
        ):
            return Role.SELLER  # "buying the 88% held by Gampola Holdings"
        if (
            kind == ACQUISITION
            and voice == "active"
            and hit_at > match.end()
            and PAY_FOR.match(match.group(0))
            and PAID_FOR_IT_TO.search(text, match.end(), hit_at)
        ):
            return Role.SELLER  # "agreed to pay GEL 74 million for it to Enguri Holdings"
        if (
            kind == ACQUISITION
            and voice == "active"
            and hit_at > match.end()
            and PAY_FOR.match(match.group(0))
            and text.endswith(("to ", "to the "), match.end(), hit_at)
            and FOR_IT_NEXT.match(text, hit_end)
        ):
            return Role.SELLER  # "paid $20m to Nordkap for it": the one paid for it sells
        if hit_at > match.end() and QUOTE_SPEAKER_BEFORE.search(before):
            # '"We have signed for 60 per cent of Eilean, and we are paying Uig £9.6m for
            # it," said Glenfarg's spokeswoman': the speaker's company is the "we".
            if kind in (ACQUISITION, INVESTMENT) and WE.search(text, 0, match.start()):
                if voice == "active":
                    return BUYER_ROLE[kind]
                if voice == "sell":
                    return Role.SELLER  # '"We are selling X to Y," said Z's chairman'
            return None
        if (
            kind in (ACQUISITION, INVESTMENT)
            and voice == "active"
            and PAY_FOR.match(match.group(0))
            and hit_at > match.start()
            and not text[match.end() : hit_at].strip()
            and MONEY_NEXT.match(text, hit_end)
        ):
            return Role.SELLER  # "paying Uig Estates £9.6 million for it": Uig is paid
        if (
            kind == ACQUISITION
            and voice == "active"
            and hit_at > match.start()
            and ASSET_OF_BEFORE.search(before)
        ):
            return Role.SELLER  # "buy the card business of Acme": Acme sells
        if (
            kind == ACQUISITION
            and voice in ("sell", "passive")
            and hit_at > match.start()
            and VEHICLE_OF_BEFORE.search(text, max(0, hit_at - 70), hit_at)
        ):
            return Role.ACQUIRER  # "sold to a vehicle controlled by Halden": Halden buys through it
        context = CONTEXT_BEFORE.search(before)
        if context and hit_at > match.start() and RIVAL_OBJECT.fullmatch(text, match.end(), hit_at):
            context = None  # "agreed to acquire rival Nordlys": the rival is the object
        if (
            context
            and hit_at >= match.end()
            and text[match.end() : hit_at].strip() in ("", "the")
            # (Not "The financial adviser of the buyer was X": words before the trigger's.)
            and hit_at - len(before) + context.start() >= match.start()
        ):
            context = None  # "is now owned by Halden": the trigger's own words, not a description
        if (
            kind == ACQUISITION
            and voice == "active"
            and hit_at < match.start()
            and (SHARES_AFTER.match(after) or SHARES_OF_BEFORE.search(before))
            and any(hit_end < h.start < match.start() for h in hits)
            and not any(h.start >= match.end() for h in hits)
        ):
            # "Fjellpay shares jumped after Halden said it was weighing a bid": a bid with
            # no object named, for the company whose shares moved on it.
            return BOUGHT_ROLE[kind]
        if (
            kind in MUTUAL_KINDS
            and hit_at < match.start()
            and previous_role == Role.PARTNER
            and AND_ITS_RIVAL_BEFORE.search(before)
        ):
            return Role.PARTNER  # "X and its Bulgarian rival Y are considering a merger"
        if context or CONTEXT_AFTER.match(after):
            return None
        if (
            voice == "active"
            and kind in (ACQUISITION, INVESTMENT)
            and hit_at < match.start()
            and ATTRIBUTION_AFTER.match(after)
            and any(
                hit_end < h.start < match.start() and TOLD_SUBJECT_AFTER.match(text, h.end)
                for h in hits
            )
        ):
            if STAKE_OF_NONE_AFTER.match(text, match.end()):
                # "Fjellpay says Halden will buy a 15% stake from Corvid": in the teller.
                return BOUGHT_ROLE[kind]
            first = min((h.start for h in hits if h.start >= match.end()), default=None)
            if first is not None and OBJECT_NEXT.fullmatch(text, match.end(), first):
                return None  # "Corvid said Halden would buy a stake in Fjellpay": who told it
        if (
            voice == "active"
            and hit_at < match.start()
            # Past an aside, or telling "that …" ("Fjellpay said Halden had completed its
            # takeover of the company" is left to the object: the teller is described).
            and (
                _in(sentence.masked, hit_end + 1)
                or THAT_BETWEEN.search(main_text, hit_end, match.start())
            )
            and (said := ATTRIBUTION_AFTER.match(main_text[hit_end : hit_end + 200]))
            and any(
                # The one told of is named right after the telling and acts: "said Ch'ŏrwŏn
                # would buy".
                (
                    0 <= h.start - (hit_end + said.end()) <= 20
                    # "… told the stock exchange in Thimphu on Tuesday that Sabari has agreed"
                    or TOLD_THAT.fullmatch(text, hit_end + said.end(), max(0, h.start))
                )
                and h.start < match.start()
                and TOLD_SUBJECT_AFTER.match(text, h.end)
                for h in hits
            )
        ):
            # "Yeongdo, which owns all of Gijang, said Ch'ŏrwŏn would buy the plants": who
            # told it, past an aside, is not the buyer.
            return None
        if (
            voice == "sell"
            and hit_at < match.start()
            and ATTRIBUTION_AFTER.match(after)
            and any(hit_end < h.start < match.start() for h in hits)
        ):
            # "Halden said Nordkap had agreed to sell Fjellpay to Osprey": who told it, not
            # who sells; "… agreed to sell it Fjellpay": the teller buys. (In a purchase the
            # teller may be the company described: "Fjellpay said Halden had completed its
            # takeover of the company".)
            if SOLD_TO_PRONOUN.match(text, match.end()):
                return BUYER_ROLE[kind]
            return None
        attribution = (
            ATTRIBUTION_AFTER.match(after) and before.rstrip()[-1:] == ","
        ) or SAID_BEFORE.search(before)
        if hit_at > match.start() and attribution:
            if SALE_WORD.search(match.group(0)) and kind in (ACQUISITION, INVESTMENT):
                # "Fjellpay has been sold to Halden, Nordkap said", "the sale of Fjellpay
                # to Halden closed, said Nordkap": who tells of a sale naming no seller is
                # the one who sold (a party named already keeps its role).
                return Role.SELLER
            if (
                kind == INVESTMENT
                and ROUND_LED.search(match.group(0))
                and not any(match.end() <= h.start < hit_at for h in hits)
            ):
                # "Selasih Ventures led the round, and existing shareholders also took part,
                # Wau Charge said": who tells of a round it names no company for raised it.
                return Role.INVESTEE
            return None  # "…, Northwind said": who told it, not who is in it
        if (
            kind not in MUTUAL_KINDS
            and PERCENT_OF_BEFORE.search(before)
            and not POSSESSED_ASSET.match(after)
        ):
            return BOUGHT_ROLE[kind]  # "acceptances for 72 per cent of Fjellpay shares"
        if kind not in MUTUAL_KINDS and (
            (HOLDER_BEFORE.search(before) and HOLDER_AFTER.match(after))
            or (BARE_HOLDER_BEFORE.search(before) and BARE_HOLDER_AFTER.match(after))
        ):
            return Role.SELLER  # "bought the stake that Acme held in …": Acme sells
        if (
            kind == ACQUISITION
            and voice == "active"
            and TALKS_WITH_BEFORE.search(before)
            and any(h.start > max(match.end(), hit_end) for h in hits)
        ):
            return Role.SELLER  # "talks with Nordkap about buying Fjellpay": Nordkap sells
        if (
            kind in (ACQUISITION, INVESTMENT)
            and voice in ("active", "sell")
            and hit_at < match.start()
            and ITS_FUND_ACTS.fullmatch(text, hit_end, match.start())
        ):
            return None  # "Halden's pension fund sold its Fjellpay shares": the fund's trade
        if (
            kind in (ACQUISITION, INVESTMENT)
            and voice in ("active", "sell")
            and hit_at < match.start()
            and ITS_PEOPLE_BUY.fullmatch(text, hit_end, match.start())
        ):
            if voice == "sell":
                if THEIR_SHARES_AFTER.match(text, match.end()):
                    # "Fjellpay's chairman sold half his shares to Halden": its shares
                    return BOUGHT_ROLE[kind]
            elif (
                first := min((h.start for h in hits if h.start >= match.end()), default=None)
            ) is not None and OBJECT_NEXT.fullmatch(text, match.end(), first):
                return None  # "Halden's founder is buying Fjellpay": a person buys, not Halden
            elif THINGS_BOUGHT_AFTER.match(text, match.end()):
                return None  # "Fjellpay's founder bought a $15m villa": a person's purchase
            else:
                # "Fjellpay's management team is buying the company", "Halden's chairman
                # bought $2m of the company's shares": its people buy into it.
                return BOUGHT_ROLE[kind]
        if (
            kind == ACQUISITION
            and voice == "active"
            and hit_at < match.start()
            and PEOPLE_OF_BEFORE.search(before)
        ):
            return Role.TARGET  # "the management team of Fjellpay is to buy the business"
        if voice == "consortium":  # "Halden teamed up with Nordkap to bid for Fjellpay"
            return Role.ACQUIRER if hit_at < match.end() else Role.TARGET
        if (
            kind in (ACQUISITION, INVESTMENT)
            and hit_at > match.start()
            and OWNER_APPOSED_BEFORE.search(text, max(0, hit_at - 60), hit_at)
        ):
            return Role.SELLER  # "… for the chain, its owner, the buyout firm X, said"
        if kind == ACQUISITION and hit_at >= match.end() and WALKED_FROM.match(match.group(0)):
            return Role.TARGET  # "Halden has walked away from Fjellpay, ending its pursuit"
        if kind not in MUTUAL_KINDS and VALUING_BEFORE.search(before):
            return BOUGHT_ROLE[kind]  # "an offer from Acme, valuing Coho at £780m"
        if voice == "rival":  # "Coho rejected a bid from Acme": Acme bids, Coho is the target
            return Role.ACQUIRER if hit_at > match.start() else Role.TARGET
        if (
            kind == ACQUISITION
            and voice == "active"
            and hit_at < match.start()
            and BID_NOUN.search(match.group(0))
            and any(
                hit_end <= h.start
                and 0 <= match.start() - h.end <= 12
                and text[h.end : match.start()].startswith(("'s", "’s"))
                for h in hits
            )
            and not any(
                h.start >= match.end()
                # (a rival passed over is no party: "… over one from Corvid")
                and not RIVAL_PASSED_BEFORE.search(text, max(0, h.start - 60), h.start)
                for h in hits
            )
        ):
            return Role.TARGET  # "Fjellpay's board will recommend Halden's offer": Halden bids
        owners = OWNERS_OF_BEFORE.search(before) or (
            hit_at < match.start() and OWNERS_AFTER.match(after)
        )
        if owners and kind not in MUTUAL_KINDS:
            if (
                voice == "active"
                and hit_at < match.start()
                and OWN_ACT_BEFORE.search(text, max(0, match.start() - 40), match.start())
            ):
                # "shareholders of Tetnuldi approved the company's purchase of Utsera": the
                # owners approve their own company's act.
                return BUYER_ROLE[kind]
            return BOUGHT_ROLE[kind]
        if VENTURE_NAMED_BEFORE.search(before):
            return None  # "a joint venture called Fjellpay": the venture, not an owner
        if kind in MUTUAL_KINDS:
            return Role.PARTNER
        buyer, bought = BUYER_ROLE[kind], BOUGHT_ROLE[kind]
        ahead = hit_at < match.start()
        if not ahead and voice != "sell" and SOLD_TO_BEFORE.search(before):
            return buyer  # "A 12% stake in Fjellpay is being sold to Halden": Halden buys
        if voice == "sold_by":  # "Zeta was sold by Acme to Beta"
            if ahead:
                return bought
            # "sold by its owner Halden": whoever is not told as the buyer ("to") sells.
            return buyer if TO_BEFORE.search(before) else Role.SELLER
        if FROM_BEFORE.search(before) and not BY_BEFORE.search(before):
            # "buying shares from X": X sells; "raised $50m from X", "an investment from
            # X": X invests.
            bought_from = BUYING.search(text, match.start(), hit_at)
            return Role.SELLER if kind == ACQUISITION or bought_from else buyer
        if (
            voice == "passive"
            and not ahead
            and "sold" in match.group(0).lower()
            and SOLD_BY_AGENT_BEFORE.search(before)
        ):
            return Role.SELLER  # "Fjellpay is being sold to Halden by (its owner) Nordkap"
        if BY_BEFORE.search(before) or (
            voice == "active" and hit_at > match.end() and BY_DESCRIBED_BEFORE.search(before)
        ):
            return buyer
        if WITH_BEFORE.search(before):
            return buyer
        if previous_role == SKIPPED and AND_ONLY_BEFORE.search(before):
            return None  # "a loan from Brightwater Bank and Corvid Partners": the same aside
        if voice == "sell" and not ahead and POSSESSED_ASSET.match(after):
            return Role.SELLER  # "the sale of Fjellpay, Nordkap's payments arm, to …"
        if (
            kind == ACQUISITION
            and voice == "active"
            and not ahead
            and previous_role in BOUGHT_ROLES
            and before.rstrip().endswith(",")
            and POSSESSED_ASSET.match(after)
        ):
            return Role.SELLER  # "take over Fjellpay, Nordkap's Czech subsidiary": its owner
        if AND_BEFORE.search(before) and previous_role not in (None, Role.SELLER, SKIPPED):
            return previous_role  # "Acme and Beta": the same side
        if voice == "sell":
            if ahead and SELF_STAKE.match(text, match.start(), match.end() + 60):
                return bought  # "Brisa has sold a 20% stake to Corvo": a stake in itself
            if ahead:
                return Role.SELLER
            return buyer if TO_BEFORE.search(text, max(0, hit_at - 90), hit_at) else bought
        if voice == "raise" and ahead and LED_AFTER.match(after):
            return buyer  # "Corvo has led Brisa's $50m Series B round"
        if voice in ("passive", "raise"):
            return bought if ahead else buyer
        if voice == "join":
            return bought if "target" in match.group(0).lower() else buyer
        if (
            ahead
            and kind == ACQUISITION
            and voice == "active"
            and DEFENDS.search(text, hit_end, match.start())
        ):
            return bought  # "Fjellpay rejected Halden's bid"
        if ahead and COMPOUND_AFTER.match(after) and any(h.end <= hit_at for h in hits):
            return bought  # "Halden completes Fjellpay takeover"
        if (
            ahead
            and COMPOUND_AFTER.match(after)
            and THE_BEFORE.search(before)
            and not any(h.start >= match.end() for h in hits)
        ):
            return bought  # "The Oleaginosas Chiquitanas purchase needs approval"
        if ahead:
            return buyer
        if POSSESSED_ASSET.match(after):
            return Role.SELLER  # "buy Acme's card business": Acme sells
        possessive = POSSESSIVE_ONLY.match(after)
        if possessive is not None and any(h.start == hit_end + possessive.end() for h in hits):
            return Role.SELLER  # "buy Corvo Capital's Brisa Foods": Corvo sells what it owns
        return bought

    previous = None
    advisers = set()
    for hit in hits:
        at = hit.start
        role = role_for(at, hit.end, previous)
        if role is None and (
            ADVISER_AFTER.match(text[hit.end : hit.end + 100])
            or ADVISED_BY_BEFORE.search(text, max(0, at - 70), at)
            # (a lender's neither: "X agreed to lend KSh 9bn to Y to fund its purchase")
            or (at < match.start() and LENDS_FOR_IT.match(text, hit.end, match.start()))
        ):
            advisers.add(hit.company)  # (and "advised by Swedish bank X": no company's "its")
        if role is None:
            previous = SKIPPED
        if role is None:
            continue
        if hit.company in parties:
            if (
                kind == ACQUISITION
                and SIDE[parties[hit.company]] == "buyer"
                and SIDE[role] == "bought"
                and sum(SIDE[r] == "buyer" for r in parties.values()) > 1
            ):
                # "Halden and Fjellpay have ended talks over a takeover of Fjellpay": one of
                # the two in talks is the one to be bought.
                parties[hit.company] = role
            continue
        parties[hit.company] = role
        previous = role
    if (
        kind == ACQUISITION
        and voice == "active"
        and len(parties) == 2
        and _sides(parties) == {"buyer"}
        and OBJECT_REFERENCE.match(text, match.end())
        and MUTUAL_SUBJECT.search(text, lo, match.start())
    ):
        # "Asama Brewing and Kanangra's Vineyards have ended talks over a takeover of the
        # Barossa winemaker": the second of the two in talks is the one described.
        second = list(parties)[1]
        parties[second] = Role.TARGET
    if (
        kind == ACQUISITION
        and voice == "active"
        and len(parties) == 2
        and OWN_SHARES_AFTER.match(text, match.end())
        and (talks_with := TALKS_WITH.search(text, lo, match.start())) is not None
    ):
        # "Otjikoto said it was in discussions with Kouga that may lead to an offer for all
        # of its shares": the company that tells of talks toward an offer for itself is the
        # one to be bought, and the other side of the talks the bidder.
        named_first, named_second = list(parties)
        named_at = {h.company: h.start for h in sentence.names_hits}
        if (
            named_at.get(named_first, len(text))
            < talks_with.start()
            <= named_at.get(named_second, -1)
        ):
            parties = {named_first: Role.TARGET, named_second: Role.ACQUIRER}

    if kind == ACQUISITION and voice == "active" and BUY_OUT.match(text, match.end()):
        parties = _bought_out(sentence, match, parties)
    if voice == "rival" and current is not None and "bought" not in _sides(parties):
        # "…, trumping an earlier bid of $1.2bn from Oracle": for the company being told of
        wanted = [c for c, r in current.parties.items() if SIDE[r] == "bought"]
        if wanted and any(r == Role.ACQUIRER for r in parties.values()):
            parties[wanted[0]] = Role.TARGET
    if (
        kind not in MUTUAL_KINDS
        and voice == "active"
        and "buyer" not in _sides(parties)
        and lo > 0
        and AND_BEFORE_CLAUSE.search(text, max(0, lo - 8), lo)
        # Not "… and said Vörös would take over": the verb told has its own subject.
        and not TOLD_BETWEEN.search(text, lo, match.start())
    ):
        # "Halden has owned 51% of Fjellpay since 2019 and will now buy the remaining 49%":
        # the second verb's subject is the sentence's.
        subject = next((h for h in sentence.hits if h.start < lo), None)
        if (
            subject is not None
            and subject.company not in parties
            and len(text[: subject.start].split()) <= 6
            and not _in(sentence.masked, subject.start)
        ):
            parties = {subject.company: BUYER_ROLE[kind], **parties}
    # A subject given by reference: "it would pay", "the carmaker said it had bought".
    if kind not in MUTUAL_KINDS or len(parties) < 2:
        ahead_hits = [h for h in hits if h.start < match.start() and h.company in parties]
        last_ahead = ahead_hits[-1].end if ahead_hits else lo
        refs = _references(text, last_ahead, match.start(), sentence.masked)
        refs += [
            r
            for r in _references(text, match.end(), min(hi, match.end() + 25), sentence.masked)
            if r.group(0).lower() in ("its", "their")
            and voice in ("sell", "active")
            # "pay for maintenance on its platforms": "its" after a place or manner
            # preposition is the subject's own, not a seller's.
            and not PLACE_BETWEEN.search(text, match.end(), r.start())
            # "a smaller purchase of its own", "from its two founding engineers": no company.
            and not OWN_OR_PEOPLE_AFTER.match(text, r.end())
        ]
        if kind in MUTUAL_KINDS and not ahead_hits:
            # "Bolivia's state lithium company and a Chinese battery maker signed a joint-venture
            # agreement": each partner told by description.
            for ref in refs:
                if len(parties) >= 2 or ref.group(0).lower() in ("it", "its", "they", "their"):
                    continue
                company = resolve(ref, exclude=set(parties))
                if company is not None and company not in parties:
                    parties[company] = Role.PARTNER
                    from_reference = True
            refs = []
        if kind in MUTUAL_KINDS and len(parties) == 1 and ahead_hits:
            # "On Monday it agreed with Engrais du Djerid to form a joint venture": the
            # pronoun before the partner named is the other partner.
            lead = [
                r
                for r in _references(text, lo, ahead_hits[0].start, sentence.masked)
                if r.group(0).lower() in ("it", "they")
            ]
            if lead and (company := resolve(lead[0], exclude=set(parties))) is not None:
                parties = {company: Role.PARTNER, **parties}
                from_reference = True
        introduced = [r for r in refs if r.start() < match.start() and r.group("introduced")]
        if (
            kind in (ACQUISITION, INVESTMENT)
            and voice == "active"
            and not ahead_hits
            and len(introduced) >= 2
            and all(
                INTRODUCED_AND.fullmatch(text, a.end(), b.start())
                for a, b in itertools.pairwise(introduced)
            )
        ):
            # "An Italian olive oil group and an Abu Dhabi investor have agreed to buy X":
            # each buyer told by description, named in the sentences that follow.
            described: dict[Hashable, str] = {}
            for ref in introduced:
                company = resolve(ref, exclude=set(parties) | set(described))
                if company is not None and company not in parties:
                    described[company] = BUYER_ROLE[kind]
                    from_reference = True
            parties = {**described, **parties}
            refs = []
        if refs and (not ahead_hits or refs[-1].start() > ahead_hits[-1].start):
            ref = refs[-1]
            if kind in MUTUAL_KINDS:
                role = Role.PARTNER
            elif voice == "sell" or (ref.start() > match.start()):
                role = Role.SELLER
            elif voice in ("passive", "raise", "sold_by", "rival"):
                role = BOUGHT_ROLE[kind]
            else:
                role = BUYER_ROLE[kind]
            other_side = {c for c, r in parties.items() if SIDE[r] != SIDE[role]}
            named = ref.start() > match.start() and any(
                parties.get(h.company) == role for h in ahead_hits
            )
            # "Käsmu's largest shareholder, Kassisaba, is selling its whole holding": the
            # "its" after the verb is the seller already named before it.
            company = None if named else resolve(ref, exclude=other_side, wanted=role)
            if company is not None and parties.get(company) != role:
                if voice != "join":
                    # The reference is nearer the trigger than any name: it is the subject.
                    for h in ahead_hits:
                        if parties.get(h.company) == role:
                            del parties[h.company]
                parties = {company: role, **{c: r for c, r in parties.items() if c != company}}
                from_reference = True
    if (
        kind in (ACQUISITION, INVESTMENT)
        and voice in ("active", "sell")
        and "bought" not in _sides(parties)
        and "buyer" in _sides(parties)
        and (
            IT_OBJECT.match(text, match.end())
            or (PAY_FOR.match(match.group(0)) and FOR_IT_AFTER.match(text, match.end()))
        )
    ):
        # "… has signed to buy it from Grupo Daymán": "it" is the company told before,
        # not one of this sentence's. The buyer must be the verb's own subject ("Kintampo
        # turned away approaches from lenders interested in buying it": "it" is Kintampo).
        here = {h.company for h in sentence.hits}
        buyers = [h for h in hits if SIDE.get(parties.get(h.company, ""), "") == "buyer"]
        main_text_of = _main_text(sentence) if sentence.masked else text
        own_subject = voice == "sell" or any(
            h.end <= match.start()
            and len(main_text_of[h.end : match.start()].split()) <= 6
            and not THINGS_BETWEEN.search(main_text_of, h.end, match.start())
            for h in buyers
        )
        company = story.main(exclude=set(parties) | here | advisers) if own_subject else None
        teller = next(
            (
                h
                for h in sentence.names_hits
                if h.company not in parties
                and h.end <= match.start()
                and TELLER_THAT_AFTER.match(text, h.end)
            ),
            None,
        )
        if own_subject and teller is not None:
            company = teller.company  # "Fjellpay said Halden would buy it": Fjellpay is "it"
        first_sold = (
            [c for c, r in current.parties.items() if SIDE[r] == "bought" and c not in parties]
            if after > 0 and current is not None and voice == "sell"
            else []
        )
        if first_sold and current is not None:
            # "… terminated its agreement to sell the chain to X and agreed instead to sell it
            # to Y": the thing the sentence's first clause sold, by the same seller.
            company = first_sold[0]
            for seller, role in current.parties.items():
                if role == Role.SELLER and seller not in parties:
                    parties[seller] = Role.SELLER
        if company is not None and (company in story.seen or first_sold):
            parties[company] = BOUGHT_ROLE[kind]
            from_reference = True
    if kind in (ACQUISITION, INVESTMENT) and voice == "active":
        parties = _approached_about(sentence, match.start(), kind, parties)
    if kind == INVESTMENT and voice == "raise" and "buyer" not in _sides(parties):
        # "X is in talks with Y about a $25 million Series B round": Y would invest.
        talks = TALKS_WITH_ABOUT.search(text, max(0, match.start() - 160), match.start())
        backer = next((h for h in sentence.names_hits if talks and h.start == talks.end()), None)
        if backer is not None and any(
            c != backer.company and r == Role.INVESTEE for c, r in parties.items()
        ):
            parties[backer.company] = Role.INVESTOR
    # A subject named in an apposition to its description: "Uzbekistan's state investment
    # vehicle, the Turon Investment Fund, will take a 35% stake in X".
    if (
        kind in (ACQUISITION, INVESTMENT)
        and voice == "active"
        and "buyer" not in _sides(parties)
        and sentence.masked
    ):
        for h in sentence.names_hits:
            if (
                h.start < match.start()
                and h.company not in parties
                and APPOSED_NAME_BEFORE.search(text, max(0, h.start - 10), h.start)
                and APPOSED_SUBJECT_AFTER.match(text, h.end, match.start())
            ):
                parties = {h.company: BUYER_ROLE[kind], **parties}
                break
    # A subject in a quote's first person: '"In October we completed the acquisition of
    # Quipu," the chief executive said': the speaker's company.
    if (
        kind in (ACQUISITION, INVESTMENT)
        and voice in ("active", "passive", "raise", "sell")
        and not _sides(parties)
        & {"buyer" if voice == "active" else "seller" if voice == "sell" else "bought"}
        and (we := _last(WE_SUBJECT.finditer(text, lo, match.start()))) is not None
        and not any(we.end() <= h.start < match.start() for h in hits)
        # The other side named ('"We can invest in the business"' tells no deal).
        and any(h.start > match.start() and h.company in parties for h in hits)
        and (speaker := story.speaker(sentence.start + we.start())) is not None
        and speaker not in parties
    ):
        role = (
            BUYER_ROLE[kind]
            if voice == "active"
            else Role.SELLER
            if voice == "sell"
            else BOUGHT_ROLE[kind]
        )
        parties = {speaker: role, **parties}
        from_reference = True
    # "X said it was considering a rival bid": a second bidder for the company the deal
    # being told is for.
    counter = bool(COUNTER_BID.match(match.group(0))) or bool(
        # "Kvarner's offer remains open": another bidder's own bid for the company told of.
        current is not None
        and current.kind == ACQUISITION
        and BID_NOUN.search(match.group(0))
        and any(
            text[h.end : match.start()] in ("'s ", "’s ")
            and h.company not in current.parties
            and parties.get(h.company) == Role.ACQUIRER
            for h in hits
        )
        and "buyer" in _sides(current.parties)
        and len(parties) == 1
    )
    if (
        counter
        and current is not None
        and current.kind == ACQUISITION
        and "bought" not in _sides(parties)
        and parties
        and not set(parties) & set(current.parties)
    ):
        for company, role in current.parties.items():
            if role == Role.TARGET:
                parties[company] = Role.TARGET
    # An object introduced before it is named: "agreed to buy a 30% stake in a Bolivian
    # lithium company for $90m. … in Coipasa".
    if (
        kind not in MUTUAL_KINDS
        and voice == "active"
        and "bought" not in _sides(parties)
        and (intro := INTRODUCED_OBJECT.match(text, match.end())) is not None
        and (
            company := story.introduced(
                sentence.start + intro.end(),
                NATIONALITIES[intro.group("introduced").lower()],
                set(parties),
                here={h.company for h in sentence.names_hits},
                end=sentence.start + len(text),
            )
        )
        is not None
    ):
        parties[company] = BOUGHT_ROLE[kind]
        from_reference = True
    # The buyer of a passive told by description: "agreed to be bought by the Turkish lender",
    # "is being sold to a Kazakh group" (named next, in a lede).
    if (
        kind in (ACQUISITION, INVESTMENT)
        and voice == "passive"
        and "buyer" not in _sides(parties)
        and "bought" in _sides(parties)
    ):
        agent = OBJECT_REFERENCE.match(text, match.end())
        intro = None if agent else INTRODUCED_OBJECT.match(text, match.end())
        company = None
        if agent is not None and not _in(sentence.masked, agent.start()):
            country = NATIONALITIES.get((agent.group("nation") or "").lower(), "")
            company = story.main(exclude=set(parties), country=country)
        elif intro is not None:
            company = story.introduced(
                sentence.start + intro.end(),
                NATIONALITIES[intro.group("introduced").lower()],
                set(parties),
                here={h.company for h in sentence.names_hits},
                end=sentence.start + len(text),
            )
        if company is not None:
            parties[company] = BUYER_ROLE[kind]
            from_reference = True
    # An object given by description: "agreed to buy the carmaker", "invest in the start-up".
    # "agreed to sell the tuna processor to Z" (the verb, not "explore a sale of the company",
    # which an owner or an activist may urge).
    sells_it = voice == "sell" and (
        SELL_VERB.fullmatch(match.group(0)) is not None
        or (
            SALE_OF.fullmatch(match.group(0)) is not None
            and SALE_DONE_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
        )
    )
    if (
        kind not in MUTUAL_KINDS
        and (voice == "active" or sells_it)
        and "bought" not in _sides(parties)
    ):
        obj = OBJECT_REFERENCE.match(text, match.end())
        if obj is None and PAY_FOR.match(match.group(0)):  # "pay $2.1bn for the lender"
            obj = OBJECT_AFTER_FOR.match(text, match.end()) or OBJECT_AFTER_VALUING.match(
                text, match.end()
            )
        elif obj is None and BID_NOUN_END.search(match.group(0)):
            # "Segamat takes its offer to shareholders at FCFA 2,100 a share, valuing the
            # company at FCFA 168 billion"
            obj = OBJECT_AFTER_VALUING.match(text, match.end())
        if obj is None and (told_in := STAKE_IN_THE.match(text, match.end())) is not None:
            # "Dagana told the exchange that Sabari has agreed to buy a 30% stake in the
            # company": the company that told it.
            teller = next(
                (
                    h
                    for h in hits
                    if h.start < match.start()
                    and ATTRIBUTION_AFTER.match(main_text[h.end : h.end + 200])
                    # Not the buyer itself: another buyer is named after it.
                    and (
                        h.company not in parties
                        or any(
                            h.end < o.start < match.start()
                            and o.company != h.company
                            and SIDE.get(parties.get(o.company, ""), "") == "buyer"
                            for o in hits
                        )
                    )
                ),
                None,
            )
            if teller is not None and not told_in.group("nation"):
                parties[teller.company] = BOUGHT_ROLE[kind]
                from_reference = True
        if obj is None and IT_TELLER_OBJECT.match(text, match.end()):
            # "Brisa Foods said Halvard Group would buy it for $1bn": what the teller tells
            # of itself, another company buying.
            teller = next(
                (
                    h
                    for h in hits
                    if h.start < match.start()
                    and ATTRIBUTION_AFTER.match(main_text[h.end : h.end + 200])
                    and any(
                        h.end < o.start < match.start()
                        and o.company != h.company
                        and SIDE.get(parties.get(o.company, ""), "") == "buyer"
                        for o in hits
                    )
                ),
                None,
            )
            if teller is not None:
                parties.pop(teller.company, None)
                parties[teller.company] = BOUGHT_ROLE[kind]
                from_reference = True
        if obj is None and FURTHER_PART_AFTER.match(text, match.end()):
            # "Halden has a 25% stake in Fjellpay and will buy a further 10%": more of the
            # company whose holding was just told.
            told_held = [
                h
                for h in sentence.names_hits
                if h.start < match.start()
                and STAKE_IN_BEFORE.search(text, max(0, h.start - 40), h.start)
                and any(SIDE.get(r, "") == "buyer" for c, r in parties.items() if c != h.company)
            ]
            if told_held:
                parties[told_held[-1].company] = BOUGHT_ROLE[kind]
        if obj is not None and not _in(sentence.masked, obj.start()):
            country = NATIONALITIES.get((obj.group("nation") or "").lower(), "")
            # "Fjellpay said Halden had completed its takeover of the company": the teller,
            # named before the buyer, may be the company described.
            tellers = {
                h.company
                for h in hits
                if h.start < match.start()
                and ATTRIBUTION_AFTER.match(text[h.end : h.end + 60])
                and any(h.end < o.start < match.start() and o.company in parties for o in hits)
            }
            company = story.main(exclude=set(parties) - tellers, country=country)
            for_sale = [
                c
                for c in story.for_sale
                if c not in parties
                and (not country or story.matcher.companies[c].country == country)
            ]
            if for_sale:
                company = for_sale[-1]  # "the auction for Fjellpay … will pay for the chain"
            told = _bought_in(current, parties, country, story)
            if told is not None:
                company = told  # "Halden will pay $400m for the business": the one being sold
            elif (
                current is not None
                and company in current.parties
                and SIDE[current.parties[company]] == "buyer"
            ):
                # "… ended its sale to Pizol. Tödi will pay CHF 61 a share, valuing the maker at
                # …": a new bidder's object is the company told, not the last bidder.
                company = next(
                    (c for c, r in current.parties.items() if SIDE[r] == "bought"), company
                )
            if company is not None:
                parties.pop(company, None)
                parties[company] = BOUGHT_ROLE[kind]
                from_reference = True
        elif obj is None and (named := NAME_NOUN_OBJECT.match(text, match.end())) is not None:
            # "Itawa has completed its purchase of the bakery": the one company of the story
            # whose name tells it ("Mindolo Bakeries").
            company = story.named_by_noun(named.group("noun"), exclude=set(parties))
            if company is not None:
                parties[company] = BOUGHT_ROLE[kind]
                from_reference = True

    if (
        moves
        and kind in (ACQUISITION, INVESTMENT)
        and voice == "active"
        and "bought" not in _sides(parties)
        and STAKE_IN_THE.match(text, match.end())
        and (moved := _last(h for h in sentence.hits if h.end <= lo and h.company not in parties))
    ):
        # "Ventspils rose 14.2% after Haukivesi agreed to buy a 25% stake in the company": the
        # company whose shares moved.
        parties[moved.company] = BOUGHT_ROLE[kind]
    if (
        kind in (ACQUISITION, INVESTMENT)
        and voice == "active"
        and "bought" not in _sides(parties)
        and REMAINDER_AFTER.match(text, match.end())
    ):
        # "has owned 51% of Fjellpay since 2019 and will now buy the remaining 49%": the rest
        # of the company told as partly owned.
        held = [c for c in story.held if c not in parties]
        if held:
            parties[held[-1]] = BOUGHT_ROLE[kind]
            from_reference = True

    venture = sentence.venture
    if venture is not None and not venture[0] < match.start() <= venture[1]:
        venture = None  # named for another trigger of the sentence
    if venture is None and story.venture_owners and kind in (ACQUISITION, INVESTMENT):
        told = VENTURE_SUBJECT.search(text, lo, match.start())
        if told is not None and not _in(sentence.masked, told.start()):
            venture = (told.start(), match.end())  # "On Monday the venture agreed to buy X"
    if venture is not None and kind in (ACQUISITION, INVESTMENT) and story.venture_owners:
        # "The joint venture will acquire Fjellpay": its owners, told before, are the buyers.
        named = any(
            h.start < match.start() and SIDE.get(parties.get(h.company, ""), "") == "buyer"
            for h in hits
        )
        if not named:
            buyer = BUYER_ROLE[kind]
            owners = [
                c for c in story.venture_owners if c not in parties or SIDE[parties[c]] == "buyer"
            ]
            parties = {
                **dict.fromkeys(owners, buyer),
                **{c: r for c, r in parties.items() if SIDE[r] != "buyer" and c not in owners},
            }
            from_reference = True
    # The venture's own description ("formed by X and Y last year") dates the venture, not
    # its purchase.
    undated = sentence.masked + [venture] if venture is not None else sentence.masked

    value = _value(sentence, lo, hi, cue_needed=False, after=after) or _valuing(sentence, hi)
    # What the owners hold of the venture ("will each own half of a joint venture that will
    # buy …") is not what the venture buys.
    terms_lo = lo if venture is None else max(lo, venture[1])
    stake = _stake(text, terms_lo, hi, sentence.masked)
    whole = WHOLE_COMPANY.search(text, match.end(), hi) if stake is not None else None
    if whole is not None and re.search(
        r"\d", text[max(match.end(), whole.start() - 30) : whole.start()]
    ):
        # "to pay Rs. 6.8 billion for the whole company, buying the 88% held by Gampola and
        # offering the same price to minority shareholders": the whole is bought.
        stake = None
    if stake is None and kind in (ACQUISITION, INVESTMENT) and "buyer" in _sides(parties):
        # "…, giving it a 20% stake", "…, which will own 9.9pc of the company": the holding
        # a new investor is left with is the part it buys.
        end = text.find(";", match.end())
        left_with = HOLDING_LEFT.search(text, terms_lo, len(text) if end < 0 else end)
        if left_with is not None:
            stake = Decimal(left_with["percent"]).normalize()
    # Whether control passes is told by the holding a purchase leads to, where it is told
    # ("bought a further 15%, taking its holding to 55%" is an acquisition of 15%).
    holding = _resulting_stake(text, terms_lo, hi, sentence.masked) if stake is not None else None
    control = holding if holding is not None else stake
    majority = bool(MAJORITY.search(text, terms_lo, hi))
    minority = bool(MINORITY.search(text, terms_lo, hi))
    some_stake = (
        stake is None
        and not majority
        and not STAKE_WORDS.isdisjoint(sentence.words)
        and A_STAKE_IN.search(text, match.end(), hi)
    )
    if (
        kind in (ACQUISITION, INVESTMENT)
        and STAKE_IN_VENTURE.search(text, match.start(), hi)
        or kind == MERGER
        and COMBINED_INTO_VENTURE.search(text, match.end(), hi)
    ):
        # "take a 51% stake in the joint venture with Nordkap", "combine their businesses in
        # a joint venture": the venture is the transaction, its owners its partners.
        kind = JOINT_VENTURE
        parties = {c: Role.PARTNER for c, r in parties.items() if r != Role.SELLER}
    if (
        kind == ACQUISITION
        and voice == "active"
        and len(parties) == 2
        and stake is None
        and TOLD_AS_MERGER.search(text, match.end(), hi)
    ):
        # "will absorb X in an all-share merger", "combine … in a merger of equals"
        kind = MERGER
        parties = dict.fromkeys(parties, Role.PARTNER)
    elif kind == ACQUISITION and (
        minority or some_stake or (control is not None and control < 50 and not majority)
    ):
        kind = INVESTMENT
        parties = {c: TO_INVESTMENT.get(r, r) for c, r in parties.items()}
    elif kind == INVESTMENT and (majority or (control is not None and control > 50)):
        if voice == "active":
            kind = ACQUISITION
            parties = {c: TO_ACQUISITION.get(r, r) for c, r in parties.items()}
    elif kind == PARTNERSHIP and stake is not None and value is not None and len(parties) == 2:
        # "brought in X as a partner …, with the fund paying Rs 2,000 crore for a 26% stake":
        # money for a stake is the transaction; the partnership is how it is described.
        # The subject takes the money ("Ganga Power has brought in Highland Equity").
        kind = INVESTMENT
        parties = {c: Role.INVESTEE if i == 0 else Role.INVESTOR for i, c in enumerate(parties)}
    elif (
        kind == ACQUISITION
        and voice == "active"
        and set(_sides(parties)) == {"buyer"}
        and len(parties) == 2
        and BETWEEN.search(text, lo, match.start())
    ):
        # "Talks between X and Y over a takeover": the bidder is named first.
        second = list(parties)[1]
        parties[second] = Role.TARGET
    elif (
        kind == INVESTMENT
        and len(parties) == 2
        and set(_sides(parties)) == {"buyer"}
        and IN_TALKS_WITH.search(text, lo, match.start())
        and len(investors := [c for c in parties if _investor_like(c, sentence)]) == 1
    ):
        # "X, the online grocer, is in talks with venture fund Y about an investment": the
        # fund invests.
        for c in parties:
            parties[c] = Role.INVESTOR if c in investors else Role.INVESTEE
    if (
        (kind in MUTUAL_KINDS or NOUN_TRIGGER.match(match.group(0)))
        and WHAT_IF.search(text)
        and ANALYSTS.search(text)
    ):
        sentence.rejected = True
        return None  # "A merger of X and Y would create …, analysts said": an idea, not news
    if (
        text[: match.start()].strip(" \"“‘'").lower() in ("a", "an", "any")
        and DEAL_NOUN.match(match.group(0))
        # (of named companies: not "A merger would create a company worth €5bn", told of
        # the talks just reported)
        and (match.group(0).endswith((" of", " for")) or DEAL_OF_AFTER.match(text, match.end()))
        and (
            A_DEAL_IMAGINED.match(text, match.end())
            or GENERIC_OBJECT_AFTER.match(text, match.end())
        )
    ):
        sentence.rejected = True
        return None  # "An acquisition of X by Y would face serious hurdles": an idea
    if "nalyst" in text and ANALYSTS_HEDGE.search(text, max(0, match.start() - 160), match.start()):
        sentence.rejected = True
        return None  # "Analysts at X said Halden could buy Fjellpay": an idea, not news
    if RANKED_BEFORE.search(text, 0, match.start()):
        sentence.rejected = True
        return None  # "The largest transaction of the period was X's purchase of Y": a record
    if (
        ANALYSTS_VIEW.match(text)
        or text.rstrip().endswith("?")
        or UNANSWERED.search(text, lo, match.start())
    ):
        sentence.rejected = True
        return None  # "Analysts expect X to bid for Y", "Could X buy Y?": no one has acted
    # Status words in an aside describe ("Fjellpay, which Nordkap has put up for sale"),
    # though its hedges still say the deal is only talked of ("which could fetch $300m").
    status = _clause_status(_main_text(sentence), lo, hi, match)
    if (
        status == Status.ANNOUNCED
        and AGREED_IN_A_RELATIVE_BEFORE.search(text, max(0, match.start() - 40), match.start())
        and (ended_by := ENDED_AFTER_RELATIVE.match(text, match.end())) is not None
        and _news_status(ended_by.group(0)) == Status.COLLAPSED
    ):
        # "Two Nepali banks that had agreed to merge have abandoned the plan": the agreement
        # is told in passing; the sentence's own verb ends it.
        status = Status.COLLAPSED
    if kind == MERGER and status == Status.ANNOUNCED and MEMORANDUM.match(match.group(0)):
        status = Status.IN_TALKS  # "signed a memorandum of understanding to negotiate a merger"
    if (
        kind in (ACQUISITION, INVESTMENT)
        and status == Status.ANNOUNCED
        and MEMORANDUM_TO_BUY.search(text, max(0, match.start() - 80), match.start())
    ):
        # "has signed a non-binding memorandum of understanding to buy up to 51% of X"
        status = Status.IN_TALKS
    hedged_aside = False
    if not status and sentence.masked:
        hedged = _clause_status(text, lo, hi, match)
        status = hedged if hedged in (Status.RUMOURED, Status.IN_TALKS) else ""
        hedged_aside = bool(status)
    # "completed the takeover it agreed last year": the year dates the agreement, and the
    # end is the news.
    ended = status in (Status.COMPLETED, Status.COLLAPSED)
    # A participle that follows its clause's comma takes that clause's time: "In 1996 it
    # made its boldest move, buying 60% of X".
    date_lo = lo
    participle = match.group(0).endswith("ing") and bool(
        PARTICIPLE_LED_BEFORE.search(text, max(0, match.start() - 8), match.start())
    )
    if participle and lo > 1 and not text[lo : match.start()].strip():
        date_lo = _clause(text, lo - 2, sentence.masked)[0]
    elif 0 < lo < 160 and OPENINGS.fullmatch(text[:lo].rstrip().rstrip(",")):
        # Opening phrases date the clause they open: "In 2004, after liberalisation squeezed
        # margins, he sold the business to X".
        date_lo = 0
    dated = [
        m
        for m in HISTORY.finditer(text, date_lo, hi)
        if not DESCRIBED_BEFORE.search(text, max(lo, m.start() - 60), m.start())
        and not DUE_BEFORE.search(text, max(lo, m.start() - 40), m.start())
        and not (ended and AGREED_BEFORE.search(text, max(lo, m.start() - 40), m.start()))
        and not _in(undated, m.start())
        and not _dates_a_description(text, match, m.start())
    ]
    # A purchase or a venture told with the year it happened ("Halden's purchase of Fjellpay
    # in 2019", "formed Fjellpay as a joint venture in 2016") is background, as is a past act
    # with a year ("bought in 2019") or one long ago.
    long_ago = [
        m
        for m in LONG_AGO.finditer(text, date_lo, hi)
        if not _in(undated, m.start())
        and not (ended and AGREED_BEFORE.search(text, max(lo, m.start() - 40), m.start()))
        and not _dates_a_description(text, match, m.start())
    ]
    dated_act = bool(
        dated
        and (
            status in (Status.COMPLETED, Status.ANNOUNCED, Status.COLLAPSED)
            or PAST_TRIGGER.match(match.group(0))
            or participle
            or DEAL_NOUN.match(match.group(0))
            or (kind in MUTUAL_KINDS and FORMED.search(text, lo, hi))
            # Talks held in a past year: "had discussed a partnership in 2022".
            or PAST_TALKS.search(text, lo, hi)
            # "debt taken on to pay for the £340m acquisition of X in 2024"
            or any(NAMED_DEAL_OF.search(text, match.end(), m.start()) for m in dated)
            # A past act told in a relative clause: "the venture investor that put money into
            # the company in 2017"
            or RELATIVE_ACT_BEFORE.search(text, max(lo, match.start() - 25), match.start())
        )
    )
    # "agreed to buy Fjellpay in 2023 and completed the deal the following year": the end
    # is dated from a past year, so it is past too.
    dated_end = bool(
        ended and HISTORY.search(text, lo, hi) and LATER.search(text, match.start(), hi)
    )
    past = bool(long_ago) or dated_act or dated_end
    if (
        not past
        and (DEAL_NOUN.match(match.group(0)) or NOUN_TRIGGER.match(match.group(0)))
        and ENDED_IN_A_YEAR_AFTER.match(text, match.end())
    ):
        # "Halden's bid for Fjellpay, which collapsed in 2017, was the decade's largest":
        # the aside dates its end, so the bid is history.
        past = True
    # Where the past is told: the cue nearest the trigger dates it.
    past_cues = long_ago + (dated if dated_act else [])
    if kind == JOINT_VENTURE and len(parties) >= 2:
        story.venture_owners = list(parties)  # for "the joint venture will acquire …"
    past = past or bool(
        PAST_TRIGGER.match(match.group(0))
        and SINCE_ACT_BEFORE.search(text, max(lo, match.start() - 60), match.start())
    )
    # A hedge in an aside does not make a past deal a live one: "her role in its 2020
    # takeover of Fjellpay, which she helped negotiate".
    # Talks told in the past tense and dated ("explored buying Fjellpay in 2022") are past
    # too; a rumour of today ("is exploring a sale, people familiar said") is not.
    past_talks = bool((dated or long_ago) and PAST_TALKS.search(text, lo, hi))
    if (
        past
        and (status not in (Status.IN_TALKS, Status.RUMOURED) or hedged_aside or past_talks)
        and not _told_now(text, match, past_cues)
    ):
        sentence.rejected = True
        # Kept aside: a deal agreed long ago may be the news when it ends ("… agreed to buy
        # Fjellpay last year. Regulators blocked the deal on Tuesday.").
        sentence.background = _Reading(
            kind=kind, voice=voice, parties=parties, value=value, stake=stake, status=status
        )
        return None  # "ten years since it bought", "teamed up last year": background, not news
    if kind == MERGER and WITH_OWN_BUSINESS.match(text, match.end()):
        sentence.rejected = True
        return None  # "merge Fjellpay with its existing business": an integration, no deal
    if status in (Status.COMPLETED, Status.COLLAPSED) and SINCE.search(text, lo, match.start()):
        sentence.rejected = True
        return None  # "…, weeks after the company's failed attempt to merge with X"
    # "sold $300m of new shares in a placing" raises money from the market; "sold its 12%
    # stake in Fjellpay through a placing" is a holder selling a company's shares.
    to_market = voice in ("sell", "sold_by") and not (
        "buyer" in _sides(parties) or ("bought" in _sides(parties) and stake is not None)
    )
    if (
        (voice in ("raise", "join") or to_market)
        and not (
            voice == "raise" and "buyer" in _sides(parties) and PLACED_WITH_RE.search(text, lo, hi)
        )
    ) and (
        MARKET_RAISE.search(_main_text(sentence), lo, hi)
        or (
            voice == "sold_by"
            and SHARES_BEFORE.search(text, lo, match.start())
            # "The shares were sold by X": the stake of the deal being told, not a placing.
            and not (current is not None and current.stake is not None and THE_SHARES.match(text))
        )
    ):
        sentence.rejected = True
        return None  # "raise $300m through a rights issue": from the market, not a party
    if voice == "sell" and DEBT_SOLD.match(text, match.end()):
        sentence.rejected = True
        return None  # "sold $200m of notes to Sterling Insurance": borrowing, not a sale
    if voice == "rival" and PASSED_OVER_BEFORE.search(
        text, max(lo, match.start() - 50), match.start()
    ):
        sentence.rejected = True
        return None  # "chose the Finnish offer over a €6.9m bid from X": a bid that lost
    if voice == "rival" and status == Status.COLLAPSED and after > 0:
        sentence.rejected = True
        return None  # "…, trumping the offer from X that regulators blocked": background
    objectless = (
        voice == "active"
        and "bought" not in _sides(parties)
        and bool(OBJECTLESS_AFTER.match(text, match.end()))
    )
    if parties and kind == INVESTMENT and (did := AS_DID.match(text, hi)):
        # "Nordkap joined the round, as did Osprey": Osprey does what the subject did.
        first = next(iter(parties))
        for h in sentence.hits:
            if did.end() <= h.start <= did.end() + 60 and h.company not in parties:
                if "," in text[did.end() : h.start] or ";" in text[did.end() : h.start]:
                    break
                parties[h.company] = parties[first]
    if voice == "sell" and kind in (ACQUISITION, INVESTMENT) and not sentence.venture:
        sold_from = SELL_OBJECTLESS_AFTER.match(text, match.end())
        if sold_from is not None:
            # "Hakuba said it had decided to sell because it could not match the investment
            # Tamsui planned": only the seller; what the clause names later is no party.
            parties = {c: r for c, r in parties.items() if r == Role.SELLER}
            objectless = True
    return _Reading(
        kind=kind,
        voice=voice,
        parties=parties,
        value=value,
        stake=stake,
        majority=majority,
        status=status,
        end=hi,
        separate=bool(SEPARATELY.match(text)),
        # "Nordkap and Osprey, both new backers, also took part": an aside's "both" is not
        # bidders each going it alone.
        each=venture is None
        and any(
            not _in(sentence.masked, m.start()) for m in EACH.finditer(text, lo, match.start())
        ),
        counter=counter,
        raised=bool(RAISED_BID.match(match.group(0))),
        in_passing=bool(OWNED_NOW_WORDS.match(match.group(0)))
        and text[: match.start()].rstrip().endswith(","),
        objectless=objectless,
        from_reference=from_reference,
        verb=voice != "active" or not NOUN_TRIGGER.match(match.group(0)),
    )
