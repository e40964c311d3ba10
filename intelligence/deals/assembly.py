"""`extract_deals`: the story read sentence by sentence into deal suggestions."""

import dataclasses
import re
from collections.abc import Hashable
from decimal import Decimal

from core.money import Money, spelled_as_digits

from ..companies import StoryText
from ..matcher import CompanyMatcher, Hit
from .confidence import _confidence, _enough
from .context import (
    _NOUNS,
    BUYING,
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    HISTORY,
    IT_ENDED,
    LATER,
    LONG_AGO,
    PAST_TRIGGER,
    PLACE_OF,
    REFERENCE,
    SPAN_OF_TIME,
    STATUS_NEWS,
)
from .facts import DealFacts
from .headline import _add_title_reading, _may_be_deal_with, _title_readings
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
    Role,
    Status,
    _sides,
    _words,
)
from .merging import (
    BUY_KINDS,
    REJECTED_BEFORE_NEWS,
    _each_buyer,
    _each_target,
    _follow_up,
    _take,
)
from .reading import COMPARED, DATELINE, _read, _Reading, _told_now
from .sentences import FOR_SALE_BEFORE, HELD_BEFORE, _main_text, _Sentence, _spans, _Story
from .status import (
    ANOTHER_DEAL,
    DENIAL,
    HEDGED_BEFORE,
    PAUSED_TALKS,
    STATUSES,
    _news_status,
    _prospect_end,
)
from .terms import NOT_VALUE_AFTER, _find_money, local_currency, value_from_share_count
from .triggers import (
    DEAL_FOR,
    DEAL_WITH,
    DENIAL_WORDS,
    JOIN_WORDS,
    TRIGGER_WORDS,
    _words_in,
    not_a_deal,
)


def extract_deals(matcher: CompanyMatcher, story: StoryText) -> list[DealFacts]:
    """Deal suggestions from the story's body, one per reported transaction, each with a
    confidence (callers show those at or above `SHOW_AT`)."""
    salience = _Story(matcher, story)
    deals: list[DealFacts] = []
    # The terms of a deal told before any of its parties is named ("A Malaysian start-up has
    # raised RM85m."): the price of the one deal of that kind the story then tells.
    nameless: list[tuple[_Reading, str]] = []
    # Deal nouns the headline dates to a year ("sue X over 2019 merger"): "the merger" in the
    # body is that deal, history, until another is told.
    dated_nouns = {m.group("noun").lower() for m in DATED_DEAL.finditer(story.title)}
    meta: dict[int, dict] = {}
    current: DealFacts | None = None
    # Companies the body names in a sentence read as no deal (a denial, an analyst's idea):
    # a headline deal with any of them is not shown.
    vetoed: set[Hashable] = set()
    denied: set[Hashable] = set()  # the companies a denial names
    deniers: set[Hashable] = set()  # the companies that deny
    # … in so many words, not by declining to comment on speculation
    flat_deniers: set[Hashable] = set()
    denial_names: list[set[Hashable]] = []  # the companies each denial names
    told_as_past: list[set[Hashable]] = []  # the companies of each deal told as background
    body = story.body
    hit_index = 0
    hits = story.body_hits
    spans = _spans(body, story.body_spans)
    background: tuple[_Reading, _Sentence] | None = None  # the last deal told as background
    after_background = False  # no deal read since it
    subject: Hashable | None = None  # the company the last sentence opened by naming
    actor: Hashable | None = None  # the company the last sentence told acting
    last_text = ""  # the sentence before, for an amount told as a sentence of its own
    deals_before = 0  # how many deals were told before the sentence before
    price_asked = False  # a Q&A's question of the price: "For how much?"
    seller_asked = False  # … and of the seller: "Who is selling?"
    tender_told = False  # companies told bidding for work or a right, not for a company
    recent = ("", "")  # the two sentences before, for a party named after its deal
    named: dict[Hashable, str] = {}  # the parties of a nameless lede's deal, named later
    pending: tuple[_Reading, _Sentence] | None = None  # one party named, the other described
    for start, end in spans:
        own = []
        while hit_index < len(hits) and hits[hit_index].start < end:
            if hits[hit_index].start >= start:
                own.append(hits[hit_index])
            hit_index += 1
        text = body[start:end]
        sentence = _Sentence(text=text, start=start, story_hits=own, words=_words_in(text))
        text_before, last_text = last_text, text
        last_told, deals_before = deals[deals_before:], len(deals)
        if last_told and WAS_WRONG.match(text):
            # "A story on Monday said that X had bought 9.1% of Y. That was wrong.": the
            # correction takes back what the sentence before told.
            for deal in last_told:
                deals.remove(deal)
                vetoed.update(deal.parties)
            current = None
            continue
        was_asked, price_asked = price_asked, bool(PRICE_ASKED.match(text))
        seller_was_asked, seller_asked = seller_asked, bool(SELLER_ASKED.match(text))
        if seller_was_asked and current is not None and current.kind in BUY_KINDS:
            # "Who is selling? The chain is owned by the investment group X": the seller.
            if "seller" not in _sides(current.parties):
                other = next((h for h in own if h.company not in current.parties), None)
                if other is not None:
                    _add_party(current, other.company, Role.SELLER, matcher)
        if was_asked and current is not None and current.value is None:
            # "For how much? About US$120 million, Smøla said": the answer is the price.
            answer = _find_money(spelled_as_digits(text))
            if len(answer) == 1:
                current.value, current.currency = answer[0].value, answer[0].currency
        for h in own:
            if h.company not in salience.seen:
                salience.seen.append(h.company)
            if FOR_SALE_BEFORE.search(body, max(0, h.start - 40), h.start):
                salience.for_sale.append(h.company)
            held = body[max(0, h.start - 50) : h.start]
            if ("own" in held or "hold" in held or "held" in held or "control" in held) and (
                HELD_BEFORE.search(held)
            ):
                salience.held.append(h.company)
        words = sentence.words
        tender_told = tender_told or bool(
            (words & TENDER_WORDS or (words & WON_WORDS and words & CONTRACT_WORDS))
            and TENDER_TOLD.search(text)
        )
        # "Fjordvik, the Norwegian group, was first to make an offer. It withdrew in May":
        # "It" is the company the last sentence opened with.
        their_subject, subject = subject, _subject(sentence)
        salience.last_actor, actor = actor, _actor(sentence, salience)
        # Read on the main text: an aside's "a firm that lends to Norwegians" describes.
        if not_a_deal(words, _main_text(sentence)):
            vetoed.update(h.company for h in own)
            if LONG_AGO.search(text):
                # "sued X over … the 2021 sale of the chain": that deal is background, and
                # told again later ("… sold the business to X for GH¢ 110m") it stays so.
                told_as_past.append({h.company for h in own})
            continue
        # A denial told in an aside ("Halden, which denied last month that it was in talks,
        # on Tuesday agreed to buy …") is background to the sentence's news.
        if (
            words & DENIAL_WORDS
            and DENIAL.search(text)
            and (denial := DENIAL.search(_main_text(sentence)))
            and not _walked_away_first(text, denial.start())
            # "…, a week after it called reports of an approach speculation": the denial
            # came before the news the sentence tells.
            and not EARLIER_TIME_CLAUSE.search(text, 0, denial.start())
            # "Trigrad's chairman said in September that the company 'is not for sale'": a
            # denial of an earlier day, before the news the story tells.
            and not (deals and SAID_EARLIER.search(text, 0, denial.start()))
            # "Halden has walked away from Fjellpay … The group said it 'does not intend to make
            # an offer' after the board rejected proposals valuing it at £620m": the takeover
            # code's words for the walk-away just told, not a denial.
            and not (
                current is not None
                and current.status == Status.COLLAPSED
                and NO_INTENTION_TO_BID.search(text)
            )
        ):
            if SEPARATE_REPORT.search(text) or OTHER_ASSET_DENIED.match(text, denial.end()):
                # "Both wineries denied a separate report that an Austrian group had offered
                # CZK 600 million for Bouzov alone": another deal denied, not the one told.
                vetoed.update(h.company for h in own)
                current = None
                continue
            if (
                last_told
                and not NO_COMMENT.search(text)
                and all(
                    (
                        d.status in (Status.RUMOURED, Status.IN_TALKS)
                        # … or a deal a report claimed: "The article said X had agreed to
                        # buy 70% of Y. … the company denied the report."
                        or REPORT_CLAIMED.search(text_before)
                    )
                    and {h.company for h in own} <= set(d.parties)
                    for d in last_told
                )
            ):
                # "X has been named in market gossip as a possible bidder for Y. 'We have not
                # been approached,' its chief said.": the rumour just told is denied.
                for deal in last_told:
                    deals.remove(deal)
                    vetoed.update(deal.parties)
            vetoed.update(h.company for h in own)
            denied.update(h.company for h in own)
            if own:
                deniers.add(own[0].company)  # who denies: the sentence's first company
                denial_names.append({h.company for h in own})
                if not NO_COMMENT.search(text):
                    flat_deniers.add(own[0].company)
            current = None
            continue
        if current is not None and words & SWAP_WORDS:
            leg = _swap_leg(sentence, current)
            if leg is not None:
                current = _take(leg, current, deals, meta, sentence, matcher)
                continue
        if current is not None and words & {"seller", "vendor"}:
            _seller_apposed(current, sentence, matcher)
        if current is not None and words & {"sold", "bought", "acquired", "purchased"}:
            _bought_apposed(current, sentence, matcher)
            _bought_from(current, sentence, matcher)
        if (
            current is not None
            and words & REVEAL_WORDS
            and set(current.sentences[-1:]) & {*recent, text}  # (a deal told just now)
        ):
            revealed = _revealed(
                sentence, current.kind, "", current.parties, " ".join(current.sentences)
            )
            if revealed is not None:
                _add_party(current, revealed[0], revealed[1], matcher)
                current.sentences.append(text)
        elif pending is not None and pending[1].text in recent and words & REVEAL_WORDS:
            told_by, first = pending
            revealed = _revealed(sentence, told_by.kind, told_by.voice, told_by.parties, first.text)
            if revealed is not None:
                # "X has rejected a proposal to merge with a Lagos lender. The proposal came
                # from Y": the deal, its other party named now.
                joined = dataclasses.replace(
                    told_by, parties={**told_by.parties, revealed[0]: revealed[1]}
                )
                pending, current = None, _take(joined, current, deals, meta, first, matcher)
                current.sentences.append(text)
        elif current is None and nameless and not deals and words & REVEAL_WORDS:
            lede_reading = nameless[0][0]
            revealed = _revealed(
                sentence, lede_reading.kind, lede_reading.voice, named, nameless[0][1]
            )
            if revealed is not None:
                named[revealed[0]] = revealed[1]
                if _sides(named) == _sides_wanted(lede_reading.kind) and len(named) >= 2:
                    # "A payments group has agreed to buy a lender for $400m. The buyer is
                    # X, … The lender is Y": the lede's deal, its parties named now.
                    joined = dataclasses.replace(lede_reading, parties=dict(named))
                    current = _take(joined, current, deals, meta, sentence, matcher)
                    continue
        recent = (recent[1], text)
        reading = None
        # A sentence that names no company may tell a deal by description alone: "The Kazakh
        # group agreed to buy the Peruvian miner".
        if (
            not own
            and start == spans[0][0]  # the lede only
            and not deals
            and current is None
            and not nameless
            and words & TRIGGER_WORDS
            and not _described_only(sentence, salience)
        ):
            # A lede that names no one ("A London investor has completed its purchase of a
            # chain of hotels"): its status and price, for the deal the story then tells.
            lede = _read(sentence, salience, None)
            if lede is not None and not lede.parties and not sentence.rejected:
                nameless.append((lede, text))
        elif (
            nameless
            and not deals
            and current is None
            and nameless[0][0].kind in MUTUAL_KINDS
            and start
            in (spans[1][0] if len(spans) > 1 else -1, spans[2][0] if len(spans) > 2 else -1)
            and (pair := _pair_named(sentence))
        ):
            # "Two Mindanao rural banks said they were in talks to merge. Butuan Rural Bank and
            # Ozamiz Thrift Bank told the exchange …": the lede's partners, named next.
            lede_reading = nameless[0][0]
            joined = dataclasses.replace(
                lede_reading, parties={pair[0]: Role.PARTNER, pair[1]: Role.PARTNER}
            )
            current = _take(joined, current, deals, meta, sentence, matcher)
            continue
        if (own or current or _described_only(sentence, salience)) and (
            words & TRIGGER_WORDS
            or (current is not None and words & JOIN_WORDS)
            or ("for" in words and DEAL_FOR.search(text.lower()))
            or (_may_be_deal_with(words) and DEAL_WITH.search(text.lower()))
        ):
            reading = _read(sentence, salience, current)
            if (
                sentence.sold_into_market
                and current is not None
                and current in deals
                and current.kind in BUY_KINDS
                and "buyer" not in _sides(current.parties)
            ):
                # "X has sold its entire holding in Y. The shares were sold on the market":
                # no buyer to name, no deal.
                deals.remove(current)
                current = reading = None
            if (
                reading is not None
                and not reading.parties
                and current is not None
                and (ended := IT_ENDED.search(text)) is not None
                and _news_status(text[: ended.end()]) == Status.COLLAPSED
            ):
                # "On Tuesday the regulator blocked it, saying the combination would leave
                # farmers with a single buyer": the end of the deal being told, whatever the
                # reasons given after it name.
                current.status = Status.COLLAPSED
                current.sentences.append(text)
                reading = None
            if (
                reading is not None
                and reading.voice == "sold_by"
                and reading.from_reference
                and current is not None
                and current.kind in BUY_KINDS
                and _sold_by_teller(reading, current)
            ):
                # "X has completed the acquisition of Y. The processor was sold by Z": the
                # company sold is the one just bought, and Z its seller.
                for c, role in reading.parties.items():
                    if role == Role.SELLER and c not in current.parties:
                        _add_party(current, c, Role.SELLER, matcher)
                reading = None
            if (
                reading is not None
                and tender_told
                and (
                    (reading.voice == "rival" and reading.from_reference)
                    # "Minneriya's price was 6% below Hongshui's offer of LKR 19.6 billion":
                    # offers for the work, told after it was won
                    or (
                        not reading.verb
                        and reading.kind == ACQUISITION
                        and words & {"offer", "offers", "bid", "bids"}
                        and not words & COMPANY_DEAL_WORDS
                    )
                )
            ):
                # "X and Y, bidding together, have been shortlisted to rebuild the railway.
                # Their joint bid is up against an offer from Z": bids for the work.
                reading = None
                sentence.rejected = True
            if (
                reading is not None
                and reading.value is None
                and THAT_IS_WHAT.match(text)
                and (told_before := _amount_alone(text_before)) is not None
            ):
                # "Four point six billion kroner. That is what X has agreed to pay for Y."
                reading.value = told_before
            # An idea or a denial rules its companies out of the headline's deal. A deal told
            # as background rules out only a headline deal between the companies it names
            # ("Halden bought Fjellpay in 2019" under "Halden's Fjellpay purchase pays off"):
            # a company's other past deals ("an attempt to combine with a Danish lender was
            # abandoned in 2019") do not hide its news.
            if sentence.rejected and sentence.background is None:
                vetoed.update(h.company for h in own)
                if LONG_AGO.search(text):
                    # "…, four years after the company paid €185m for X": a past deal
                    # beside the idea, which a later "We bought X at the top" tells again.
                    told_as_past.append({h.company for h in own})
            elif sentence.rejected:
                told_as_past.append({h.company for h in own})
            if (
                reading is not None
                and dated_nouns
                and not deals
                and current is None
                and (the_deal := THE_DEAL.search(text)) is not None
                and the_deal.group(0).split()[-1].lower() in dated_nouns
            ):
                # "Minority holders sue X over 2019 merger … X said the merger had been
                # approved by 91% of holders": the deal the headline dates to a past year.
                continue
            if _restated(reading, sentence, deals, told_as_past):
                # "… a write-down on its 2022 acquisition of Fjellpay. Halden paid C$390m for
                # Fjellpay just before prices fell": the deal told as background, restated.
                continue
            if (
                reading is not None
                and background is not None
                and current is None
                and not deals
                and reading.from_reference
                and set(reading.parties) <= set(background[0].parties)
                and THE_DEAL.search(text)
            ):
                # "The company does not dispute that the takeover itself raised no concerns":
                # the deal told as background, named again; news only if it now ends.
                current = _revive(background, sentence, deals, meta, matcher)
                continue
        if reading is None and not deals and current is None and words & TRIGGER_WORDS:
            # "Osprey, which last week agreed to buy Fjellpay, reported higher profits": the
            # deal told in passing; the story's news only if it tells no other and says more.
            reading = _aside_reading(sentence, salience)
            if reading is not None:
                current = _take(reading, current, deals, meta, sentence, matcher)
                continue
        if reading is None and current is not None:
            _consortium_members(current, sentence, matcher)
            _suitor(current, sentence, matcher)
            if words & TALKS_WORDS:
                _talks_with_for(current, sentence, matcher)
            _sellers_named(current, sentence, matcher)
            if current.kind == JOINT_VENTURE and words & {"venture", "own", "hold", "will", "two"}:
                _venture_shares(current, sentence, matcher)
            if words & {"pay", "pays", "paid", "paying"}:
                _paid_to_seller(current, sentence, matcher)
        if reading is None:
            if current is not None and sentence.background is not None:
                _terms_told_before(current, sentence.background, sentence)
                _owner_of_old(current, sentence.background, matcher)
            if sentence.background is not None:
                background = (sentence.background, sentence)
                after_background = True
            elif sentence.rejected:
                pass  # background or an idea: it adds nothing to the deal being told
            elif (
                current is not None
                and (
                    # What follows a deal told as background may be more of it ("That deal
                    # valued Fjellpay at $500m"): it adds to the news deal only when it names
                    # one of its parties ("Halden will pay $300m").
                    not after_background or any(h.company in current.parties for h in own)
                )
                and not (
                    # "… Fjordvik was first to make an offer. It withdrew in May": another
                    # company's act, not the deal's.
                    their_subject is not None
                    and their_subject not in current.parties
                    and OTHER_SUBJECT_PRONOUN.match(text)
                )
                and not (
                    # "… agreed to form a venture. Stavrovouni Finance priced a €200 million
                    # bond": another company's own business, the deal not spoken of.
                    subject is not None
                    and not any(h.company in current.parties for h in own)
                    and not DEAL_SPOKEN_OF.search(text)
                )
            ):
                told = _bidder_told(current, deals, own)
                if _follow_up(told, sentence) and not meta[id(told)]["status_word"]:
                    # "The takeover of X by Y is the subject of a case study. The $1.1bn
                    # deal was completed in 2012": history, not news.
                    meta[id(told)]["history"] = True
            elif background is not None and not deals:
                current = _revive(background, sentence, deals, meta, matcher)
            continue
        after_background = False
        _bidder_withdraws(deals, sentence, subject)
        # A sentence may tell two transactions, one per clause ("… unveiled a deal for X and
        # said it would sell its stake in Y to Z").
        if (
            reading is not None
            and start == spans[0][0]  # the lede only
            # (or one company, told by reference: "A Kenyan insurer has completed its
            # purchase of a Ghanaian general insurance company")
            and (not reading.parties or (len(reading.parties) == 1 and reading.from_reference))
            and (
                reading.value is not None
                or reading.stake is not None
                or reading.status
                in (Status.COMPLETED, Status.COLLAPSED, Status.IN_TALKS, Status.RUMOURED)
            )
            and not deals
        ):
            nameless.append((reading, text))
        while reading is not None:
            if _sells_own_holding(reading, deals):
                # "Segamat withdraws its offer and says it will sell the 9% it bought in the
                # market": a bidder's own shares sold to no one named, not another deal's seller.
                after = reading.end
                reading = _read(sentence, salience, current, after) if after < len(text) else None
                continue
            for part in _each_target(_each_buyer(reading)):
                current = _take(part, current, deals, meta, sentence, matcher)
                if part.parties and not _enough(part) and part.voice != "join":
                    # "X has rejected a proposal to merge with a Lagos lender": a deal whose
                    # other party a later sentence may name ("The proposal came from Y").
                    pending = (part, sentence)
            after = reading.end
            reading = _read(sentence, salience, current, after) if after < len(text) else None
        if current is not None:
            _consortium_members(current, sentence, matcher)
            _suitor(current, sentence, matcher)
            if words & {"bought", "acquired", "purchased"}:
                _bought_from(current, sentence, matcher)  # "…, which it bought from X"
            if words & {"seller", "vendor", "owner", "owners", "parent"}:
                # "… ending a €47 million deal agreed with the seller, Karavanke Zdravje"
                _seller_apposed(current, sentence, matcher)
            if words & {"pay", "pays", "paid", "paying"}:
                _paid_to_seller(current, sentence, matcher)
        if (
            current is not None
            and after < len(text)
            and all(h.company in current.parties for h in sentence.hits if h.start >= after)
        ):
            # "… agreed in 2019 to buy Fjellpay, but the deal collapsed on Monday": a later
            # clause that ends or completes the deal, without a trigger of its own (and
            # naming no one else: "trumping the offer from X that regulators blocked").
            _ended_later(current, text[after:], text)
    told_in_body = bool(deals)
    for reading, sentence in _title_readings(story, salience):
        if any(set(reading.parties) <= past for past in told_as_past):
            continue
        added = _add_title_reading(reading, sentence, deals, meta, matcher, vetoed)
        if added is not None and not told_in_body:
            # The body tells no deal of its own: it is telling this one ("The private
            # equity firm will pay $450m").
            for start, end in spans:
                _follow_up(added, _Sentence(text=body[start:end], start=start, story_hits=[]))
    # "X denied it was in talks to buy Y. A newspaper reported that X had approached Y":
    # the report is the rumour denied, wherever the story tells it.
    deals = [
        deal
        for deal in deals
        if not _denied(deal, denied, deniers, flat_deniers, denial_names)
        and not meta[id(deal)].get("history")
    ]
    told_elsewhere = any(not meta[id(deal)]["in_passing"] for deal in deals)
    deals = [
        deal
        for deal in deals
        if not (meta[id(deal)]["in_passing"] and (told_elsewhere or _only_described(deal)))
    ]
    for deal in deals:
        _still_pursued(deal, body)
        _still_pending(deal, body, len(deals) == 1)
        _owner_sells(deal, body, hits, matcher, deals)
    _swap_sellers(deals, body)
    _compared_value(deals, body, spans, hits)
    _bid_valued(deals, body, hits)
    if _about_a_listing(story.title, body):
        # "Halden is selling existing shares equal to 25% of Fjellpay" in a story about
        # Fjellpay's listing: shares sold to the market, not a deal with a buyer to name.
        deals = [d for d in deals if not (d.kind in BUY_KINDS and "buyer" not in _sides(d.parties))]
    # Two buyers and no one bought or selling ("… raise zł1.2bn to fund a programme of
    # acquisitions. The adviser said it had not named a business it wanted to buy"), or two
    # sellers and nothing else: no transaction an editor could record.
    deals = [
        d
        for d in deals
        if not (
            d.kind in BUY_KINDS
            and len(d.parties) > 1
            and _sides(d.parties) in ({"buyer"}, {"seller"}, {"bought"})
        )
    ]
    if any(d.kind == PARTNERSHIP for d in deals) and NO_EQUITY.search(body):
        # "Neither company is taking a shareholding in the other": a commercial partnership,
        # no deal an editor records.
        deals = [d for d in deals if d.kind != PARTNERSHIP]
    # … nor any deal whose own sentence says so: "X sells software and counts Y among its
    # customers; neither company owns any part of the other".
    deals = [d for d in deals if not any(NO_EQUITY.search(t) for t in d.sentences)]
    value_from_share_count(deals, body)
    _lone_terms(deals, nameless)
    for deal in deals:
        local_currency(deal, matcher)
        if deal.kind in (MERGER, JOINT_VENTURE) or _buyers_split(deal):
            # Companies that merge hand over no part of one another: a share told near a
            # merger is what owners hold after it, or the combined group's share of a market;
            # near a venture formed, how its partners split it ("X will own 60% of the joint
            # venture and Y 40%").
            deal.stake = None
        if deal.stake == 100:
            deal.stake = None  # "agreed to buy 100% of X": the whole company, no part of it
        deal.confidence = _confidence(deal, meta[id(deal)])
    return deals


SEPARATE_REPORT = _words(
    r"\b(?:a|the)\s+(?:separate|different|second|further|later|rival|another|unrelated|new)\s+"
    r"(?:[\w-]+\s+)?(?:report|story|article|rumou?r|offer|bid|approach)\b"
    # "Separately, X denied a report that it was selling its Australian tenements"
    r"|^\W*(?:separately|elsewhere|in\s+other\s+news|in\s+an?\s+(?:separate|unrelated)\s+\w+)\b"
)
# A denial about something else of the company's: "Thiva said it was not in talks about its
# Bulgarian foil plant, which a Turkish company had offered to buy in the spring".
OTHER_ASSET_DENIED = _words(
    r"\s+(?:about|over|on|regarding|concerning|for)\s+(?:the\s+sale\s+of\s+)?(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:plant|factory|mill|mine|unit|division|arm|business|subsidiary"
    r"|operations?|assets?|brand|stake|holding|hotels?|properties|property|tenements?|fleet)\b"
)
REPORT_CLAIMED = _words(
    r"\b(?:article|report|story|website|newspaper|blog|post|column|broadcast)\b[^.;]{0,60}?"
    r"\b(?:said|says|claimed|claims|reported|alleged|suggested|stated)\b"
)
# A story saying its partnership moves no shares: "There is no equity in this", "involved
# no shares", "Neither company is taking a shareholding in the other", "nobody is taking a
# stake".
NO_EQUITY = _words(
    r"\b(?:no|without(?:\s+any)?)\s+(?:[\w-]+\s+){0,2}?(?:equity|shares|shareholding|stakes?"
    r"|cross-shareholdings?)\b(?!\s+(?:price|prices|market|markets|index|rose|fell)\b)"
    r"|\b(?:neither|none)\s+(?:company|side|party|firm|partner|of\s+them|of\s+the\s+\w+)\s+"
    r"(?:is|will\s+be|was)\s+(?:taking|buying|acquiring)\s+(?:a\s+|any\s+)?(?:stake|shareholding"
    r"|shares|equity)\b|\bnobody\s+is\s+(?:taking\s+a\s+stake|buying)\b|\bnot\s+in\s+the\s+shares\b"
    # "Neither holds shares in the other", "neither company owns any part of the other"
    r"|\b(?:neither|none)\s+(?:[\w-]+\s+){0,3}?(?:holds?|owns?|has|have|will\s+(?:hold|own|take))\s+"
    r"(?:a\s+|any\s+)?(?:stake|shares|shareholding|equity|part|piece)\s+(?:in|of)\s+"
    r"(?:the\s+other|each\s+other|one\s+another)\b"
)
# Companies bidding for work or a right: "shortlisted to rebuild the railway", "bidding for
# the port concession", "tendered to build".
TENDER_TOLD = _words(
    r"\b(?:shortlisted|pre-?qualified|bidding|bid|bids|tender(?:s|ed|ing)?|competing|vying"
    # "has won a LKR 18.4 billion contract to rebuild 74 km of canals"
    r"|(?:won|wins|awarded|outbid|outbidding)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,4}?"
    r"(?:contract|tender|concession))\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:to\s+(?:build|rebuild|run|operate|supply|upgrade|construct|modernise"
    r"|modernize|design|manage|extend|develop|finance|maintain|dredge|electrify|host)"
    r"|for\s+(?:the|a|an)\s+(?:[\w$£€¥.,-]+\s+){0,3}?(?:contract|tender|concession|licen[cs]e"
    r"|franchise|project|works))\b"
)
COMPANY_DEAL_WORDS = frozenset(
    "takeover acquisition acquire acquired buy bought stake shares merger buyout".split()
)
WON_WORDS = frozenset("won wins awarded outbid outbidding".split())
CONTRACT_WORDS = frozenset("contract tender concession".split())
TENDER_WORDS = frozenset(
    "shortlisted prequalified pre-qualified bidding bid bids tender tenders tendered tendering"
    " competing vying".split()
)
SELLER_ASKED = _words(
    r"\s*(?:q\s*[:.]\s*)?(?:who\s+(?:is|are|was|were)\s+(?:selling|the\s+sellers?)|who\s+(?:owns|sells)"
    r"(?:\s+it)?|who\s+is\s+the\s+(?:owner|vendor))\s*\?\s*$"
)
# A sentence that takes back the one before: "That was wrong.", "This is incorrect."
WAS_WRONG = _words(
    r"\s*(?:that|this|it|the\s+(?:report|story|figure|article))\s+(?:was|is|were)\s+(?:wrong"
    r"|incorrect|untrue|inaccurate|false|not\s+(?:true|correct|accurate|the\s+case))\b"
)
# A Q&A's question of the price, answered in the next sentence.
PRICE_ASKED = _words(
    r"\s*(?:q\s*[:.]\s*)?(?:(?:and\s+)?for\s+how\s+much|how\s+much(?:\s+(?:is|was|will|did|does)"
    r"[^?]{0,60})?|what(?:['’]s|\s+is|\s+was|\s+will\s+be)\s+the\s+(?:price|bill|cost)[^?]{0,40}"
    r"|the\s+price)\s*\?\s*$"
)
# A sentence that points back to an amount told alone: "That is what X agreed to pay".
THAT_IS_WHAT = _words(r"\s*[\"“]?(?:that|this|it)(?:\s+is|['’]s|\s+was)\s+(?:what|how\s+much)\b")


def _sold_by_teller(reading: _Reading, current: DealFacts) -> bool:
    """A passive sale whose company sold, told by description, came out as the buyer of the
    deal being told: the description was of the company it bought."""
    sold = [c for c, role in reading.parties.items() if SIDE[role] == "bought"]
    return (
        len(sold) == 1
        and current.parties.get(sold[0]) in (Role.ACQUIRER, Role.INVESTOR)
        and "bought" in _sides(current.parties)
        and not any(SIDE[r] == "seller" for r in current.parties.values())
    )


def _amount_alone(text: str) -> Money | None:
    """The amount a sentence of nothing else tells: "Four point six billion kroner."."""
    if len(text) > 120 or not _DIGIT_OR_SPELLED.search(text):
        return None
    text = _DATELINE_DASH.sub("", text, count=1)  # "BODØ, 24. november - Four point six …"
    found = _find_money(spelled_as_digits(text))
    if len(found) != 1:
        return None
    money = found[0]
    rest = spelled_as_digits(text)[: money.start] + spelled_as_digits(text)[money.end :]
    return money if not rest.strip(" .!\"“”'’\n\t—–-") else None


_DATELINE_DASH = re.compile(r"^.{0,60}?\s[—–-]+\s")
_DIGIT_OR_SPELLED = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|half)\b",
    re.IGNORECASE,
)
LEDE_END_OR_COMPLETION = _words(
    r"\b(?:complet(?:ed|es)|closed|finali[sz]ed|wrapped\s+up|collapsed|abandoned|called\s+off"
    r"|scrapped|lapsed|blocked|terminated|walked\s+away|(?:is|was)\s+off|voted\s+down"
    # "Two cable providers … are discussing a merger"
    r"|in\s+talks|discussing|negotiating|in\s+negotiations"
    # "Two regional supermarket chains have started talks about combining"
    r"|(?:started|begun|began|opened|entered|holding|held)\s+(?:[\w-]+\s+)?(?:talks|negotiations)"
    # "… according to two people with knowledge of the negotiations"
    r"|people\s+(?:familiar|with\s+knowledge|close\s+to|briefed)|according\s+to\s+(?:two|three"
    r"|several|people|sources))\b"
)


# Two companies named together as a sentence's subject: "X and Y told …", "X, from
# Santander, and Y voted …".
PAIR_JOINED = re.compile(r"(?:\s*,[^.;,]{1,50},)?\s+and\s+$")


def _pair_named(sentence: _Sentence) -> tuple[Hashable, Hashable] | None:
    hits = sentence.hits
    if (
        len(hits) < 2
        or hits[0].company == hits[1].company
        or sentence.text[: hits[0].start].strip()
    ):
        return None
    if not PAIR_JOINED.fullmatch(sentence.text, hits[0].end, hits[1].start):
        return None
    return hits[0].company, hits[1].company


def _lone_terms(deals: list[DealFacts], nameless: list[tuple[_Reading, str]]) -> None:
    """A deal of one company and a price, told before its other party is named ("A
    Malaysian start-up has raised RM85m in a round led by a local fund. Selasih Ventures led
    the round, Wau Charge said"): the price of the one deal of that kind naming that company
    with others, where it states none."""
    for lone in [d for d in deals if len(d.parties) < 2 and d.value is not None]:
        others = [d for d in deals if d is not lone and d.kind == lone.kind and len(d.parties) >= 2]
        if (
            len(others) == 1
            and (others[0].value is None or others[0].value == lone.value)
            and set(lone.parties) <= set(others[0].parties)
        ):
            told = others[0]
            told.value, told.currency = lone.value, lone.currency
            if told.stake is None:
                told.stake = lone.stake
            told.sentences = lone.sentences + [t for t in told.sentences if t not in lone.sentences]
            deals.remove(lone)
    for reading, lede in nameless[:1]:
        others = [
            d
            for d in deals
            if (d.kind == reading.kind or {d.kind, reading.kind} <= set(BUY_KINDS))
            and len(d.parties) >= 2
        ]
        if len(others) != 1 or not set(reading.parties) <= set(others[0].parties):
            continue
        told = others[0]
        if told.value is None and reading.value is not None:
            told.value, told.currency = reading.value.value, reading.value.currency
        if told.stake is None and reading.stake is not None and told.kind != MERGER:
            told.stake = reading.stake  # "A Dutch lender will take a 35% stake in a rice farm"
        if (
            told.status == Status.ANNOUNCED
            and reading.status
            in (Status.COMPLETED, Status.COLLAPSED, Status.IN_TALKS, Status.RUMOURED)
            # (told in so many words, not by a verb that may also just tell a purchase; an
            # end, talks or a rumour the lede's reading found are such words: "has pulled out
            # of a deal to buy", "a Kathmandu business weekly reported")
            and (
                reading.status in (Status.COLLAPSED, Status.IN_TALKS, Status.RUMOURED)
                or LEDE_END_OR_COMPLETION.search(lede)
            )
        ):
            # "A Chinese metals company has completed its purchase of a smelter. X paid $95m
            # for Y": the lede's end or completion is the deal's.
            told.status = reading.status


# "Segamat withdraws its offer", "Halden has let its bid lapse": a bidder's own bid ended.
WITHDRAWS_BID = _words(
    r"\b(?:withdr[ae]w\w*|pull(?:s|ed|ing)?|drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?"
    r"|scrap(?:s|ped|ping)?|let(?:s)?)\s+(?:its|their)\s+(?:[\w$£€¥.,-]+\s+){0,3}?"
    r"(?:offer|bid|proposal|approach)\b"
)


def _bidder_withdraws(deals: list[DealFacts], sentence: _Sentence, subject) -> None:
    """A sentence opened by a bidder that withdraws its own bid ends that bidder's deal,
    whatever else the sentence goes on to tell."""
    if subject is None or not (
        {
            "withdraws",
            "withdrew",
            "withdrawn",
            "withdrawing",
            "drops",
            "dropped",
            "abandons",
            "abandoned",
            "pulls",
            "pulled",
            "scraps",
            "scrapped",
            "lets",
        }
        & sentence.words
    ):
        return
    ended = WITHDRAWS_BID.search(_main_text(sentence))
    if ended is None:
        return
    for deal in deals:
        if deal.parties.get(subject) == Role.ACQUIRER and deal.status != Status.COMPLETED:
            deal.status = Status.COLLAPSED
            if sentence.text not in deal.sentences:
                deal.sentences.append(sentence.text)


def _sells_own_holding(reading: _Reading, deals: list[DealFacts]) -> bool:
    return (
        reading.voice == "sell"
        and bool(reading.parties)
        and all(role == Role.SELLER for role in reading.parties.values())
        and any(d.parties.get(c) == Role.ACQUIRER for d in deals for c in reading.parties)
    )


# A sentence that opens on a pronoun for its subject, and one that opens by naming a company.
# Not the deal itself: "It collapsed in May", "It was completed on Friday".
OTHER_SUBJECT_PRONOUN = re.compile(
    r"(?:It|They)\s+(?!(?:collaps|fell|fall|clos|complet|laps|expir|end|valu|was|is|has\s+been"
    r"|had\s+been|would\s+be|will\s+be|needs?|requires?|remains?|came|comes|gives?|gave"
    r"|includ|went|goes|took\s+effect|becomes?|became)\w*)"
)
_THE = re.compile(r"(?:The\s+)?")


# A company told doing a deal's act: "Menchum Hydro completed a smaller purchase".
ACTED_AFTER = _words(
    r"\s+(?:has\s+|had\s+|have\s+|also\s+|just\s+|already\s+)*(?:completed|bought|acquired"
    r"|agreed|closed|took\s+over|sold|paid|won|invested|finali[sz]ed|signed)\b"
)


# A sentence that speaks of the deal being told, in its words or by pronoun.
DEAL_SPOKEN_OF = _words(
    r"\b(?:deal|transaction|purchase|acquisition|takeover|merger|sale|offer|bid|price"
    r"|consideration|venture|stake|proceeds|seller|buyer|agreement|talks|terms|it|its|they"
    r"|their)\b"
)
ACTED_WORDS = frozenset(
    "completed bought acquired agreed closed took sold paid won invested finalised finalized"
    " signed".split()
)  # speed: the words ACTED_AFTER needs


def _actor(sentence: _Sentence, salience: _Story) -> Hashable | None:
    """The last company the sentence tells doing a deal's act, if any; else the company it
    opens on by description ("The group has already spent some of the money")."""
    text = sentence.text
    if sentence.story_hits and not ACTED_WORDS.isdisjoint(sentence.words):
        acting = [h for h in sentence.story_hits if ACTED_AFTER.match(text, h.end - sentence.start)]
        if acting:
            return acting[-1].company
    opening = DESCRIBED_SUBJECT.match(text) if text[:4].lower() == "the " else None
    if opening is not None and not sentence.story_hits:
        return salience.described_as(opening.group("noun"), sentence.start)
    return None


DESCRIBED_SUBJECT = _words(
    r"the\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s+(?:has|had|have|is|was|will|would|said|says)\b"
)


def _subject(sentence: _Sentence) -> Hashable | None:
    """The company the sentence opens by naming, after any dateline."""
    if not sentence.story_hits:
        return None
    first = sentence.story_hits[0]
    dateline = DATELINE.match(sentence.text)
    at = dateline.end() if dateline else 0
    opening = _THE.match(sentence.text, at)
    if first.start - sentence.start == (opening.end() if opening else at):
        return first.company
    return None


def _terms_told_before(deal: DealFacts, told: _Reading, sentence: _Sentence) -> None:
    """The price of the deal being told, given where its agreement is dated: "The tribunal
    blocked Halden's purchase of Fjellpay. Halden had agreed in 2024 to pay 118 billion pesos
    for the chain". A plan told as building something together is the joint venture the
    agreement of the same partners names ("… abandoned their plan to build a plant together.
    The two had agreed in 2024 to set up a joint venture")."""
    if (
        deal.kind == PARTNERSHIP
        and told.kind == JOINT_VENTURE
        and (
            (len(told.parties) >= 2 and set(told.parties) <= set(deal.parties))
            or (not told.parties and THE_TWO.search(sentence.text))
        )
    ):
        deal.kind = JOINT_VENTURE
    if deal.value is not None or told.value is None or not told.parties:
        return
    buying = (ACQUISITION, INVESTMENT)
    if deal.kind != told.kind and not (deal.kind in buying and told.kind in buying):
        return
    if not all(
        c in deal.parties and SIDE[deal.parties[c]] == SIDE[r] for c, r in told.parties.items()
    ) or not {"buyer", "bought"} <= _sides(told.parties):
        return
    deal.value, deal.currency = told.value.value, told.value.currency
    if sentence.text not in deal.sentences:
        deal.sentences.append(sentence.text)


def _compared_value(deals: list[DealFacts], body: str, spans, hits: list[Hit]) -> None:
    """A rival bid's price told against the winning one: "Halden will pay NOK 131 a share,
    against the NOK 118 a share, or NOK 6.1bn, in the agreement Fjellpay signed with Nordkap"
    gives the value of Nordkap's deal for Fjellpay when no sentence of its own told it."""
    bought: dict[Hashable, int] = {}
    for deal in deals:
        for company, role in deal.parties.items():
            if SIDE[role] == "bought":
                bought[company] = bought.get(company, 0) + 1
    if not any(n > 1 for n in bought.values()):
        return  # no company with two offers
    for start, end in spans:
        text = body[start:end]
        for compared in COMPARED.finditer(text):
            stop = text.find(";", compared.end())
            stop = len(text) if stop < 0 else stop
            named = {h.company for h in hits if start + compared.end() <= h.start < start + stop}
            rivals = [
                deal
                for deal in deals
                if deal.value is None
                and named <= set(deal.parties)
                and any(bought.get(c, 0) > 1 for c in deal.parties)
                and any(SIDE[deal.parties[c]] == "buyer" for c in named)
            ]
            if len(rivals) != 1:
                continue
            for money in _find_money(text[compared.end() : stop]):
                if not NOT_VALUE_AFTER.match(text, compared.end() + money.end):
                    rivals[0].value, rivals[0].currency = money.value, money.currency
                    break


# "Kvarner's bid, which values the company at €209 million": the bidder's own price, told in
# a relative clause on its bid.
BID_VALUED = _words(
    r"['’]s\s+(?:[\w$£€¥-]+\s+){0,3}?(?:bid|offer|proposal|approach)\s*,\s*which\s+"
    r"(?:values?|valued|would\s+value)\s+(?:it|the\s+(?:[\w-]+\s+)?\w+)\s+at\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?"
)


def _bid_valued(deals: list[DealFacts], body: str, hits: list[Hit]) -> None:
    """The value of a bidder's deal told in a relative clause on its bid, wherever the
    sentence's own reading went: "… recommended the Alpenkorn offer and repeated that
    Kvarner's bid, which values the company at €209 million, undervalues it"."""
    if "which val" not in body and "which would val" not in body:
        return
    written = {(h.text, h.company) for h in hits}
    for match in BID_VALUED.finditer(body):
        # The bidder as the story writes it elsewhere: a name that is also a word may not
        # be a hit here ("their view that Kvarner's bid").
        at = match.start()
        bidder = next(
            (
                c
                for text, c in written
                if body.endswith(text, 0, at)
                and not body[at - len(text) - 1 : at - len(text)].isalnum()
            ),
            None,
        )
        if bidder is None:
            continue
        theirs = [d for d in deals if d.parties.get(bidder) in (Role.ACQUIRER, Role.INVESTOR)]
        money = _find_money(body[match.end() : match.end() + 40])
        if len(theirs) != 1 or not money or money[0].start != 0:
            continue
        deal, price = theirs[0], money[0]
        for other in deals:
            if other is not deal and (other.value, other.currency) == (price.value, price.currency):
                other.value, other.currency = None, ""  # the sentence's other deal took it
        if deal.value is None or deal.value == price.value:
            deal.value, deal.currency = price.value, price.currency


# A story about shares offered to the market.
LISTING = _words(
    r"\b(?:IPO|initial public offering|listing|flotation|stock market debut|market debut"
    r"|public offering)\b"
)
LISTING_HINTS = ("ipo", "public offering", "listing", "flotation", "debut")


SHARE_TOLD = _words(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b|pc\b)")


def _buyers_split(deal: DealFacts) -> bool:
    """Joint buyers' split of what they buy ("Noteć will own 60% of the company and Yeongsan
    40%") is not a stake changing hands: the deal's stake is one of two shares adding up to
    the whole, told where two buyers are named."""
    if deal.stake is None or sum(SIDE[r] == "buyer" for r in deal.parties.values()) < 2:
        return False
    for text in deal.sentences:
        shares = [Decimal(m.group(1)) for m in SHARE_TOLD.finditer(text)]
        if deal.stake in shares:
            shares.remove(deal.stake)
            if any(abs(deal.stake + other - 100) <= 1 for other in shares):
                return True
    return False


def _about_a_listing(title: str, body: str) -> bool:
    # Speed: the pattern over a whole long body costs a millisecond; most stories hold none
    # of its words.
    text = f"{title}\n{body}"
    lowered = text.lower()
    return any(hint in lowered for hint in LISTING_HINTS) and bool(LISTING.search(text))


# A deal told as what a report said: "The newspaper, citing unnamed sources, had said that
# Gilchrist had made an informal offer" (denied by the story, it is the rumour denied).
PRESS_REPORT = _words(
    r"\b(?:newspaper|news\s+agency|magazine|citing|according\s+to|sources"
    # (not a company's own figures: "as it reported a 12% fall in profit")
    r"|report(?:ed|s)?(?!\s+(?:an?\s+|its\s+|their\s+|record\s+|higher\s+|lower\s+)?(?:[\w%.-]+\s+)?"
    r"(?:fall|rise|drop|jump|increase|decline|loss|losses|profit|profits|revenue|revenues|sales"
    r"|results|earnings|growth)\b)"
    r"|people\s+familiar"
    # What a document passed around said: "a letter circulating on social media announcing
    # its sale to X", "a forged memo".
    r"|letter(?!\s+of\s+intent)|memo|social\s+media|circulat(?:ing|ed)|forg(?:ed|ery)|fake|hoax"
    # "named in market gossip as a possible partner for a bid"
    r"|gossip|(?:market|press)\s+(?:talk|chatter))\b"
)


# "declined to comment on 'market speculation'", "does not comment on rumours": no denial.
NO_COMMENT = _words(
    r"\b(?:declin\w+|refus\w+|(?:does|did|do|would|will)\s+not)\s+(?:to\s+)?comment\b"
    r"[^.;]{0,60}?\b(?:speculation|rumou?rs?|reports?)"
)


def _denied(
    deal: DealFacts, denied: set, deniers: set, flat_deniers: set, denial_names: list
) -> bool:
    """A rumour, or a press report, of a deal the story denies: between companies a denial
    names, or (a report) for a company that itself denies being in talks with any buyer."""
    if len(deal.parties) < 2:
        return False
    reported = any(PRESS_REPORT.search(t) for t in deal.sentences)
    if not (deal.status in UNCONFIRMED or reported):
        return False
    if set(deal.parties) <= denied:
        return True
    # A report denied by the company bought, or in so many words by its buyer ("A newspaper
    # reported that Halden was preparing a bid for Fjellpay. Halden said the report was
    # wrong"); a buyer declining to comment on speculation denies nothing.
    # (Not a denial of another deal, naming a company outside this one: "In September X said
    # it had no plans to buy the plants of Z".)
    parties = set(deal.parties)
    return reported and any(
        company in (deniers if SIDE[role] == "bought" else flat_deniers)
        and any(company in named and named <= parties for named in denial_names)
        for company, role in deal.parties.items()
    )


DATED_DEAL = _words(
    r"\b(?:19|20)\d\d\s+(?P<noun>merger|takeover|acquisition|purchase|buyout|sale|deal)\b"
)
# A deal referred to as one already told: "the takeover", "that deal", "the merger itself".
THE_DEAL = _words(
    r"\b(?:the|that|this)\s+(?:takeover|deal|merger|acquisition|purchase|transaction|sale"
    r"|buyout|combination)\b"
)
# Who sold, told after the deal: "The sellers, among them the founders and Napapiiri
# Ventures, may receive …", "The vendors include Nordkap".
SELLERS_NAMED = _words(
    # ("Seller is the Helsinki investor X", as translated copy has it.)
    r"(?:\bthe\s+(?:(?:largest|biggest|main|principal|majority|other|only|second)\s+)?|^\s*)"
    r"(?:sellers|vendors|selling\s+shareholders|former\s+owners|seller|vendor)\b"
    r"(?:\s*,\s*(?:among\s+them|including|led\s+by)|\s+(?:include|included|including|are|were"
    r"|was|is))\b"
    # Briefs' labels: "Seller: X."
    r"|\b(?:sellers?|vendors?)\s*:"
    # Where the shares came from: "The shares came from X", "The stake was to come from X".
    r"|\bthe\s+(?:shares|stake|holding|(?:\d[\d.,]*\s?(?:%|per\s?cent))(?:\s+stake)?)\s+"
    r"(?:came|come|comes|(?:was|were|is|are)\s+(?:to\s+)?(?:come|coming)|will\s+come)\s+from\b"
)


SELLERS_WORDS = frozenset(
    "sellers vendors selling owners seller vendor sellers: vendors: seller: vendor: came come"
    " comes coming".split()
)  # speed: the words SELLERS_NAMED needs
THE_SELLER_IS = _words(r"(?:the\s+|\s*)(?:seller|vendor)\s*(?:is|was|:)")


def _sellers_named(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    """The companies named where a later sentence tells who sold the deal being told."""
    if deal.kind not in BUY_KINDS:
        return
    told = SELLERS_NAMED.search(sentence.text) if sentence.words & SELLERS_WORDS else None
    the_seller = told is not None and bool(THE_SELLER_IS.match(told.group(0)))
    if Role.SELLER in deal.parties.values() and not the_seller:
        return
    if told is None:
        _keeps_after_sale(deal, sentence, matcher)
        if deal.kind == ACQUISITION and {"buyer", "bought"} <= _sides(deal.parties):
            _agreed_with(deal, sentence, matcher)
        return
    end = sentence.text.find(".", told.end())
    named = [
        h.company
        for h in sentence.names_hits
        if h.start >= told.start() and (end < 0 or h.start < end)
    ]
    if the_seller and named and named[0] not in deal.parties:
        # "The seller is the private equity firm X": told outright, it replaces a seller read
        # from a description ("…, its parent, Y, told the exchange").
        for company in [c for c, r in deal.parties.items() if r == Role.SELLER]:
            del deal.parties[company]
            deal.slugs.pop(company, None)
    added = False
    text = sentence.text
    for h in sentence.names_hits:
        if h.start >= told.start() and (end < 0 or h.start < end) and h.company not in deal.parties:
            if CONTEXT_BEFORE.search(text, max(0, h.start - 40), h.start) or CONTEXT_AFTER.match(
                text[h.end : h.end + 60]
            ):
                continue  # "… and was advised on the sale by X": the seller's adviser
            if the_seller and added:
                break  # "The seller is X, a holding company that …": one seller
            _add_party(deal, h.company, Role.SELLER, matcher)
            added = True
    if added and sentence.text not in deal.sentences:
        deal.sentences.append(sentence.text)


# "The 61,5 milliards de FCFA deal was agreed in March with Groupe Nkam Industries": the
# other side of a purchase whose buyer and target are told is its seller.
AGREED_WITH_BEFORE = _words(
    r"\b(?:the|that|this|its)\s+(?:[^\s.;]+\s+){0,6}?(?:deal|agreement|transaction|sale"
    r"|purchase)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:was|had\s+been|has\s+been)\s+(?:agreed|signed"
    r"|struck|reached)\s+(?:[^.;,]{0,25}?\s+)?with\s+(?:the\s+)?$"
)


def _agreed_with(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    if "with" not in sentence.words or not sentence.names_hits:
        return
    text = sentence.text
    for h in sentence.names_hits:
        if h.company not in deal.parties and AGREED_WITH_BEFORE.search(
            text, max(0, h.start - 200), h.start
        ):
            _add_party(deal, h.company, Role.SELLER, matcher)
            if text not in deal.sentences:
                deal.sentences.append(text)
            return


# "Valsesia, which will keep 33% of Cenisio after the sale, said …": what the seller keeps.
KEEPS_AFTER_SALE = _words(
    r"\s*,?\s*(?:which|that|who)?\s*(?:(?:said|says|added)\s+it\s+)?(?:will|would|is\s+to"
    r"|plans\s+to)\s+(?:still\s+)?"
    r"(?:keep|retain|hold\s+on\s+to|continue\s+to\s+(?:own|hold)|remain\s+with)\s+(?:a\s+|an\s+)?"
    r"(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc)|stake|minority|majority)[^.;]{0,50}?"
    r"\b(?:after|following|once|when)\s+(?:the|this|that|its)\s+(?:sale|disposal|divestment"
    r"|sell-?down)\b"
)


def _keeps_after_sale(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    if deal.stake is None and deal.kind != INVESTMENT:
        return
    for h in sentence.names_hits:
        if h.company not in deal.parties and KEEPS_AFTER_SALE.match(sentence.text, h.end):
            _add_party(deal, h.company, Role.SELLER, matcher)
            if sentence.text not in deal.sentences:
                deal.sentences.append(sentence.text)
            return


def _owner_of_old(deal: DealFacts, told: _Reading, matcher: CompanyMatcher) -> None:
    """The company told as having bought the one now sold, years ago, is its seller: "X
    agreed to buy Y for $1bn. Z bought Y in 2015 for $400m" (where no seller is named)."""
    if deal.kind not in BUY_KINDS or "seller" in _sides(deal.parties):
        return
    if told.kind != ACQUISITION:
        return
    bought = [c for c, r in deal.parties.items() if SIDE[r] == "bought"]
    old_buyers = [c for c, r in told.parties.items() if SIDE[r] == "buyer"]
    old_bought = [c for c, r in told.parties.items() if SIDE[r] == "bought"]
    if (
        len(bought) == 1
        and old_bought == bought
        and len(old_buyers) == 1
        and old_buyers[0] not in deal.parties
        and "seller" not in _sides(told.parties)
    ):
        _add_party(deal, old_buyers[0], Role.SELLER, matcher)


# The partners told by their shares of the venture just told: "X will own 51% of the
# venture and Y, based in Jiangsu, 49%".
VENTURE_SHARES = _words(
    r"\b(?:own|owns|hold|holds|have|has|take|takes|get|gets)\s+(?:a\s+)?\d[\d.]*\s?(?:%|per\s?cent)"
    r"\s+(?:stake\s+in\s+|of\s+)the\s+(?:joint\s+)?(?:venture|company|partnership)\b"
)


THE_TWO = _words(r"\b(?:the\s+two\s+(?:companies|groups|firms|sides|partners)|both\s+companies)\b")


def _venture_shares(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    """The companies a sentence gives shares of the venture being told are its partners."""
    text = sentence.text
    told = VENTURE_SHARES.search(text)
    if told is None and len(deal.parties) == 1 and THE_TWO.search(text):
        # "… according to Techiman Poultry, which said the two companies had signed a
        # memorandum": the one other company named is the venture's other partner.
        others = {h.company for h in sentence.hits if h.company not in deal.parties}
        if len(others) == 1:
            _add_party(deal, others.pop(), Role.PARTNER, matcher)
            if text not in deal.sentences:
                deal.sentences.append(text)
        return
    if told is None:
        return
    for h in sentence.hits:
        if h.company not in deal.parties and not CONTEXT_AFTER.match(text[h.end : h.end + 60]):
            _add_party(deal, h.company, Role.PARTNER, matcher)
    if text not in deal.sentences:
        deal.sentences.append(text)


def _add_party(deal: DealFacts, company: Hashable, role: str, matcher: CompanyMatcher) -> None:
    """A party found after the deal was read, with the slug its JSON names it by."""
    deal.parties[company] = role
    deal.slugs[company] = matcher.companies[company].slug


SELLER_APPOSED = _words(
    r"(?:\bthe\s+(?:seller|vendor)\s*(?:,|\s(?:is|was|will\s+be))"
    # "…, its owner Grupo Végueta said on Tuesday" (not "sold to its parent X")
    r"|(?<!\bto )\b(?:its|their)\s+(?:[\w-]+\s+)?(?:owner|owners|parent|parent\s+company)\s*,?)"
    r"\s*(?:the\s+)?"
)


def _seller_apposed(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    """ "The seller, Palmela Investimentos, a holding company owned by three families, said
    …": the company named right after the words is the deal's seller."""
    if deal.kind not in BUY_KINDS or Role.SELLER in deal.parties.values():
        return
    text = sentence.text
    for told in SELLER_APPOSED.finditer(text):
        # "The seller, family holding company Inversiones Macaracas, …": a description may
        # come before the name.
        h = next(
            (
                h
                for h in sentence.names_hits
                if 0 <= h.start - told.end() <= 45
                and not re.search(r"[,.;]", text[told.end() : h.start])
            ),
            None,
        )
        if h is not None and h.company not in deal.parties:
            _add_party(deal, h.company, Role.SELLER, matcher)
            return


# "Pehuenche is paying 340 million bolivianos - about $49m - to Inversiones Quillacollo":
# the buyer's money told going to a company, with no fee or charge between.
PAID_TO_BEFORE = _words(
    r"\b(?:pay|pays|paid|paying)\b(?!(?:[^.;]|\.(?=\d))*?\b(?:fees?|commissions?|interest"
    r"|dividends?|royalt(?:y|ies)|compensation|damages|fines?|penalt(?:y|ies)|wages|rent)\b)"
    # (a decimal point is no sentence's end: "paid NPR 3.9 billion to Ilam Capital")
    r"(?:[^.;]|\.(?=\d)){0,120}?\bto\s+(?:the\s+)?$"
)


# The price told paid, with no payer named: "It was paid in cash to Krabi Rubber Holdings".
PRICE_PAID_PASSIVE = _words(
    r"\s*(?:it|the\s+(?:price|sum|amount|money|consideration|cash|purchase\s+price))\s+"
    r"(?:was|is|will\s+be|has\s+been|had\s+been)\s+(?:being\s+)?paid\b"
)


def _paid_to_seller(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    """The company the deal's buyer, named in the sentence, is paying: the seller, where
    the deal has none."""
    if deal.kind not in BUY_KINDS or not {"buyer", "bought"} <= _sides(deal.parties):
        return
    if Role.SELLER in deal.parties.values():
        return
    text = sentence.text
    buyers = [c for c, r in deal.parties.items() if SIDE[r] == "buyer"]
    for h in sentence.names_hits:
        if h.company in deal.parties:
            continue
        before = text[max(0, h.start - 160) : h.start]
        told = PAID_TO_BEFORE.search(before)
        if told is None:
            continue
        pay_at = h.start - len(before) + told.start()
        if any(
            b.company in buyers and b.end <= pay_at for b in sentence.names_hits
        ) or PRICE_PAID_PASSIVE.match(text):
            _add_party(deal, h.company, Role.SELLER, matcher)
            if text not in deal.sentences:
                deal.sentences.append(text)
        return


BOUGHT_APPOSED = _words(
    r"\bthe\s+(?:company|business|unit|firm|subsidiary|operator|chain)\s+(?:being\s+)?"
    r"(?:sold|bought|acquired|purchased)\s*,\s*(?:the\s+)?"
)


def _bought_apposed(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    """ "… has sold its hotel to X. The company sold, Barentsburg Polar Hotell AS, owns the
    40-room hotel": the company named right after the words is the one sold."""
    if deal.kind not in BUY_KINDS or "bought" in _sides(deal.parties):
        return
    for told in BOUGHT_APPOSED.finditer(sentence.text):
        h = next((h for h in sentence.names_hits if h.start == told.end()), None)
        if h is not None and h.company not in deal.parties:
            _add_party(
                deal, h.company, Role.TARGET if deal.kind == ACQUISITION else Role.INVESTEE, matcher
            )
            return


# "… paid TSh 180bn for the controlling holding, which it bought from X": the seller.
BOUGHT_FROM_BEFORE = _words(
    # ("51% of Bagerhat Clinker Grinding, which it bought from X": the company itself)
    r"(?:\b(?:holding|stake|shares|business|company|chain|unit|it)\s*,?|(?-i:[A-Z])[\w&.'’-]*\s*,)"
    r"\s+(?:which|that)\s+(?:it|they"
    r"|the\s+\w+)\s+(?:has\s+|had\s+)?(?:bought|acquired|purchased|took\s+over)\s+from\s+(?:the\s+)?$"
)


THAT_SOLD_IT_AFTER = _words(
    r"\s*,\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,5}?(?:that|which|who)\s+(?:has\s+|had\s+)?sold\s+"
    r"(?:it|them|the\s+(?:company|business|chain|firm|group|exporter|maker|lender|bank|unit))\b"
)


def _bought_from(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    """The seller told in a relative clause on what the deal bought ("…, which it bought
    from X") or on the seller ("X, the family holding company that sold it"), where none is
    named."""
    if deal.kind not in BUY_KINDS or "seller" in _sides(deal.parties):
        return
    for h in sentence.names_hits:
        if h.company not in deal.parties and (
            BOUGHT_FROM_BEFORE.search(sentence.text, max(0, h.start - 90), h.start)
            or THAT_SOLD_IT_AFTER.match(sentence.text, h.end)
        ):
            _add_party(deal, h.company, Role.SELLER, matcher)
            price = FOR_A_PRICE_AFTER.match(sentence.text, h.end)
            if deal.value is None and price is not None:
                # "…, which it bought from Sumbing Semen of Indonesia for Tk 285 crore"
                money = _find_money(sentence.text[price.end() : price.end() + 50])
                if money and money[0].start == 0:
                    deal.value, deal.currency = money[0].value, money[0].currency
            return


FOR_A_PRICE_AFTER = _words(r"(?:\s+of\s+(?-i:[A-Z])[\w-]*)?\s+for\s+(?:about\s+|some\s+)?")
SAID_EARLIER = _words(
    r"\b(?:said|told|insisted|stated)\s+(?:\w+\s+)?(?:in\s+(?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december|(?:19|20)\d\d)|last\s+(?:week|month"
    r"|year|spring|summer|autumn|winter)|earlier\s+this\s+(?:year|month)|(?:a|two|three|several)"
    r"\s+(?:weeks|months|years)\s+ago)\b"
)
EARLIER_TIME_CLAUSE = _words(r",\s+" + SPAN_OF_TIME + r"\s+(?:after|since)\b[^.;]*$")


def _walked_away_first(text: str, at: int) -> bool:
    """A bidder's end told before a "does not intend to make an offer" is the news ("X has
    abandoned its pursuit of Y, saying it does not intend to make an offer"): the formal
    words of walking away, not a denial of talks."""
    cue = STATUSES[0][1].search(text, 0, at)
    return cue is not None and not _prospect_end(text, cue.start())


# The owner of the company bought, named where the story describes it: "Tsing Yi was owned
# by Shek O Capital", "Shek O Capital, the investment firm that owns Tsing Yi".
OWNED_BY_BETWEEN = _words(
    r"^\s*,?\s*(?:which\s+|that\s+)?(?:is|was|has\s+been|had\s+been|were|are)\s+"
    r"(?:(?:wholly|majority|jointly|currently|now)\s+)?(?:owned|controlled)\s+by\s+(?:the\s+)?$"
    # "…of Laiterie Tadla, currently held by Tassaout Holding": told in an apposition.
    r"|^\s*,?\s*(?:(?:wholly|majority|jointly|currently|now)[\s-]+)?(?:owned|controlled|held)\s+by"
    r"\s+(?:the\s+)?$"
)
# "Brisa Foods, which Corvo Capital has owned since 2015": the owner in a relative clause.
WHICH_BETWEEN = _words(r"^\s*,\s+(?:which|that)\s+$")
# "Daugava Mobile, the Latvian network Nemunas has owned since 2014": the owner in an
# apposition describing the company bought.
DESCRIBED_OWNER_BETWEEN = _words(r"^\s*,\s+(?:the|an?)\s+[^,.;]{0,50}?\s+$")
OWNER_VERB_AFTER = _words(
    r"^\s+(?:has\s+|had\s+)?(?:(?:long|wholly|jointly)\s+)?(?:owned|owns|controlled|controls)\b"
)
PART_OF_BETWEEN = _words(
    r"^\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:platform|unit|arm|division|subsidiary|business"
    r"|brand|operation|operations|chain|portfolio\s+company|investee)\s+of\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
    + PLACE_OF
    + r"$"
    # "the Indian unit of Austria's Semmering Kältetechnik"
)
# "its agreement with Kolpa's owner, Ljubljana-based Kozjansko Holding, had been terminated"
OWNER_NAMED_BETWEEN = _words(
    r"^['’]s?\s+(?:[\w-]+\s+)?(?:owner|owners|parent|parent\s+company|majority\s+shareholder)"
    r"\s*,\s*(?:the\s+)?(?:[\w.&-]+\s+){0,3}?$"
)
OWNS_BETWEEN = _words(
    r"^\s*,\s+(?:(?:the|an?|its)\s+[^,.;]{0,50}?\s+)?(?:that|which|who)\s+(?:owns|controls)"
    r"\s+(?:all\s+of\s+|most\s+of\s+|(?:(?:about|around|roughly|nearly|almost|some|just\s+over"
    r"|more\s+than)\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc)\s+of\s+)?(?:the\s+)?$"
)
OWNS_THE_BOUGHT_AFTER = _words(
    r"\s*,\s+(?:(?:the|an?)\s+[^,.;]{0,50}?\s+)?(?:that|which|who)\s+(?:owns|controls)\s+the\s+"
    r"(?!(?:rest|remainder|remaining|majority|minority|stake|shares|other|land|rights)\b)"
    r"(?:[\w-]+\s+){0,2}?[\w-]+\s*,"
)
IT_OWNED_BY = _words(
    r"\bfor\s+(?:the\s+(?:company|business|group|chain|firm|operator)|it)\s*,\s*which\s+"
    r"(?:is|was)\s+(?:(?:wholly|majority|currently)\s+)?(?:owned|controlled)\s+by\s+"
)
PURCHASE_OF_IT_FROM = _words(
    r"\b(?:purchase|acquisition|takeover|buyout)\s+of\s+(?:the\s+company|it|the\s+business)\s+"
    r"from\s+(?:the\s+)?"
)
_ASIDE = r"(?:\s*,[^.;]{0,90}?,)?"
SELLER_ACTS_AFTER = _words(
    _ASIDE + r"\s+(?:said|says|added)?\s*(?:that\s+)?(?:it\s+)?(?:would|will|plans\s+to"
    r"|intends\s+to|is\s+to|expects\s+to)\s+(?:use|put|spend|return|reinvest|distribute|plough)"
    r"\s+(?:the\s+|its\s+)?(?:net\s+)?(?:proceeds|money|cash)\b"
    r"|" + _ASIDE + r"\s+(?:had\s+|has\s+)?(?:put|placed)\s+(?:it|the\s+[\w-]+|(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+up\s+for\s+sale\b"
    r"|" + _ASIDE + r"\s+(?:had\s+|has\s+)?(?:started|began|begun)\s+(?:looking|searching)\s+for"
    r"\s+a\s+buyer\b"
    r"|\s*,\s+the\s+(?:seller|vendor)\s*,"
    r"|['’]s?\s+exit\s+from\b|\s+an?\s+exit\s+(?:from|after)\b"
)
# "… to its owner, the Vilnius investment company Plateliai Invest", "from its main
# shareholder, Holding Popenguine": the owner of the company bought, in apposition.
OWNER_APPOSED_BEFORE = _words(
    r"\b(?:its|their)\s+(?:main\s+|largest\s+|majority\s+|controlling\s+|sole\s+)?"
    r"(?:owners?|shareholders?|parent|parent\s+company)\s*,\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?$"
)
# "For Corvo Capital, the sale ends a ten-year investment."
FOR_BEFORE = _words(r"(?:^|[.;]\s+)For\s+$")
THE_SALE_AFTER = _words(r"\s*,\s+the\s+(?:sale|disposal|deal|transaction)\b")
# "Corvo Capital, which has owned Brisa since 2015", "Corvo, which owned 100% of Brisa":
# the company bought is named right after.
OWNED_AFTER = _words(
    r"\s*,\s+(?:which|that)\s+(?:has\s+|had\s+)?(?:long\s+)?(?:owned|held|controlled)\s+"
    r"(?:all\s+of\s+|\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+of\s+)?"
)
OWNED_REFERENCE = _words(
    r"(?:the\s+(?:company|business|group|firm|chain|operator|brand|maker)|it)\b(?!\s+until\b)"
)
OWNED_UNTIL_AFTER = _words(r"^[^.;]{0,30}?\b(?:until|till|before|between|from\s+(?:19|20)\d\d)\b")


def _owner_apposed(body: str, hits, h, bought: set) -> bool:
    """ "… for all of Kretinga Rail, …, to its owner, the Vilnius investment company X": X
    owns the company named last before "its owner", which must be the one bought."""
    told = OWNER_APPOSED_BEFORE.search(body, max(0, h.start - 90), h.start)
    if told is None:
        return False
    before = [b for b in hits if told.start() - 200 <= b.start and b.end <= told.start()]
    return bool(before) and before[-1].company in bought


def _owner_sells(
    deal: DealFacts, body: str, hits, matcher: CompanyMatcher, deals: list[DealFacts]
) -> None:
    """A purchase told without a seller: the owner the story names for the company bought
    ("Tsing Yi was owned by Shek O Capital", "talks with Shek O Capital, the firm that owns
    Tsing Yi") is the one selling; not a former owner ("owned by X until 2019"). Only a name
    next to the company bought counts (the patterns hold no sentence end)."""
    if Role.SELLER in deal.parties.values():
        return
    # A stake bought (not new money put in) has a seller too: "agreed to buy 49pc of X".
    bought_stake = (
        deal.kind == INVESTMENT
        and deal.stake is not None
        and any(BUYING.search(text) for text in deal.sentences)
    )
    if deal.kind != ACQUISITION and not bought_stake:
        return
    bought = {c for c, r in deal.parties.items() if SIDE[r] == "bought"}
    if not bought:
        return
    for i, t in enumerate(hits):
        if t.company not in bought:
            continue
        after = hits[i + 1] if i + 1 < len(hits) else None
        before = hits[i - 1] if i else None
        owner = None
        if bought_stake:
            # Only the owner told in the description of the company whose shares are bought:
            # "Halden agreed to buy 20% of Fjellpay. Fjellpay is controlled by Nordkap" may be
            # new shares, the owner no seller.
            if (
                after is not None
                and after.company not in deal.parties
                and PART_OF_BETWEEN.match(body[t.end : after.start])
            ):
                owner = after.company
        elif (
            after is not None
            and after.company not in deal.parties
            and OWNED_BY_BETWEEN.match(body[t.end : after.start])
            and not OWNED_UNTIL_AFTER.match(body[after.end : after.end + 40])
        ):
            owner = after.company
        elif (
            after is not None
            and after.company not in deal.parties
            and DESCRIBED_OWNER_BETWEEN.match(body[t.end : after.start])
            and OWNER_VERB_AFTER.match(body[after.end : after.end + 40])
            and not OWNED_UNTIL_AFTER.match(body[after.end : after.end + 40])
        ):
            owner = after.company
        elif (
            after is not None
            and after.company not in deal.parties
            and WHICH_BETWEEN.match(body[t.end : after.start])
            and OWNER_VERB_AFTER.match(body[after.end : after.end + 40])
            and not OWNED_UNTIL_AFTER.match(body[after.end : after.end + 40])
        ):
            owner = after.company
        elif (
            before is not None
            and before.company not in deal.parties
            and OWNS_BETWEEN.match(body[before.end : t.start])
        ):
            owner = before.company
        elif (
            after is not None
            and after.company not in deal.parties
            and (
                PART_OF_BETWEEN.match(body[t.end : after.start])
                or OWNER_NAMED_BETWEEN.match(body[t.end : after.start])
            )
        ):
            owner = after.company  # "Tolka Homes, the build-to-rent platform of developer X"
        if owner is not None:
            _add_party(deal, owner, Role.SELLER, matcher)
            return
    # "… passed on Monday to Tecelagem, a weaver that completed a 1.9 trillion soum purchase
    # of the company from Marg'ilon Ipak": the seller in the aside describing the buyer.
    buyers = {c for c, r in deal.parties.items() if SIDE[r] == "buyer"}
    for m in PURCHASE_OF_IT_FROM.finditer(body):
        seller = next((h for h in hits if h.start == m.end()), None)
        start = body.rfind(". ", 0, m.start()) + 1
        if (
            seller is not None
            and seller.company not in deal.parties
            and any(h.company in buyers and start <= h.start < m.start() for h in hits)
        ):
            _add_party(deal, seller.company, Role.SELLER, matcher)
            return
    # "… agreed to pay DKK 410 million for the company, which is owned by the Reykjavík
    # investment firm X": the owner of the company bought, told after a reference to it.
    for text in deal.sentences:
        for m in IT_OWNED_BY.finditer(text):
            start = body.find(text)
            owner = next(
                (
                    h
                    for h in hits
                    if 0 <= h.start - (start + m.end()) <= 50
                    and not re.search(r"[,.;]", body[start + m.end() : h.start])
                ),
                None,
            )
            if start >= 0 and owner is not None and owner.company not in deal.parties:
                _add_party(deal, owner.company, Role.SELLER, matcher)
                return
    # "Zemun Agro Holding, the Belgrade investment group that owns the dairy, said …": the
    # owner of the company bought, told by a description of it.
    for h in hits if not bought_stake else ():
        if h.company not in deal.parties and OWNS_THE_BOUGHT_AFTER.match(body, h.end):
            _add_party(deal, h.company, Role.SELLER, matcher)
            return
    # What only the one selling does: "Corvo said it would use the proceeds to pay down
    # debt", "Corvo had put Brisa up for sale in March", "the sale marks Corvo's exit",
    # "Corvo, which has owned Brisa since 2015, …", "Corvo, the seller, said …". Only where
    # the story tells one purchase, and of a company other than the one that acts so.
    if not {"buyer", "bought"} <= _sides(deal.parties):
        return
    if any(other is not deal and other.kind in BUY_KINDS for other in deals):
        return
    sellers = {
        h.company
        for h in hits
        if h.company not in deal.parties
        and (
            SELLER_ACTS_AFTER.match(body, h.end)
            or (
                FOR_BEFORE.search(body, max(0, h.start - 6), h.start)
                and THE_SALE_AFTER.match(body, h.end)
            )
            or _owner_apposed(body, hits, h, bought)
            or (
                (owned := OWNED_AFTER.match(body, h.end)) is not None
                and not OWNED_UNTIL_AFTER.match(body[owned.end() : owned.end() + 40])
                and (
                    OWNED_REFERENCE.match(body, owned.end())
                    or any(b.company in bought and b.start == owned.end() for b in hits)
                )
            )
        )
    }
    if len(sellers) == 1:
        (seller,) = sellers
        _add_party(deal, seller, Role.SELLER, matcher)


# The members of a bidding consortium told after the bid: "The group, which also includes
# Caisse Saguenay and Hollins Capital, …", "The consortium also comprises X", "Other members
# of the consortium are X and Y".
CONSORTIUM_WORDS = ("consortium", "club", "bidding group", "investor group", "suitors")
MEMBERS = _words(
    r"\b(?:consortium|group|club|suitors|bidders|investors)\b,?\s+(?:which\s+|that\s+)?"
    r"(?:also\s+)?(?:includes?|including|comprises?|comprising|is\s+made\s+up\s+of|consists\s+of"
    r"|counts)\b"
    r"|\b(?:other\s+)?members\s+of\s+the\s+(?:consortium|group|club)\s+(?:are|include)\b"
)

MEMBERS_END = _words(
    r"[.;)]|\b(?:which|who|that|first|has|have|had|is|are|was|were|said|says|will|would|made"
    r"|agreed|approached|advised|advises|on|for)\b"
)

# A bidder named for a sale only talked of: "Ampleforth is among the parties that have
# expressed interest", "Nordkap has shown interest", "possible buyers include Osprey",
# "Halden is seen as the likely buyer".
SUITOR = _words(
    r"\bamong\s+(?:the\s+)?(?:parties|bidders|suitors|companies|groups|firms|those|buyers)"
    r"\s+(?:that\s+|who\s+)?(?:have\s+|has\s+|had\s+)?(?:expressed|shown|registered|signalled"
    r"|signaled)\s+(?:an\s+)?interest"
    r"|\b(?:has|have|had)\s+(?:also\s+)?(?:expressed|shown|registered|signalled|signaled)\s+"
    r"(?:an\s+)?interest"
    r"|\b(?:potential|possible|likely|interested|prospective)\s+(?:bidders|buyers|suitors"
    r"|acquirers|parties)\s+(?:include|including|are)"
    r"|\b(?:is|was)\s+(?:seen|regarded|viewed|considered|tipped)\s+as\s+(?:a|the)\s+"
    r"(?:likely|possible|potential|leading|front-?running|favoured|favorite|favourite)\s+"
    r"(?:bidder|buyer|suitor|acquirer)"
)
SUITOR_DENIED = _words(r"\b(?:not|n['’]t|never|no longer|denied|declined)\b[^.;,]{0,40}$")


def _suitor(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    """Add the bidder a sentence names to a talked-of sale that has none."""
    text = sentence.text
    if "interest" not in text and " as " not in text and "include" not in text:
        return
    if deal.kind != ACQUISITION or deal.status not in UNCONFIRMED:
        return
    if any(role == Role.ACQUIRER for role in deal.parties.values()):
        return
    told = SUITOR.search(text)
    if told is None or SUITOR_DENIED.search(text, max(0, told.start() - 40), told.start()):
        return
    new = [h for h in sentence.hits if h.company not in deal.parties]
    if len({h.company for h in new}) == 1:
        _add_party(deal, new[0].company, Role.ACQUIRER, matcher)
        if text not in deal.sentences:
            deal.sentences.append(text)


# A party named after the deal was told by description: "The proposal came from X", "Its
# would-be partner is X", "The buyer is understood to be X", "The chain is X" (after "A Cali
# supermarket chain is exploring a combination with a smaller rival").
REVEAL_WORDS = frozenset("is was came come comes".split())
REVEALED = _words(
    r"(?:the|its|their)\s+(?:(?:would-be|prospective|proposed|potential|intended|likely|mystery"
    r"|unnamed|unidentified|preferred|chosen|winning|other|suitor['’]s)\s+)?(?P<noun>[\w-]+)"
    # "The buyer under discussion is X"
    r"(?:\s+(?:under\s+discussion|in\s+question|being\s+discussed|in\s+the\s+talks))?"
    r"\s+(?:is|was|has\s+been\s+(?:named|identified)\s+as|(?:is|was)\s+(?:understood|said"
    r"|believed|thought|reported|known)\s+to\s+be|turned\s+out\s+to\s+be)"
    r"|the\s+(?:[\w-]+\s+)?(?P<offer>proposal|offer|approach|bid|overture|advances?)\s+"
    r"(?:came|had\s+come|comes|(?:is|was)\s+(?:understood\s+to\s+have\s+)?come)\s+from"
)
REVEALED_BUYER = frozenset("buyer acquirer purchaser bidder suitor investor backer".split())
NOUN_FOR_A_COMPANY = re.compile(rf"{_NOUNS}|house|concern|outfit|rival|suitor", re.IGNORECASE)
FROM_OR_BY_BEFORE = re.compile(r"\b(?:from|by)\s+$", re.IGNORECASE)
_DESCRIBED = r"\b(?:a|an|the|one\s+of)\s+(?:[\w'’-]+\s+){{0,4}}?{noun}s?\b"


def _sides_wanted(kind: str) -> set[str]:
    return {"partner"} if kind in MUTUAL_KINDS else {"buyer", "bought"}


def _revealed(
    sentence: _Sentence, kind: str, voice: str, parties: dict, lede: str
) -> tuple[Hashable, str] | None:
    """The company a sentence names as one the deal told before described, and its role in
    that deal (of `kind`, with `parties` named so far, told in `lede`)."""
    text = sentence.text
    told = REVEALED.match(text)
    if told is None:
        return None
    hit = next((h for h in sentence.names_hits if 0 <= h.start - told.end() <= 2), None)
    if hit is None or hit.company in parties:
        return None
    noun = (told.group("noun") or "").lower()
    buyer = bool(told.group("offer")) or noun in REVEALED_BUYER
    sides = _sides(parties)
    # A description: the deal's own sentences told a company so ("a smaller rival", "a Lagos
    # lender"), and the word is one for a company.
    described = None
    if not (buyer or noun in ("target", "partner")):
        if NOUN_FOR_A_COMPANY.fullmatch(noun):
            described = re.search(_DESCRIBED.format(noun=re.escape(noun)), lede, re.I)
        if described is None:
            return None
    if kind in MUTUAL_KINDS:
        if list(parties.values()).count(Role.PARTNER) >= 2 or noun == "target":
            return None
        return hit.company, Role.PARTNER
    if described is None:
        side = "buyer" if buyer else "bought"
    else:
        # The side the description stands on: before the deal's first word, its subject, who
        # buys ("A payments group has agreed to buy a lender") unless the voice makes the
        # subject the one bought ("A lender has raised $40m"); after it, the one bought,
        # unless "from" or "by" tells the buyer ("an offer from a rival", "bought by a fund").
        first_trigger = next(
            (m.start() for m in re.finditer(r"[\w-]+", lede) if m.group().lower() in TRIGGER_WORDS),
            len(lede),
        )
        if described.start() < first_trigger:
            side = "buyer" if voice in ("active", "") else "bought"
        elif FROM_OR_BY_BEFORE.search(lede, max(0, described.start() - 12), described.start()):
            side = "buyer"
        else:
            side = "bought"
        if voice not in ("active", "passive", "raise", "") or (
            len(missing := {"buyer", "bought"} - sides) == 1 and side not in missing
        ):
            return None
    if side in sides:
        return None
    return hit.company, BUYER_ROLE[kind] if side == "buyer" else BOUGHT_ROLE[kind]


# The companies of a sale being told, named in the talks about it: "Khairpur said it had
# signed a non-binding term sheet with Ulfborg Animal Health for Keenjhar Veterinary", "X is
# in exclusive talks with Lanzones Group for its Mindanao fruit unit, Balikbayan Fresh".
TALKS_WORDS = frozenset("talks negotiations sheet exclusivity discussions intent".split())
TALKS_WITH = _words(
    r"\b(?:term\s+sheet|talks|negotiations|exclusivity|discussions|letter\s+of\s+intent"
    r"|heads\s+of\s+terms)\s+with\s+(?:the\s+)?$"
)
TALKS_FOR = _words(
    r"\s+(?:for|over|about|on|regarding)\s+(?:(?:the\s+)?(?:sale|purchase)\s+of\s+)?"
    r"(?P<unit>(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:unit|business|subsidiary|arm|division"
    r"|operations?|plant|company)\s*,\s*)?$"
)


def _talks_with_for(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    if deal.kind not in BUY_KINDS:
        return
    text = sentence.text
    hits = sentence.names_hits
    for teller, other, sold in zip(hits, hits[1:], hits[2:], strict=False):
        if not (
            TALKS_WITH.search(text, max(teller.end, other.start - 60), other.start)
            and (told := TALKS_FOR.fullmatch(text, other.end, sold.start))
        ):
            continue
        role = deal.parties.get(teller.company)
        if role in (Role.SELLER, Role.TARGET, Role.INVESTEE) and told.group("unit") is None:
            # The seller talks with the buyer about the company sold.
            new = {other.company: BUYER_ROLE[deal.kind], sold.company: BOUGHT_ROLE[deal.kind]}
            if role != Role.SELLER:
                continue
        elif role in (Role.ACQUIRER, Role.INVESTOR) and told.group("unit") is not None:
            # The buyer talks with the owner about its unit.
            new = {other.company: Role.SELLER, sold.company: BOUGHT_ROLE[deal.kind]}
        else:
            continue
        if any(c in deal.parties for c in new) or {SIDE[r] for r in new.values()} & _sides(
            deal.parties
        ):
            return
        for company, new_role in new.items():
            _add_party(deal, company, new_role, matcher)
        deal.sentences.append(text)
        return


# The second leg of a swap: "In return, Nemunas will get Emajõgi Net", "Nordkap will receive
# Halden's card unit, Osprey, in exchange", "For its part, Nordkap takes over Osprey".
SWAP_WORDS = frozenset(("return", "exchange", "part", "swap"))
GET = r"(?:get|gets|getting|receive|receives|receiving|gain|gains|obtain|obtains|take\s+over"
GET += r"|takes\s+over|take|takes|acquire|acquires)"
SWAP_FIRST = _words(
    r"\b(?:in\s+(?:return|exchange)|for\s+(?:its|their)\s+part|under\s+the\s+swap),?\s+"
    r"(?P<subject>[^,.;]{1,60}?)\s+(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?" + GET + r"\s+"
)
SWAP_LAST = _words(
    r"(?P<subject>[^,.;]{1,60}?)\s+(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?"
    + GET
    + r"\s+(?P<object>[^.;]{1,80}?)\s+in\s+(?:return|exchange)\b"
)


def _swap_leg(sentence: _Sentence, deal: DealFacts) -> _Reading | None:
    """The other half of a swap the story tells: the one who gave up a business in `deal`
    takes one from its buyer in return."""
    if deal.kind != ACQUISITION:
        return None
    text = sentence.text
    told = SWAP_FIRST.search(text)
    if told is not None:
        subject_span, object_from = told.span("subject"), told.end()
    else:
        told = SWAP_LAST.search(text)
        if told is None:
            return None
        subject_span, object_from = told.span("subject"), told.start("object")
    buyers = [c for c, r in deal.parties.items() if r == Role.ACQUIRER]
    hits = sentence.names_hits
    subject = next((h.company for h in hits if subject_span[0] <= h.start < subject_span[1]), None)
    if subject is None or len(buyers) != 1 or subject in buyers:
        return None
    # Its own business named as the buyer's ("Halden's card unit"): the first other company.
    bought = next(
        (h.company for h in hits if h.start >= object_from and h.company not in (subject, *buyers)),
        None,
    )
    if bought is None:
        return None
    parties: dict[Hashable, str] = {
        subject: Role.ACQUIRER,
        bought: Role.TARGET,
        buyers[0]: Role.SELLER,
    }
    return _Reading(kind=ACQUISITION, voice="active", parties=parties, status=deal.status)


# A bid the target rejected is over only when the bidder gives up; while the story says it
# presses on ("is considering its options", "remains ready to talk", "could take its offer
# directly to shareholders", "has until December 11 to announce a firm intention") it is
# still a bid talked of.
REJECTED = _words(r"\b(?:reject(?:ed|s)|rebuff\w*|spurn\w*|turned down)\b")
GIVEN_UP = _words(
    r"\b(?:walk(?:ed|s)? away|withdr[ae]w\w*|abandon\w*|terminat\w*|call(?:ed|s)? off|scrapp\w*"
    r"|gave up|given up|pull(?:ed|s)? out|laps(?:ed|es)|block(?:ed|s)|veto\w*|prohibit\w*"
    r"|voted (?:down|against)|(?:will|would) not (?:raise|return|improve|make)|ended|ending)\b"
)
# A rejected proposal whose bidder is still let in: "but would let it carry out due
# diligence", "agreed to open its books".
STILL_ENGAGED = _words(
    r"\bdue\s+diligence\b|\bopen(?:s|ed|ing)?\s+(?:up\s+)?(?:its|the|their)\s+books\b"
    r"|\b(?:agreed|agrees|will|would|is\s+willing)\s+to\s+engage\b"
)
PRESSES_ON = _words(
    r"\bconsider(?:s|ed|ing)? (?:its|their|all) options\b"
    r"|\bremain(?:s|ed)? (?:ready|willing|keen|open) to (?:talk|engage|negotiate)\b"
    r"|\b(?:offer|bid|proposal) directly to (?:the\s+)?(?:[\w’'-]+\s+)?(?:shareholders|investors)\b"
    r"|\bfirm intention\b"
    r"|\b(?:return|come back) with an? (?:higher|improved|new|sweetened|better)\b"
    r"|\b(?:expect|expects|expected|expecting) (?:an? )?(?:higher|improved|sweetened|better)"
    r" (?:offer|bid|proposal)\b"
)


def _bidder_told(current: DealFacts, deals: list[DealFacts], own: list[Hit]) -> DealFacts:
    """The deal a sentence with no trigger of its own adds to: the one being told, unless
    the sentence names the buyer of another deal and no buyer or seller of this one ("…
    rejected an offer from X and backed the bid from Y. X took its bid directly to
    shareholders")."""
    if any(SIDE[current.parties.get(h.company, Role.TARGET)] != "bought" for h in own):
        return current
    for deal in deals:
        if deal is not current and any(
            SIDE[deal.parties.get(h.company, Role.TARGET)] == "buyer" for h in own
        ):
            return deal
    return current


# Not "the Egyptian Exchange", "the stock exchange", "exchange rates".
SWAPPED = _words(
    r"\b(?:swap(?:s|ped|ping)?|(?<!stock\s)(?-i:exchang(?:e|es|ed|ing))(?!\s+rates?\b)"
    r"|trade\s+(?:their|units|assets))\b"
)


def _swap_sellers(deals: list[DealFacts], body: str) -> None:
    """The two legs of a swap: each buyer sells to the other. "Halden will take over
    Fjellpay, Nordkap's unit, while Nordkap will take control of Osprey": Halden sells
    Osprey, when the story tells an exchange."""
    legs = [deal for deal in deals if deal.kind == ACQUISITION]
    if len(legs) < 2:
        return
    # Speed: the pattern's words are looked for first (a search of the whole body with its
    # look-behind costs about a millisecond on a long story).
    lowered = body.lower()
    if ("swap" not in lowered and "exchang" not in body and "trade" not in lowered) or (
        not SWAPPED.search(body)
    ):
        return
    for leg in legs:
        if Role.SELLER in leg.parties.values():
            continue
        buyers = [c for c, r in leg.parties.items() if r == Role.ACQUIRER]
        if len(buyers) != 1:
            continue
        other = [
            o
            for o in legs
            if o is not leg
            and o.parties.get(buyers[0]) == Role.SELLER
            and list(o.parties.values()).count(Role.ACQUIRER) == 1
        ]
        if len(other) == 1:
            seller = next(c for c, r in other[0].parties.items() if r == Role.ACQUIRER)
            if seller not in leg.parties:
                leg.parties[seller] = Role.SELLER
                leg.slugs[seller] = other[0].slugs[seller]


# A purchase told in the past tense that has yet to close: "has acquired X, subject to
# regulatory approval", "The deal is expected to close in the first quarter", "Completion is
# expected in March", "still needs the approval of X's shareholders".
STILL_PENDING = _words(
    r"\b(?<!had\sbeen\s)(?:subject\s+to|pending|conditional\s+(?:on|upon))\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:approvals?|clearances?|consents?|conditions)\b"
    r"|\b(?:is|are|was)\s+(?:now\s+)?expected\s+to\s+(?:close|complete|be\s+completed"
    r"|be\s+finali[sz]ed)\b|\bcompletion\s+is\s+expected\b"
    r"|\b(?:still\s+)?(?:needs?|requires?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:approvals?"
    r"|clearances?|consents?)\b|\b(?:has|have)\s+yet\s+to\s+(?:be\s+)?(?:approved|cleared)\b"
)
# Done, in so many words: such a deal has closed whatever approval it needed.
DONE_IN_WORDS = _words(
    r"\b(?:completed|completes|closed|closes|finali[sz]ed|finali[sz]es|now\s+owns|took\s+control"
    r"|has\s+taken\s+control|cleared\s+the\s+(?:deal|purchase|takeover|acquisition)"
    r"|approved\s+the\s+(?:deal|purchase|takeover|acquisition)|after\s+(?:regulators|the\s+"
    r"regulator|shareholders)\s+(?:cleared|approved))\b"
)


def _still_pending(deal: DealFacts, body: str, only: bool) -> None:
    """A purchase read as done from a past tense ("has acquired") whose sentences say it
    has yet to close is agreed, not completed; the whole story's, where it tells one deal."""
    if deal.status != Status.COMPLETED or deal.kind not in BUY_KINDS:
        return
    told = body if only else " ".join(deal.sentences)
    if STILL_PENDING.search(told) and not DONE_IN_WORDS.search(told):
        deal.status = Status.ANNOUNCED


def _still_pursued(deal: DealFacts, body: str) -> None:
    """A takeover rejected by its target, the bidder not giving up: still talked of."""
    if deal.kind != ACQUISITION or deal.status != Status.COLLAPSED:
        return
    told = " ".join(deal.sentences)
    if not REJECTED.search(told) or GIVEN_UP.search(told):
        return
    if STILL_ENGAGED.search(told):
        # "rejected a proposal from X, but would let it carry out four weeks of due
        # diligence": the two are talking.
        deal.status = Status.IN_TALKS
        return
    if PRESSES_ON.search(body) and not any(
        # "has until December 11 to make a firm offer or walk away": a prospect.
        not _prospect_end(body, m.start())
        and not HEDGED_BEFORE.search(body, max(0, m.start() - 50), m.start())
        for m in GIVEN_UP.finditer(body)
    ):
        deal.status = Status.RUMOURED


def _consortium_members(deal: DealFacts, sentence: _Sentence, matcher: CompanyMatcher) -> None:
    """Add the members a sentence names to the consortium bidding in `deal`."""
    text = sentence.text
    if deal.kind != ACQUISITION or not (
        "includ" in text
        or "compris" in text
        or "member" in text
        or "consist" in text
        or "made up" in text
    ):
        return
    if not any(word in told.lower() for told in deal.sentences for word in CONSORTIUM_WORDS):
        return
    told = MEMBERS.search(text)
    if told is None:
        return
    # The list ends where the sentence goes on to say something else.
    end = MEMBERS_END.search(text, told.end())
    stop = end.start() if end is not None else len(text)
    for hit in sentence.names_hits:
        if told.end() <= hit.start < stop and hit.company not in deal.parties:
            _add_party(deal, hit.company, Role.ACQUIRER, matcher)


# ", which last week agreed to buy Fjellpay,", ", which is buying Fjellpay,": an aside that
# tells its company's own deal; or a person's company's ("Garza, whose company last week
# agreed to sell its tyre unit, Llantas, to Pneus for 5.8 billion pesos, said …").
WHOSE_COMPANY = r"whose\s+(?:company|group|firm|bank|business|employer|conglomerate|lender)"
WHOSE = _words(r",\s+" + WHOSE_COMPANY + r"\b")
# Where a person's aside ends: at the verb that tells what the person said.
ASIDE_SAID = _words(r",\s+(?:said|says|told|added|argued|warned|noted)\b")
ASIDE_DEAL = _words(
    r"^,\s+(?:which|who|"
    + WHOSE_COMPANY
    + r")\s+(?:(?:on\s+\w+day|last\s+(?:week|month)|this\s+(?:week|month)"
    r"|earlier\s+this\s+(?:week|month)|recently)\s+)?(?=(?:has\s+|had\s+)?agreed\s+"
    # "which agreed on Monday to buy": the day may follow the verb too.
    r"(?:(?:on\s+\w+day|last\s+(?:week|month)|this\s+(?:week|month)|earlier\s+this"
    r"\s+(?:week|month))\s+)?to"
    r"|is\s+(?:buying|acquiring|to\s+buy|to\s+acquire)|plans\s+to|will\s+(?:buy|acquire)"
    # "Rumiñahui, which passed into the hands of Chingaza on Monday when Chingaza completed
    # its purchase of the cement maker, named …"
    r"|passed\s+(?:in)?to\s+(?:the\s+)?(?:hands|control|ownership)\s+of"
    # "Glenbuchat, which said on Tuesday that it had agreed to buy Rintoul's for £31m, …"
    r"|said\s+(?:on\s+\w+day\s+)?(?:that\s+)?it\s+(?:had\s+|has\s+)?agreed\s+to)"
)


def _aside_reading(sentence: _Sentence, salience: _Story) -> _Reading | None:
    """The deal an aside tells of the company it describes, read as if the aside were the
    sentence ("Osprey agreed to buy Fjellpay"), marked as told in passing."""
    text = sentence.text
    for a, b in sentence.masked:
        told = ASIDE_DEAL.match(text[a:b])
        if told is None:
            continue
        names = sentence.names_hits
        subject = next((h for h in reversed(names) if h.end <= a and h.end >= a - 2), None)
        if WHOSE.match(text, a):
            # The person's company is the story's main one; the aside runs to "said".
            said = ASIDE_SAID.search(text, a + told.end())
            b = said.start() if said is not None else len(text)
            main = salience.main()
            if main is None or subject is not None:
                continue
            name = salience.matcher.companies[main].name
            subject = Hit(main, a, a, name)
        if subject is None:
            continue
        verb = a + told.end()
        aside = text[verb:b].rstrip(" ,")
        clause = f"{subject.text} {aside}."
        shift = len(subject.text) + 1 - verb
        hits = [Hit(subject.company, 0, len(subject.text), subject.text)] + [
            Hit(h.company, h.start + shift, h.end + shift, h.text)
            for h in names
            if verb <= h.start < b
        ]
        inner = _Sentence(text=clause, start=0, story_hits=hits, words=_words_in(clause))
        reading = _read(inner, salience, None)
        if reading is not None and len(reading.parties) >= 2:
            return dataclasses.replace(reading, in_passing=True, end=len(text))
    return None


UNCONFIRMED = (Status.RUMOURED, Status.IN_TALKS)


def _described_only(sentence: _Sentence, salience: _Story) -> bool:
    """A sentence with a deal word that names no company but describes one by its country:
    "the Kazakh group" once the story has named companies, or "a Chinese battery maker" it
    names later (not "it" or "the company", which tell too little to read a deal on)."""
    return bool(sentence.words & TRIGGER_WORDS) and any(
        m.group("introduced") or (salience.seen and (m.group("nation") or m.group("country")))
        for m in REFERENCE.finditer(sentence.text)
    )


def _only_described(deal: DealFacts) -> bool:
    """ "Fjellpay, now owned by Halden, reported higher sales": the owner named in passing,
    with no word of the deal itself (no price, no "takeover", no sentence adding to it)."""
    return (
        deal.value is None
        and len(deal.sentences) == 1
        and not STATUS_NEWS.search(deal.sentences[0])
    )


def _revive(
    background: tuple[_Reading, _Sentence],
    sentence: _Sentence,
    deals: list[DealFacts],
    meta: dict,
    matcher: CompanyMatcher,
) -> DealFacts | None:
    """A deal told as background becomes the story's news when a later sentence ends or
    completes it and the story tells no other deal: "Halden agreed to buy Fjellpay last
    year. Regulators blocked the deal on Tuesday." Returns the deal, if revived."""
    text = sentence.text
    if not STATUS_NEWS.search(text) or HISTORY.search(text) or LONG_AGO.search(text):
        return None  # "The deal was completed in 2019": still background
    if LATER.search(text):
        return None  # "The deal collapsed a year later"
    if IN_GENERAL.search(text):
        return None  # "An acquisition is a capital transaction, whether or not it completes"
    news = _news_status(text)
    if not news or (news == Status.COLLAPSED and PAUSED_TALKS.search(text)):
        return None
    reading, told = background
    if len(reading.parties) < 2 or not _enough(reading) or reading.status == Status.COMPLETED:
        return None  # a deal done long ago is not this story's news
    deal = _take(reading, None, deals, meta, told, matcher)
    if deal is None:
        return None
    deal.status = news
    deal.sentences.append(text)
    return deal


# An end or a completion spoken of in general, not told.
IN_GENERAL = _words(r"\bwhether\s+or\s+not\b|\b(?:if|unless|until|once)\s+(?:it|they|a|an|the)\b")
NO_INTENTION_TO_BID = _words(
    r"\b(?:does|did)\s+not\s+intend\s+to\s+make\s+(?:an?\s+)?(?:firm\s+)?(?:offer|bid)\b"
)
WOULD_HAVE = _words(r"\bwould\s+have\b")
EARLIER_CLAUSE = _words(r"[\s,]*(?:after|since|following)\b")


def _ended_later(deal: DealFacts, rest: str, sentence: str) -> None:
    if not STATUS_NEWS.search(rest) or LATER.search(rest) or HISTORY.search(rest):
        return
    if ANOTHER_DEAL.search(sentence):
        return  # "tried to buy a Belgian lessor in 2021 but pulled out": another deal
    if EARLIER_CLAUSE.match(rest) or WOULD_HAVE.search(rest):
        # "…, after its tender offer lifted its holding to 95.6%": what came before; "…,
        # saying the deal would have given the buyer control of the cement sold in …": what
        # did not happen.
        return
    news = _news_status(rest)
    if news == Status.COLLAPSED and REJECTED_BEFORE_NEWS.search(rest):
        return  # "…, launching an offer a fortnight after the board turned down an approach"
    if news and not (news == Status.COLLAPSED and PAUSED_TALKS.search(rest)):
        deal.status = news


# A new act told of companies whose old deal the story told: "agreed to buy the rest".
NEW_ACT = _words(
    # "agreed to", "an agreement", not "agreed sales milestones"; "bought more shares", not
    # an earn-out's "up to €40 million more".
    r"\b(?:agreement|agree(?:s|d|ing)?(?=\s+(?:to|on|with|a|an|the|that|in|last|terms|its"
    r"|their|this|earlier|at|for)\b|\s*[,.;])|will|would|plans?|planning|intends?"
    r"|to (?:buy|acquire|sell|merge|invest|take)|offer\w*|bid\w*|talks|rest|remaining|further"
    r"|another|(?<!million )(?<!billion )(?<!bn )(?<!m )more)\b"
)


def _restated(reading, sentence: _Sentence, deals: list, told_as_past: list) -> bool:
    """A deal between companies whose deal the story told as background, told again with
    no news of its own: no day of this story's, no end, and none of the story's deals
    between them yet."""
    if reading is None or len(reading.parties) < 2 or reading.status == Status.COLLAPSED:
        return False
    # (The seller may be named only now: "X, which owned 60% of Y, sold the business to Z".)
    companies = {c for c, role in reading.parties.items() if role != Role.SELLER}
    text = _main_text(sentence)
    return (
        len(companies) >= 2
        and bool(PAST_TRIGGER.search(text))
        and not NEW_ACT.search(text)
        and any(companies <= past for past in told_as_past)
        and not any(companies <= set(deal.parties) for deal in deals)
        and not _told_now(sentence.text)
    )
