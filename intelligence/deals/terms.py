"""Money and stakes: which amounts and percentages are a deal's terms."""

import re
from decimal import Decimal

from core.money import Money, find_money

from .context import ASIDE_VALUE
from .kinds import _words
from .sentences import _in, _Sentence
from .triggers import _DIGIT

# --- money and stakes ------------------------------------------------------------------
# An amount is not the deal's value when it is a price per share, a yearly figure, or
# when revenue, profit, a fine, a cost or a price target comes just before it.
NOT_VALUE_AFTER = _words(
    r"\s*(?:a|per|each)\s+(?:share|year|month|unit)\b|\s*annually\b|-(?:a|per)-share\b"
)
NOT_VALUE_BEFORE = _words(
    r"\b(?:revenue|revenues|sales|turnover|profit|profits|earnings|income|loss|losses|ebitda"
    r"|fine[ds]?|penalty|compensation|price target|target of|target to|cost|costs|spend"
    r"|spent|spending|premium|cash pile|set aside|settle\w*|dividend|salary|bonus"
    r"|receive about|debt)\b[^.;$£€¥₩₹]{0,25}$"
)
VALUE_CUE_BEFORE = _words(
    r"\b(?:pay|pays|paid|paying|receive[sd]?|receiving|fetch|value[sd]?|valuing|worth"
    r"|price of|priced at|for|in a|a|an|its|the|up to|about|nearly|around|some|of|raised"
    r"|invest(?:s|ed|ing)?|led|secured|hand(?:s|ed|ing)? over|put(?:s|ting)?|inject\w*"
    r"|commit\w*)\s*(?:about\s+|up to\s+|nearly\s+|around\s+|a further\s+|another\s+)?$"
)
VALUE_CUE_AFTER = _words(r"\s*(?:in (?:cash|stock|shares)|all-cash|all-share|including)\b")
DEAL_NOUN_AFTER = _words(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:deal|transaction|takeover|acquisition|purchase|merger|offer"
    r"|bid|investment|round|buyout|sale)\b"
)
PERCENT = r"(?P<percent>\d+(?:\.\d+)?)\s?(?:%|(?:per ?cent|percent|pc)\b)"
STAKE_PATTERNS = [
    _words(r"\b(?:stake|holding|interest|shareholding)\b[^.;]{0,60}?\bto " + PERCENT),
    _words(r"\b(?:stake|holding|interest|shareholding) of (?:about |some |around |nearly )?" + PERCENT),  # noqa: E501
    _words(PERCENT + r"(?:\s+\w+){0,2}?\s+(?:stake|holding|interest|shareholding|of the shares|of the equity|(?<!market )share)\b"),  # noqa: E501
    _words(
        r"\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|take|takes|took|taking|sell|sells|sold"
        r"|selling|own|owns|hold|holds|purchase[sd]?|remaining|further|additional"
        r"|another)\s+(?:(?:a|an|the|its|their|remaining|further|additional|another|about|around"
        r"|some|nearly|almost|roughly|just|over|under|more than|less than|close to)\s+){0,2}"
        + PERCENT
        + r"(?!\s+of\s+the\s+(?:combined|new|enlarged|merged|group's|company's)\b)"
        r"(?!\s+(?:above|below|premium|rise|fall|more|less|higher|lower))"
    ),
]  # fmt: skip
# "a quarter of the company", "half of the business": a stake without a number.
FRACTIONS = {
    "half": Decimal(50), "a quarter": Decimal(25), "one quarter": Decimal(25),
    "a third": Decimal(33), "one third": Decimal(33), "a fifth": Decimal(20),
    "one fifth": Decimal(20), "a tenth": Decimal(10), "two thirds": Decimal(67),
    "three quarters": Decimal(75),
}  # fmt: skip
FRACTION_HINTS = tuple(
    f"{word} {prep}"
    for word in ("half", "quarter", "third", "fifth", "tenth", "thirds", "quarters")
    for prep in ("of", "in")
)
FRACTION_STAKE = _words(
    r"\b(?P<fraction>(?<!first )(?<!second )(?<!the )half|(?:a|one) (?:quarter|third|fifth|tenth)"
    r"|two[- ]thirds|three[- ]quarters)\s+(?:of|in)\s+(?:(?-i:[A-Z])\w"
    r"|(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:company|business|group|firm|shares"
    r"|equity|stock|capital|bank|venture|start-?up|operator|lender|insurer|maker|carrier|chain"
    r"|it)\b)"
)
# What the seller keeps is not what changes hands.
RETAINED_BEFORE = _words(
    r"\b(?:keep|keeps|keeping|kept|retain|retains|retained|retaining)\s+(?:\w+\s+){0,2}$"
)
# Acceptance levels and votes are not the stake that changes hands.
NOT_STAKE_BEFORE = _words(
    r"\b(?:holders|owners|shareholders) of\s+(?:about\s+|some\s+|more than\s+)?$"
    r"|\b(?:votes|acceptances)\s+(?:\w+\s+){0,2}$"
)
# "buy out minority shareholders" takes the rest of a company: not a minority stake.
MINORITY = _words(r"\bminority\b(?!\s+(?:shareholders|investors|holders|owners|partners)\b)")
STAKE_WORDS = frozenset(("stake", "holding", "shareholding"))
A_STAKE_IN = _words(r"\b(?:an?|some) (?:[\w-]+ )?(?:stake|holding|shareholding) in\b")  # no size
MAJORITY = _words(
    r"\b(?:majority|controlling|remaining|full control|whole|entire|outright"
    r"|(?:does|did|do)(?:n['’]t| not) (?:already )?own)\b"
)


_SCALE = r"(?P<scale>bn|billion|m|million|trillion|tn)\b"
EXTRA_MONEY = re.compile(
    r"(?<![\w$])(?P<prefix>R|Rp|TL|EGP|NT\$|S[Ff]r)\s?(?P<number>\d[\d,]*(?:\.\d+)?)\s?"
    + _SCALE
    + r"|(?<![\w.,])(?P<number2>\d[\d,]*(?:\.\d+)?)\s?(?P<scale2>bn|billion|m|million|trillion|tn)"
    r"\s+(?P<suffix>rupiah|(?:Turkish )?lira|Egyptian pounds?|zlotys?|rand)\b"
)
EXTRA_CURRENCY = {
    "r": "ZAR", "rand": "ZAR", "rp": "IDR", "rupiah": "IDR", "tl": "TRY", "lira": "TRY",
    "turkish lira": "TRY", "egp": "EGP", "egyptian pound": "EGP", "egyptian pounds": "EGP",
    "nt$": "TWD", "zloty": "PLN", "zlotys": "PLN", "sfr": "CHF",
}  # fmt: skip
SCALES = {"bn": 10**9, "billion": 10**9, "m": 10**6, "million": 10**6, "tn": 10**12}
SCALES["trillion"] = 10**12


def _find_money(text: str) -> list[Money]:
    """`core.money.find_money`, plus the forms above."""
    found = find_money(text)
    if not EXTRA_MONEY_HINT.search(text):
        return found
    for m in EXTRA_MONEY.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        code = (m["prefix"] or m["suffix"]).lower()
        number, scale = (m["number"], m["scale"]) if m["prefix"] else (m["number2"], m["scale2"])
        value = Decimal(number.replace(",", "")) * SCALES[scale]
        money = Money(
            value=value.normalize(), currency=EXTRA_CURRENCY[code], start=m.start(), end=m.end()
        )
        found.append(money)
    found.sort(key=lambda money: money.start)
    return found


EXTRA_MONEY_HINT = re.compile(r"R|TL|EGP|NT|S[Ff]r|rupiah|lira|pound|zlot|rand")


def _value(
    sentence: _Sentence, lo: int, hi: int, *, cue_needed: bool, after: int = 0
) -> Money | None:
    text = sentence.text
    if not _DIGIT.search(text, after):
        return None
    for money in _find_money(text):
        if money.start < after:
            continue  # told by an earlier clause
        inside = lo <= money.start < hi and not _in(sentence.masked, money.start)
        adjectival = bool(DEAL_NOUN_AFTER.match(text, money.end))
        in_aside = _in(sentence.masked, money.start) and ASIDE_VALUE.search(
            text, max(0, money.start - 40), money.start
        )
        if not (inside or adjectival or in_aside):
            continue
        if NOT_VALUE_AFTER.match(text, money.end):
            continue
        before = text[max(0, money.start - 60) : money.start]
        if NOT_VALUE_BEFORE.search(before):
            continue
        if cue_needed and not (
            adjectival
            or VALUE_CUE_BEFORE.search(before)
            or VALUE_CUE_AFTER.match(text, money.end)
            or in_aside
        ):
            continue
        return money
    return None


def _stake(text: str, lo: int, hi: int, masked) -> Decimal | None:
    if _DIGIT.search(text, lo, hi):
        for pattern in STAKE_PATTERNS:
            for match in pattern.finditer(text, lo, hi):
                at = match.start("percent")
                if _in(masked, at) or RETAINED_BEFORE.search(text, max(0, at - 40), at):
                    continue
                if NOT_STAKE_BEFORE.search(text, max(0, at - 40), at):
                    continue
                percent = Decimal(match["percent"])
                if 0 < percent <= 100:
                    return percent.normalize()
    clause = text[lo:hi].lower()
    if not any(word in clause for word in FRACTION_HINTS):
        return None
    for match in FRACTION_STAKE.finditer(text, lo, hi):
        if not _in(masked, match.start()):
            return FRACTIONS[match["fraction"].lower().replace("-", " ")]
    return None
