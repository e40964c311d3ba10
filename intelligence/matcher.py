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
  (a full stop, a possessive apostrophe) is not;
- a name that is also a common word ("Amazon", "Visa", "Sea"), flagged `needs_context` by an
  editor, is never read after an article or determiner ("the Amazon basin", "the Oracle
  of Omaha"), and elsewhere only where the words around it say company ("Amazon said",
  "Visa Inc", "shares in Oracle") or where the same company is named firmly in the same
  story ("Sea's bank" after "Sea Ltd").
"""

import re
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
    needs_context: bool = False


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
    country: str = ""


# Context for names that are also words. Before: an article or determiner rules the name
# out. After: a verb of reporting, a corporate word or a possessive role says company.
_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:the|a|an|this|that|these|those|its|their)\s+$", re.I)
_COMPANY_BEFORE = re.compile(
    r"(?:shares?|stake|holding|investment|stock) (?:in|of)\s+$"
    r"|(?:rival|rivals|competitor|owner|backer|peer|peers)\s+$"
    r"|(?:partnership|agreement|deal|alliance|tie-up|venture|talks|merger|contract"
    r"|partner(?:s|ed|ing)?|team(?:s|ed)? up|merge[sd]?|merging) with\s+$"
    r"|(?:takeover|acquisition|purchase) of\s+$|(?:bid|offer) for\s+$"
    r"|(?:bid|offer|approach|proposal)s? (?:of \S+ )?from\s+$"
    r"|(?:sold|bought|acquired|owned|backed|led|funded|controlled) by\s+$"
    # Named in apposition to a business: "their new rye-bread business, Kama Leib"
    r"|(?:business|company|firm|start-?up|venture|subsidiary|unit|brand|chain|group)\s*,\s*$",
    re.I,
)
_COMPANY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:said|says|say|has|have|had|is|was|will|would|could|can|did|does|agreed"
    r"|announced|reported|declined|plans|planned|bought|acquired|invested|sold|shares|stock"
    r"|chief|executive|ceo|spokesman|spokeswoman|spokesperson|boss|founder|inc|ltd|corp"
    r"|corporation|limited|plc|group|co|sa|ag|nv|holdings|board)\b"
    r"|,\s+(?:the|a|an|which)\s",
    re.I,
)


class CompanyMatcher:
    """An immutable matcher over a set of companies; build once, share, scan many texts."""

    def __init__(self, companies: Iterable[tuple]):
        """`companies`: (key, slug, name, aliases) for each company, optionally followed by
        whether the name itself needs context and the company's country (ISO alpha-2, for
        "the Swedish lender"); an alias is a string or (alias, needs context)."""
        self.companies: dict[Hashable, CompanyInfo] = {}
        self._automaton = ahocorasick.Automaton()
        for key, slug, name, aliases, *rest in companies:
            aliases = [a if isinstance(a, tuple) else (a, False) for a in aliases]
            # An alias spelled as the company's own name, flagged, flags the name.
            flagged = {normalise_name(a) for a, flag in aliases if flag}
            name_needs_context = bool(rest and rest[0]) or (
                bool(flagged) and normalise_name(name) in flagged
            )
            country = rest[1] if len(rest) > 1 else ""
            self.companies[key] = CompanyInfo(slug=slug, name=name, country=country or "")
            self._add(key, name, is_alias=False, needs_context=name_needs_context)
            for alias, flag in aliases:
                self._add(key, alias, is_alias=True, needs_context=flag)
        if len(self._automaton):
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def _add(self, key: Hashable, written: str, *, is_alias: bool, needs_context=False) -> None:
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
                needs_context=needs_context,
            ),
        )

    def find(self, text: str) -> list[Hit]:
        """Every accepted mention in `text`, in reading order, without overlaps.

        Positions are in the NFC form of `text` (accents composed); callers that slice
        around hits read the same form (`StoryText` does).
        """
        return self.find_in([text])[0]

    def find_in(self, texts: list[str]) -> list[list[Hit]]:
        """`find()` for the parts of one story (headline, body…): a name that needs
        context is confirmed by a firm mention of its company in any part."""
        scanned = [self._scan(text) for text in texts]
        firm = {hit.company for hits in scanned for hit, tentative in hits if not tentative}
        return [
            [hit for hit, tentative in hits if not tentative or hit.company in firm]
            for hits in scanned
        ]

    def _scan(self, text: str) -> list[tuple[Hit, bool]]:
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
                candidates.append((start, end, surface))
        # Longest first, then leftmost: a hit is kept unless a longer one already covers it.
        candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken = bytearray(len(text))
        hits = []
        for start, end, surface in candidates:
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                tentative = surface.needs_context and not _says_company(text, start, end)
                if tentative and _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
                    continue
                hit = Hit(company=surface.company, start=start, end=end, text=text[start:end])
                hits.append((hit, tentative))
        hits.sort(key=lambda h: h[0].start)
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


def _says_company(text: str, start: int, end: int) -> bool:
    """Do the words around a name that is also a common word say it is the company?"""
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return bool(_COMPANY_AFTER.match(text, end)) and text[end : end + 1] != ","
    return bool(
        _COMPANY_AFTER.match(text, end) or _COMPANY_BEFORE.search(text, max(0, start - 20), start)
    )
