"""Which companies a story names, how often, where first, and whether it is about them."""

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Hashable
from dataclasses import dataclass
from functools import cached_property

from core.text import plain_text, sentence_spans

from .matcher import CompanyMatcher, Hit, _says_company

ABOUT = "about"
MENTIONS = "mentions"


@dataclass
class CompanyMention:
    company: Hashable
    slug: str
    name: str
    mentions: int
    role: str
    first: str
    in_title: bool

    def as_json(self) -> dict:
        return {
            "company": self.slug,
            "name": self.name,
            "mentions": self.mentions,
            "role": self.role,
            "first": self.first,
        }


@dataclass
class StoryText:
    """A story as the detectors read it: title text and plain body text, with their hits."""

    title: str
    body: str
    title_hits: list[Hit]
    body_hits: list[Hit]

    @classmethod
    def read(cls, matcher: CompanyMatcher, *, headline: str, standfirst: str, body: str):
        title = unicodedata.normalize("NFC", "\n\n".join(p for p in (headline, standfirst) if p))
        text = unicodedata.normalize("NFC", plain_text(body))
        title_hits, body_hits = matcher.find_in([title, text])
        forms = _short_forms(matcher, title_hits + body_hits)
        if forms:
            body_hits = _with_short_forms(text, body_hits, forms)
        return cls(title=title, body=text, title_hits=title_hits, body_hits=body_hits)

    @cached_property
    def body_spans(self) -> list[tuple[int, int]]:
        """The body's sentences, found once for every reader of the story."""
        return sentence_spans(self.body)


# A company named in full is named after by the distinctive word of its name, as copy does:
# "Segamat Agri, a Singapore-listed palm oil group, … Segamat raises its bid". Words that
# name a trade, a legal form or a place's feature say nothing of which company it is.
GENERIC_NAME_WORDS = frozenset(
    """
    group grupo groupe gruppo gruppe holding holdings bank banco banque banca bancorp company
    companies compania companhia compagnie corporation corp industries industrias industrie
    international national global capital partners ventures investments investment inversiones
    investimentos finance financial financiera fund funds trust asset assets management
    securities insurance seguros assurances societe sociedad sociedade cooperativa cooperative
    cooperatief club atletico sporting energy energia energie power foods food agro agri
    agricultural plantations plantation cement ciments cimenterie mining mines minerals metals
    resources pharma pharmaceuticals motors airlines airways telecom logistics shipping
    terminals terminal hotels hotel resorts textiles textile brewery breweries wines wine
    dairy laticinios lacteos empresa empresas first united general royal china asia africa
    europe euro america american saint santa north south east west central new great grand
    the and des del della der die los las les port ports bulk trading traders services
    systems solutions technologies technology tech digital media network networks health
    healthcare medical estates estate properties property realty development developments
    construction engineering steel chemicals chemical oil gas petroleum electric electricity
    water waters mills mill farms farm fisheries seafood marine maritime logistica transport
    transportes retail stores market markets microfinance savings loans credit leasing pay
    payments labs studio studios games entertainment publishing press news advisers advisory
    consulting partners holdings limited ltd plc inc llc gmbh ag sa nv bv ab asa oyj spa srl
    """.split()
)
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’)]?\s+|\n\s*|[—–]\s*|:\s+)$")
_SHORT_FORM_AFTER = re.compile(r"\s+(?-i:[A-Z])|[-&]")  # part of a longer name
_SHORT_FORM_BEFORE = re.compile(
    r"\b(?:mount|mt|lake|river|port\s+of|city\s+of|town\s+of|province\s+of|in|at|near|around"
    r"|across|outside|above|below|over)\s+$|[-&]$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )


_WORD = re.compile(r"[^\W\d_][\w'’.]*")


def _short_forms(matcher: CompanyMatcher, hits: list[Hit]) -> dict[str, Hashable]:
    """The distinctive leading words of the names of the companies a story names in full,
    each of one company only."""
    owners: dict[str, set[Hashable]] = {}
    seen: set[Hashable] = set()
    for hit in hits:
        company = hit.company
        if company in seen:
            continue
        name = matcher.companies[company].name
        if " " not in name or (hit.text != name and _folded(hit.text) != _folded(name)):
            continue  # only where the story has told the whole name
        seen.add(company)
        # The name's leading word, as copy shortens it ("Segamat Agri" → "Segamat").
        word = _WORD.match(name)
        if word is None:
            continue
        first = word.group(0)
        if len(first) >= 4 and first[0].isupper() and _folded(first) not in GENERIC_NAME_WORDS:
            owners.setdefault(first, set()).add(company)
    return {word: next(iter(cs)) for word, cs in owners.items() if len(cs) == 1}


def _with_short_forms(text: str, hits: list[Hit], forms: dict[str, Hashable]) -> list[Hit]:
    present = [(word, company) for word, company in forms.items() if word in text]
    if not present:
        return hits
    taken = bytearray(len(text))
    told: dict[Hashable, int] = {}
    for h in hits:
        taken[h.start : h.end] = b"\x01" * (h.end - h.start)
        told.setdefault(h.company, h.end)
    added = []
    for word, company in present:
        lower = word.lower()
        if lower in text and re.search(rf"(?<![\w]){re.escape(lower)}(?![\w])", text):
            continue  # the word in lower case: an ordinary word, not a name
        for m in re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])").finditer(
            text, told.get(company, len(text))
        ):
            start, end = m.span()
            if any(taken[start:end]):
                continue
            if _SHORT_FORM_AFTER.match(text, end) and not text.startswith("'s", end):
                continue
            if _SHORT_FORM_BEFORE.search(text, max(0, start - 20), start):
                continue
            # Only where the words around it say company: a sentence's subject, "Segamat
            # said", "an offer from Segamat" (not "Guanajuato, Querétaro and …", nor a place's
            # possessive, "Kandy's hotels").
            if not (
                _SENTENCE_START.search(text, max(0, start - 4), start)
                or start == 0
                or _says_company(text, start, end)
            ):
                continue
            added.append(Hit(company=company, start=start, end=end, text=word))
    if not added:
        return hits
    return sorted(hits + added, key=lambda h: h.start)


def suggested_role(*, in_title: bool, mentions: int, most: int) -> str:
    """`about` when the company is central: named in the headline or standfirst, the most
    mentioned (at least twice), or mentioned three times or more and at least half as often
    as the most mentioned."""
    central = (mentions == most and mentions >= 2) or (mentions >= 3 and 2 * mentions >= most)
    return ABOUT if in_title or central else MENTIONS


def detect_companies(matcher: CompanyMatcher, story: StoryText) -> list[CompanyMention]:
    counts: dict[Hashable, int] = {}
    first_hit: dict[Hashable, tuple[str, Hit]] = {}
    for source, hits in (("body", story.body_hits), ("title", story.title_hits)):
        for hit in hits:
            counts[hit.company] = counts.get(hit.company, 0) + 1
            first_hit.setdefault(hit.company, (source, hit))
    in_title = {hit.company for hit in story.title_hits}
    most = max(counts.values(), default=0)
    spans = {"body": story.body_spans, "title": sentence_spans(story.title)}
    texts = {"body": story.body, "title": story.title}
    found = []
    for company, mentions in counts.items():
        source, hit = first_hit[company]
        info = matcher.companies[company]
        found.append(
            CompanyMention(
                company=company,
                slug=info.slug,
                name=info.name,
                mentions=mentions,
                role=suggested_role(in_title=company in in_title, mentions=mentions, most=most),
                first=_sentence_at(texts[source], spans[source], hit.start),
                in_title=company in in_title,
            )
        )
    # Most mentioned first; ties in the order the reader meets them.
    order = {c: i for i, c in enumerate(first_hit)}
    found.sort(key=lambda m: (m.role != ABOUT, -m.mentions, order[m.company]))
    return found


def _sentence_at(text: str, spans: list[tuple[int, int]], position: int) -> str:
    # Spans are in order and do not overlap: the one starting last at or before `position`.
    index = bisect_right(spans, (position, float("inf"))) - 1
    if index >= 0 and spans[index][0] <= position < spans[index][1]:
        return text[spans[index][0] : spans[index][1]]
    return ""
