"""Joining readings into deals: which clause continues the deal being told, which starts
another, what a following sentence adds."""

import dataclasses

from .confidence import _enough
from .context import AGREED_BEFORE, DUE_BEFORE, HISTORY, LONG_AGO, STATUS_NEWS, WALKED_AWAY
from .facts import DealFacts
from .kinds import (
    ACQUISITION,
    BOUGHT_ROLE,
    BUYER_ROLE,
    INVESTMENT,
    JOINT_VENTURE,
    MUTUAL_KINDS,
    SIDE,
    Role,
    Status,
    _sides,
    _words,
)
from .reading import _Reading
from .sentences import _main_text, _Sentence
from .status import ANOTHER_DEAL, DEFAULT_STATUS, PAUSED_TALKS, _news_status
from .terms import _stake, _value
from .triggers import VENTURE_SUBJECT

BUY_KINDS = (ACQUISITION, INVESTMENT)


def _compatible(deal: DealFacts, reading: _Reading) -> bool:
    """Can `reading` be more of `deal`: the same kind of act, no party on two sides?"""
    families: dict[str, str] = {ACQUISITION: "buy", INVESTMENT: "buy"}
    if families.get(deal.kind, deal.kind) != families.get(reading.kind, reading.kind):
        return False
    for company, role in reading.parties.items():
        if company in deal.parties and SIDE[deal.parties[company]] != SIDE[role]:
            return False
    return True


def _continues(deal: DealFacts, reading: _Reading) -> bool:
    """Does `reading` tell more of `deal` (the one being told) rather than another deal?"""
    if not _compatible(deal, reading):
        return False
    new = {c: r for c, r in reading.parties.items() if c not in deal.parties}
    shared = set(reading.parties) & set(deal.parties)
    if any(SIDE[r] == "bought" for r in new.values()) and "bought" in _sides(deal.parties):
        return False
    if (
        any(SIDE[r] == "bought" for r in new.values())
        and reading.status not in ("", deal.status)
        # (talks and a rumour are one unsettled deal: "The buyer under discussion is X. …
        # X would take 60% of Y, according to the report")
        and not {reading.status, deal.status} <= {Status.RUMOURED, Status.IN_TALKS}
    ):
        return False  # completed one purchase, in talks on another
    if (
        any(SIDE[r] == "buyer" for r in new.values())
        and "buyer" in _sides(deal.parties)
        and reading.value is not None
        and deal.value is not None
        and (reading.value.value, reading.value.currency) != (deal.value, deal.currency)
    ):
        return False  # "… has collapsed, and the seller agreed to sell it to Z for less"
    if (
        any(SIDE[r] == "buyer" for r in new.values())
        and "buyer" in _sides(deal.parties)
        and deal.status == Status.COLLAPSED
        and reading.status not in ("", Status.COLLAPSED)
    ):
        return False  # "… ended its sale to Pizol. Tödi will pay CHF 61 a share": a new bid
    if (
        reading.objectless
        and reading.voice == "sell"
        and _sides(reading.parties) == {"seller"}
        and "seller" not in _sides(deal.parties)
        and deal.kind in BUY_KINDS
    ):
        return True  # "Hakuba said it had decided to sell because …": the deal's seller
    if (
        not reading.separate
        and _sides(reading.parties) == {"seller"}
        and "seller" not in _sides(deal.parties)
        and deal.kind in BUY_KINDS
        and reading.status != Status.COLLAPSED
    ):
        return True  # "The purchase was made from Nordkap": the deal's seller, named later
    if (
        not reading.separate
        and deal.kind == ACQUISITION
        and _sides(deal.parties) == {"bought"}
        and deal.value is None
        and deal.stake is None
        and "buyer" in _sides(reading.parties)
        and "bought" not in _sides(reading.parties)
    ):
        return True  # "X has a new owner. Y says it has completed the purchase from Z"
    if reading.separate or (reading.objectless and reading.voice != "join"):
        return False
    if deal.kind in MUTUAL_KINDS and new and not shared:
        return False
    return (
        bool(shared) or not reading.parties or reading.voice == "join" or _sides(new) <= {"buyer"}
    )


def _each_buyer(reading: _Reading) -> list[_Reading]:
    """ "X and Y are each weighing offers for Z": two bids, one per buyer."""
    buyers = [c for c, r in reading.parties.items() if SIDE[r] == "buyer"]
    if not reading.each or len(buyers) < 2 or reading.kind in MUTUAL_KINDS:
        return [reading]
    others = {c: r for c, r in reading.parties.items() if SIDE[r] != "buyer"}
    return [
        dataclasses.replace(reading, parties={b: reading.parties[b], **others}, separate=True)
        for b in buyers
    ]


def _each_target(readings: list[_Reading]) -> list[_Reading]:
    """ "Alibaba has invested in Lazada and Tokopedia": one deal per company bought into,
    when no price or stake says they were bought together."""
    out = []
    for reading in readings:
        bought = [c for c, r in reading.parties.items() if SIDE[r] == "bought"]
        if (
            len(bought) < 2
            or reading.kind in MUTUAL_KINDS
            or reading.value is not None
            or reading.stake is not None
        ):
            out.append(reading)
            continue
        others = {c: r for c, r in reading.parties.items() if SIDE[r] != "bought"}
        out += [
            dataclasses.replace(reading, parties={**others, b: reading.parties[b]}, separate=True)
            for b in bought
        ]
    return out


def _take(reading: _Reading, current, deals: list, meta: dict, sentence: _Sentence, matcher):
    """Add what one clause says to the deal it continues, or start a new one; returns the
    deal being told."""
    text = sentence.text
    target = None
    told_before = next(
        (
            deal
            for deal in deals
            if deal is not current
            and reading.parties
            and reading.voice != "join"
            and set(reading.parties) <= set(deal.parties)
            and _compatible(deal, reading)
        ),
        None,
    )
    if (
        told_before is not None
        and current is not None
        and not set(reading.parties) <= set(current.parties)
    ):
        # "… rejected an offer from X and backed the bid from Y. X's proposal values it at
        # …": more of X's deal, told before, not a second buyer in Y's.
        current = told_before
    if (
        current is not None
        and reading.voice != "rival"
        and not (reading.counter and not set(reading.parties) <= set(current.parties))
        and _continues(current, reading)
    ):
        target = current
        if "bought" not in _sides(reading.parties) and ANOTHER_DEAL.search(text):
            # "Halden tried to buy a Belgian lessor in 2021 but pulled out": the buyer's
            # other, unnamed deal tells nothing of this one.
            return current
    if target is None:
        for deal in deals:
            if _compatible(deal, reading) and set(reading.parties) == set(deal.parties):
                target = deal
                break
    if target is not None:
        _merge(target, reading, sentence, matcher)
        meta[id(target)]["reference"] |= reading.from_reference
        return target
    if (
        current is not None
        and current.kind == JOINT_VENTURE
        and reading.kind == INVESTMENT
        and all(c in current.parties for c in reading.parties)
        and VENTURE_SUBJECT.search(text)
    ):
        # "The two companies will invest a combined S$300m in the venture": what the venture
        # is worth, not an investment of its own.
        _fill_terms(current, reading, text)
        return current
    if not _enough(reading):
        return current
    told = _retold(reading, deals)
    if told is not None:
        return told
    return _new_deal(reading, text, matcher, deals, meta)


def _retold(reading: _Reading, deals: list[DealFacts]) -> DealFacts | None:
    """The deal already told between the same companies, when `reading` names no one else:
    a later sentence that tells it again in other words ("Kisaragi paid ¥86bn for all of
    Umeda's shares"), describes it ("the largest of four acquisitions Rheinwerk has made"),
    or says what one side will do with the other ("a deal would let X sell Y's policies",
    "X buys its cells from Y") is no second deal, whatever kind or roles its words suggest.
    A price it states fills the deal's gap when both are purchases."""
    if len(reading.parties) < 2:
        return None
    for deal in deals:
        if set(reading.parties) <= set(deal.parties):
            if (
                deal.value is None
                and reading.value is not None
                and deal.kind in BUY_KINDS
                and reading.kind in BUY_KINDS
            ):
                deal.value, deal.currency = reading.value.value, reading.value.currency
            return deal
    return None


def _new_deal(reading: _Reading, text: str, matcher, deals: list, meta: dict, *, parties=None):
    """The deal `reading` first tells (in the sentence `text`), added to `deals` with what
    the confidence reads of it in `meta`; `parties` when they are not the reading's own."""
    value = reading.value
    facts = DealFacts(
        kind=reading.kind,
        status=reading.status or DEFAULT_STATUS,
        parties=reading.parties if parties is None else parties,
        value=value.value if value else None,
        currency=value.currency if value else "",
        stake=reading.stake,
        evidence=text,
        slugs={c: matcher.companies[c].slug for c in reading.parties},
        sentences=[text],
    )
    meta[id(facts)] = {
        "verb": reading.verb,
        "status_word": bool(reading.status),
        "reference": reading.from_reference,
        "in_passing": reading.in_passing,
    }
    deals.append(facts)
    return facts


# "The merger closed on Monday", "the takeover was completed on Friday", "This deal has now
# closed": the deal told, done.
DEAL_DONE = _words(
    r"\b(?:the|this|that|its|their)\s+(?:[\w$£€¥.,-]+\s+){0,3}?(?:merger|deal|takeover"
    r"|acquisition|purchase|transaction|sale|buyout|combination)\s+(?:has\s+|had\s+|was\s+)?"
    r"(?:now\s+|finally\s+|formally\s+)?(?:been\s+)?"
    r"(?:closed|completed|went through|finali[sz]ed)\b"
    # The active order: "Halden said it completed the purchase on Monday".
    r"|\b(?:closed|completed|finali[sz]ed)\s+(?:the|this|that|its|their)\s+(?:[\w$£€¥.,-]+\s+){0,3}?"
    r"(?:merger|deal|takeover|acquisition|purchase|transaction|sale|buyout|combination)\b"
)


# The rounds before the one agreed: "Carraway had first proposed 540p and then 590p, both of
# which were rebuffed", "after its two earlier offers were rejected". Their rejection is
# how the agreed deal came about, not its end.
EARLIER_ROUND = _words(
    r"\bhad\s+(?:first|earlier|initially|originally|previously)\b"
    r"|\b(?:earlier|previous|first|initial|prior|lower|two|three|several)\s+(?:[\w-]+\s+)?"
    r"(?:offers?|bids?|approach(?:es)?|proposals?)\b"
)

# "Weardale rejected an approach from Thornaby in September": a rejection told after a
# purchase already done is of an earlier approach, and does not undo the purchase.
_REJECTED = (
    r"(?:reject(?:ed|s)?|rebuff(?:ed|s)?|spurn(?:ed|s)?|turn(?:ed|s)? down)\s+"
    r"(?:an?|the|its|their|two|three|several)\s+(?:[\w$£€¥.,-]+\s+){0,3}?"
    r"(?:approach(?:es)?|offers?|bids?|proposals?)\b"
)
REJECTED_APPROACH = _words(r"\b" + _REJECTED)
# "launching an offer … a fortnight after the board turned down a J$140 approach": the
# rejection came before the news, and led to it.
REJECTED_BEFORE_NEWS = _words(r"\b(?:after|since|following)\s+(?:[^.;,]{0,40}?\s)?" + _REJECTED)


def _merge(deal: DealFacts, reading: _Reading, sentence: _Sentence, matcher) -> None:
    """A later sentence about the same deal fills its gaps."""
    for company, role in reading.parties.items():
        if company not in deal.parties:
            if deal.kind in MUTUAL_KINDS:
                role = Role.PARTNER
            elif SIDE[role] == "buyer":
                role = BUYER_ROLE[deal.kind]
            elif SIDE[role] == "bought":
                role = BOUGHT_ROLE[deal.kind]
            deal.parties[company] = role
            deal.slugs[company] = matcher.companies[company].slug
    _fill_terms(deal, reading, sentence.text)
    if reading.status == Status.COLLAPSED and not (
        (deal.status == Status.ANNOUNCED and EARLIER_ROUND.search(sentence.text))
        or (deal.status == Status.COMPLETED and REJECTED_APPROACH.search(sentence.text))
        or (deal.status == Status.ANNOUNCED and REJECTED_BEFORE_NEWS.search(sentence.text))
    ):
        deal.status = Status.COLLAPSED
    elif (
        reading.status == Status.COMPLETED
        and deal.status != Status.COLLAPSED
        and set(reading.parties) <= set(deal.parties)
        and DEAL_DONE.search(sentence.text)
    ):
        # "The merger closed on Monday": the deal told, done, with its parties left unnamed.
        deal.status = Status.COMPLETED


def _fill_terms(deal: DealFacts, reading: _Reading, text: str) -> None:
    """The value and stake `reading` states, where `deal` has none yet, and `text` among the
    sentences that tell it."""
    if reading.value is not None and (
        deal.value is None
        # A raised bid's new price, where it is told as a whole (not "to J$140 a share")
        or (
            reading.raised
            and reading.value.currency == deal.currency
            and reading.value.value > deal.value
        )
    ):
        deal.value, deal.currency = reading.value.value, reading.value.currency
    if deal.stake is None and reading.stake is not None:
        deal.stake = reading.stake
    if text not in deal.sentences:
        deal.sentences.append(text)


def _told_as_past(text: str) -> bool:
    """A sentence dated by a past year or told as long ago: background, not news."""
    if LONG_AGO.search(text):
        return True
    # "walked away from the deal it agreed in 2024": the year dates the agreement.
    return any(
        not DUE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and not AGREED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for m in HISTORY.finditer(text)
    )


PRICE_WORDS = _words(
    r"\b(?:pa(?:y|ys|id|ying)|price[ds]?|pricing|valu(?:e|es|ed|ing|ation)|worth|offer\w*|bid\w*"
    r"|consideration|cost|costs|deal|transaction|purchase|acquisition|takeover|merger|sale|sold"
    r"|buy\w*|bought|terms|invest\w*|raise[ds]?|raising|round|fetch\w*|receiv\w*|proceeds"
    r"|cash|stake|equity|premium|for)\b"
    # "People close to the talks had put it at about S/ 280 millones"
    r"|\b(?:put|puts|putting|estimat\w*|peg(?:s|ged|ging)?)\s+(?:it|the\s+\w+|its\s+\w+)\s+at\b"
    # "the £240m agreement had been terminated" (not "signed a $20m supply agreement")
    r"|\bthe\s+\S*\d\S*(?:\s+(?:bn|billion|m|million|trillion))?\s+agreement\b"
)


HOLDS_WORDS = frozenset(("owns", "holds", "controls", "own", "hold", "control"))
HOLDS_NOW = _words(
    r"\b(?:owns|holds|controls|already\s+(?:owns?|holds?|controls?))\s+(?:about\s+|some\s+"
    r"|nearly\s+|around\s+|roughly\s+|almost\s+)?\d[\d.]*\s?(?:%|per\s?cent|percent|pc)"
)


def _follow_up(deal: DealFacts, sentence: _Sentence) -> bool:
    """A sentence with no trigger of its own: "It will pay 3.4bn kronor", "A deal could
    value the company at ¥450bn", "The group will own 60 per cent", "The deal collapsed".
    True when it tells the deal ended in a past year ("The $1.1bn deal was completed in
    2012"): a deal told without a status of its own is then history."""
    text = sentence.text
    added = False
    ended_long_ago = False
    if (
        deal.value is None
        and (money := _value(sentence, 0, len(text), cue_needed=True))
        and PRICE_WORDS.search(text)
    ):
        # A sentence with no trigger gives the price only where it speaks of one ("It will
        # pay 3.4bn kronor", "The deal values it at $2bn"), not any amount ("Customers
        # withdrew about €1.1bn").
        deal.value, deal.currency = money.value, money.currency
        added = True
    holds = (
        HOLDS_NOW.search(text)
        if deal.stake is None and not HOLDS_WORDS.isdisjoint(sentence.words)
        else None
    )
    buyer_holds = holds is not None and any(
        h.end <= sentence.start + holds.start()
        and SIDE.get(deal.parties.get(h.company, ""), "") == "buyer"
        for h in sentence.story_hits
    )
    if deal.stake is None and deal.kind not in MUTUAL_KINDS and not buyer_holds:
        # (Not what a buyer already holds: "Drakenstein owns 65% of Shashe. The offer for the
        # other 35% is …"; a seller's holding is what it sells.)
        stake = _stake(text, 0, len(text), sentence.masked)
        if stake is not None:
            deal.stake = stake
            added = True
    # An aside describes ("Kaveri, which it bought in 2017, is not part of the deal"): its
    # words do not move the deal on.
    main = _main_text(sentence)
    if STATUS_NEWS.search(main) or (
        any(h.company in deal.parties for h in sentence.story_hits) and WALKED_AWAY.search(main)
    ):
        news = _news_status(main)  # only an end or a completion moves it on here
        if news == Status.COLLAPSED and PAUSED_TALKS.search(text):
            news = ""
        if news and _told_as_past(main):
            news = ""  # "Halden walked away from talks with a Norwegian rival in 2021"
            ended_long_ago = True
        if (
            news == Status.COLLAPSED
            and deal.status == Status.ANNOUNCED
            and EARLIER_ROUND.search(main)
        ):
            news = ""  # "had first proposed 540p and then 590p, both of which were rebuffed"
        if news:
            deal.status = news
            added = True
    if added and text not in deal.sentences:
        deal.sentences.append(text)
    return ended_long_ago
