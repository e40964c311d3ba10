"""The deals a headline and standfirst state, and how they fill the body's."""

import re
from collections.abc import Hashable

from core.text import sentence_spans

from ..companies import StoryText
from ..matcher import CompanyMatcher, Hit
from .context import NATIONALITIES
from .facts import DealFacts
from .kinds import BOUGHT_ROLE, BUYER_ROLE, MUTUAL_KINDS, SIDE, Role, Status, _sides
from .merging import _compatible, _fill_terms, _new_deal
from .reading import _read, _Reading
from .sentences import _Sentence, _spans, _Story
from .status import DENIAL
from .triggers import (
    DEAL_WITH,
    DENIAL_WORDS,
    TRIGGER_WORDS,
    _words_in,
    not_a_deal,
)


def _may_be_deal_with(words: frozenset) -> bool:
    """Speed: the words `DEAL_WITH` needs, before its pattern is searched."""
    return "with" in words and not DEAL_NOUNS.isdisjoint(words)


DEAL_NOUNS = frozenset(("deal", "agreement", "pact"))


def _title_readings(story: StoryText, salience: _Story) -> list[tuple[_Reading, _Sentence]]:
    """The deals the headline and standfirst state ("Acme to buy Zeta for $2bn", "Andes
    Copper agrees $4bn sale to Tundra"): two-sided ones only, since a headline's words are
    few and its grammar clipped."""
    found: list[tuple[_Reading, _Sentence]] = []
    title = story.title
    title_words = _words_in(title)
    if not (title_words & TRIGGER_WORDS or _may_be_deal_with(title_words)):
        return found
    hits = story.title_hits + _short_names(title, title_words, story, salience)
    hits.sort(key=lambda h: h.start)
    for start, end in _spans(title, sentence_spans(title)):
        own = [h for h in hits if start <= h.start < end]
        # One company and an amount: "X raises $9.5 million" gives the price of the body's
        # deal of X, if the body leaves it out (it tells no deal of its own).
        if len(own) < 2 and not (own and any(c.isdigit() for c in title[start:end])):
            continue
        text = title[start:end]
        words = _words_in(text)
        if not_a_deal(words, text):
            continue
        if words & DENIAL_WORDS and DENIAL.search(text):
            continue
        if not (
            words & TRIGGER_WORDS or (_may_be_deal_with(words) and DEAL_WITH.search(text.lower()))
        ):
            continue
        sentence = _Sentence(text=text, start=start, story_hits=own, words=words)
        reading = _read(sentence, salience, None)
        if reading is None:
            continue
        sides = _sides(reading.parties)
        two_sided = len(reading.parties) >= 2 if reading.kind in MUTUAL_KINDS else len(sides) >= 2
        if (two_sided and len(own) >= 2) or (
            len(reading.parties) == 1 and reading.value is not None
        ):
            if reading.status == Status.COMPLETED and not DONE_IN_HEADLINE.search(text):
                # "Fjellpay bought by Halden": a headline's participle is not a completion.
                reading.status = ""
            found.append((reading, sentence))
    return found


DONE_IN_HEADLINE = re.compile(r"\b(?:complet|clos|finali[sz])\w*", re.IGNORECASE)


# First words too common to stand for a company on their own in a headline.
NOT_SHORT_NAMES = frozenset(
    """the a an new first united general national global international china american british
    royal great north south east west northern southern eastern western central first""".split()
)


def _short_names(
    title: str, title_words: frozenset, story: StoryText, salience: _Story
) -> list[Hit]:
    """Headlines shorten names: "Andes Copper agrees sale to Tundra" for Tundra Mining. The
    first word of a company the body names in full stands for it in the headline, where no
    other name is read, when it is capitalised and not a common word."""
    taken = [(h.start, h.end) for h in story.title_hits]
    in_body = dict.fromkeys(h.company for h in story.body_hits)
    found = []
    for company in in_body:
        first = salience.matcher.companies[company].name.split(" ", 1)
        word = first[0]
        if len(first) < 2 or len(word) < 4 or not word[0].isupper():
            continue
        if word.lower() not in title_words:
            continue
        if word.lower() in NOT_SHORT_NAMES or word.lower() in NATIONALITIES:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", title):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append(Hit(company=company, start=m.start(), end=m.end(), text=word))
                taken.append((m.start(), m.end()))
    return found


def _add_title_reading(
    reading: _Reading,
    sentence: _Sentence,
    deals: list[DealFacts],
    meta: dict,
    matcher: CompanyMatcher,
    vetoed: set[Hashable],
) -> DealFacts | None:
    """What the headline states fills the parties the body left out of the same deal (the
    body's "the Chilean miner said its board had accepted the offer" names no buyer); a
    deal the body never tells is the headline's alone. The body's terms and status stand,
    and a side the body names is not added to: a headline often names a rival or an owner
    ("Amazon tops Oracle bid for Proseware", "offer for Hanbit affiliate"). Returns the deal
    the headline alone tells, if any."""
    for deal in deals:
        if not set(deal.parties) & set(reading.parties):
            continue
        if _compatible(deal, reading):
            for company, role in reading.parties.items():
                if company in deal.parties:
                    continue
                if deal.kind in MUTUAL_KINDS:
                    if len(deal.parties) >= 2:
                        continue
                    role = Role.PARTNER
                elif SIDE[role] in _sides(deal.parties):
                    continue
                elif SIDE[role] in ("buyer", "bought"):
                    role = (BUYER_ROLE if SIDE[role] == "buyer" else BOUGHT_ROLE)[deal.kind]
                deal.parties[company] = role
                deal.slugs[company] = matcher.companies[company].slug
            _fill_terms(deal, reading, sentence.text)
        return None  # the body tells a deal of these companies: it knows best
    if set(reading.parties) & vetoed or len(reading.parties) < 2:
        return None  # (one company and an amount only fills a deal the body tells)
    return _new_deal(reading, sentence.text, matcher, deals, meta, parties=dict(reading.parties))
