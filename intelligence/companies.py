"""Which companies a story names, how often, where first, and whether it is about them."""

import unicodedata
from bisect import bisect_right
from collections.abc import Hashable
from dataclasses import dataclass
from functools import cached_property

from core.text import plain_text, sentence_spans

from .matcher import CompanyMatcher, Hit

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
        return cls(title=title, body=text, title_hits=title_hits, body_hits=body_hits)

    @cached_property
    def body_spans(self) -> list[tuple[int, int]]:
        """The body's sentences, found once for every reader of the story."""
        return sentence_spans(self.body)


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
