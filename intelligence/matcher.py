"""Finding company names and aliases in text, all at once.

One Aho–Corasick automaton (pyahocorasick) holds every name and alias, folded the way
`normalise_name` folds them, so a story is scanned once whatever the size of the gazetteer.
Each raw hit is then checked against the rules a reader would apply:

- whole words only: "Ant Financial" is not in "Antarctica", "Tmall" not in "Tmallx"; the
  edge rule is skipped on a side where the name starts or ends in a Chinese or Japanese
  character, since those scripts put no spaces between words;
- the longest name wins where hits overlap: "Telenor Microfinance Bank", not "Telenor";
- short all-capital aliases ("RDIF", "VK") match only as written; other names match in any
  case, except that a capitalised name does not match an all-lower-case word, so "Grab" the
  company is not "grab" the verb;
- punctuation inside names ("Mail.ru", "JD.com") is part of the name, punctuation after it
  (a full stop, a possessive apostrophe) is not.
"""

import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import ahocorasick

from core.text import fold, normalise_name

EXACT_CASE_MAX_LENGTH = 5


def fold_with_origin(text: str) -> tuple[str, list[int] | None]:
    """`text` (already NFC) folded as `core.text.fold` folds it, and where each folded
    character came from.

    The map is None when folding kept every character in place, which is nearly always:
    the per-character path runs only for the rare characters that NFKC or casefold()
    expand (ß → ss, ligatures).
    """
    folded = fold(text)
    if len(folded) == len(text):
        return folded, None
    pieces, origin = [], []
    for index, char in enumerate(text):
        piece = fold(char)
        pieces.append(piece)
        origin.extend([index] * len(piece))
    return "".join(pieces), origin


def _unspaced_script(char: str) -> bool:
    """Chinese, Japanese kana: scripts written without spaces between words."""
    return (
        "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"
    )


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class Surface:
    """One way of writing a company's name, as stored in the automaton."""

    company: Hashable
    written: str
    length: int
    exact_case: bool
    capitalised: bool
    open_start: bool
    open_end: bool


@dataclass(frozen=True)
class Hit:
    company: Hashable
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CompanyInfo:
    slug: str
    name: str


class CompanyMatcher:
    """An immutable matcher over a set of companies; build once, share, scan many texts."""

    def __init__(self, companies: Iterable[tuple]):
        """`companies`: (key, slug, name, aliases) for each company, optionally followed by
        whether the name itself needs context; an alias is a string or (alias, needs
        context)."""
        self.companies: dict[Hashable, CompanyInfo] = {}
        self._automaton = ahocorasick.Automaton()
        for key, slug, name, aliases, *_rest in companies:
            self.companies[key] = CompanyInfo(slug=slug, name=name)
            self._add(key, name, is_alias=False)
            for alias in aliases:
                alias = alias[0] if isinstance(alias, tuple) else alias
                self._add(key, alias, is_alias=True)
        if len(self._automaton):
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def _add(self, key: Hashable, written: str, *, is_alias: bool) -> None:
        written = unicodedata.normalize("NFC", written.strip())
        folded = normalise_name(written)
        if not folded or folded in self._automaton:
            return  # The first company to claim a spelling keeps it.
        letters = [c for c in written if c.isalpha()]
        exact = is_alias and len(written) <= EXACT_CASE_MAX_LENGTH and written.isupper()
        self._automaton.add_word(
            folded,
            Surface(
                company=key,
                written=written,
                length=len(folded),
                exact_case=exact,
                capitalised=any(c.isupper() for c in letters),
                open_start=_unspaced_script(folded[0]),
                open_end=_unspaced_script(folded[-1]),
            ),
        )

    def find(self, text: str) -> list[Hit]:
        """Every accepted mention in `text`, in reading order, without overlaps.

        Positions are in the NFC form of `text` (accents composed); callers that slice
        around hits read the same form (`StoryText` does).
        """
        if not text or not len(self._automaton):
            return []
        text = unicodedata.normalize("NFC", text)
        folded, origin = fold_with_origin(text)
        candidates = []
        for last, surface in self._automaton.iter(folded):
            start, end = last - surface.length + 1, last + 1
            if origin is not None:
                start, end = origin[start], origin[end - 1] + 1
            if self._accepts(text, start, end, surface):
                candidates.append((start, end, surface.company))
        # Longest first, then leftmost: a hit is kept unless a longer one already covers it.
        candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken = bytearray(len(text))
        hits = []
        for start, end, company in candidates:
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                hits.append(Hit(company=company, start=start, end=end, text=text[start:end]))
        hits.sort(key=lambda h: h.start)
        return hits

    @staticmethod
    def _accepts(text: str, start: int, end: int, surface: Surface) -> bool:
        if start > 0 and not surface.open_start and _is_word_char(text[start - 1]):
            if not _unspaced_script(text[start - 1]):
                return False
        if end < len(text) and not surface.open_end and _is_word_char(text[end]):
            if not _unspaced_script(text[end]):
                return False
        found = text[start:end]
        if surface.exact_case:
            return found == surface.written
        if surface.capitalised and found.islower():
            return False
        return True
