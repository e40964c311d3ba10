"""Text helpers shared by the models, the matcher and the importers."""

import re
import unicodedata

# Every character Python counts as white space (tabs, NEL U+0085, no-break spaces, the
# line and paragraph separators U+2028/U+2029, the ideographic space…), mapped to a
# plain space one for one, so offsets into the text stay valid for the matcher.
WHITESPACE = dict.fromkeys((ord(chr(c)) for c in range(0x3001) if chr(c).isspace()), " ")
# Typographic apostrophes and quotes, one for one, so "McDonald’s" and "McDonald's" are
# one name however the copy was typed (curly quotes come from word processors, the prime
# and the modifier letter from careless pasting).
APOSTROPHES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u02bc\u2032\u0060\u00b4"), "'")
QUOTES = dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"')
FOLDS = str.maketrans({**WHITESPACE, **APOSTROPHES, **QUOTES})
_SPACE = re.compile(r" {2,}")


def fold(text: str) -> str:
    """`text` with white space made plain, apostrophes and quotes made straight,
    compatibility forms folded (NFKC: full-width letters, ligatures) and Unicode-aware
    lower-casing (casefold: ß → ss). The length can change (ß → ss); the matcher maps
    offsets back itself."""
    return unicodedata.normalize("NFKC", text.translate(FOLDS)).casefold()


def normalise_name(value: str) -> str:
    """THE form in which two company names or aliases are the same name.

    `fold()`, then runs of white space become one space; so "ALIBABA  Group",
    "Alibaba\u2028Group" and "ａｌｉｂａｂａ group" are one name, and so are "McDonald’s"
    and "McDonald's". The matcher folds text
    with the same `fold()`, so what it finds and what the database calls unique agree.
    """
    return _SPACE.sub(" ", fold(unicodedata.normalize("NFC", value))).strip()


# Markdown to plain text for matching. Regular expressions rather than a full parse: a
# 5,000-word story is stripped in about a millisecond, and only the markup that can sit
# around a name matters here (links, images, emphasis, code, headings, quotes, lists).
_MARKDOWN = [  # (pattern, replacement, characters without which it cannot match)
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1", "!"),  # images: keep the alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1", "]"),  # inline links: keep the text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1", "]"),  # reference links
    (re.compile(r"^\[[^\]]+\]:\s*\S+.*$", re.M), "", "]"),  # link reference definitions
    (re.compile(r"<https?://[^>]+>"), "", "<"),  # autolinks
    (re.compile(r"<[^>\n]+>"), "", "<"),  # raw HTML tags
    (
        re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]*|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", re.M),
        "",
        None,
    ),  # block markers
    (re.compile(r"\*+|~~|`+"), "", "*~`"),  # emphasis, strikethrough, code
    (re.compile(r"(?<!\w)_+|_+(?!\w)"), "", "_"),  # underscore emphasis, not snake_case
]
_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE = re.compile(r"[ \t]*\n[ \t]*")
_SPACES = re.compile(r"[ \t\u00a0]+")


def plain_text(markdown: str) -> str:
    """The words of a Markdown body: markup and URLs removed, paragraphs kept apart."""
    text = markdown.replace("\r\n", "\n")
    for pattern, replacement, needs in _MARKDOWN:
        if needs is None or any(char in text for char in needs):
            text = pattern.sub(replacement, text)
    paragraphs = (_SPACES.sub(" ", _LINE.sub(" ", p)).strip() for p in _PARAGRAPH.split(text))
    return "\n\n".join(p for p in paragraphs if p)


# A sentence ends at ., ! or ? followed by white space (so "Mail.ru" and "$1.2bn" stay
# whole), at a full-width stop (Chinese and Japanese put no space after it), or at a
# paragraph break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|(?<=[。！？])|\n{2,}")
# A full stop that ends an abbreviation or an initial ("J.P. Morgan", "the U.S. company",
# "Proseware Inc. said", "No. 2") ends no sentence, and nor does one followed by a word
# in lower case ("approx. five").
ABBREVIATIONS = frozenset(
    "inc co corp ltd llc plc bhd pty no nos mr mrs ms dr prof st mt jr sr vs etc approx "
    "dept est fig gen gov sen rep rev sgt capt col lt cmdr adm jan feb mar apr jun jul aug "
    "sep sept oct nov dec"
    " u.s u.k u.n e.u u.a.e n.v s.a a.g j.p p.m a.m i.e e.g".split()
)
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_SERIES_BEFORE = re.compile(r"\b(?:series|class|round|phase|tier|grade)\s$", re.IGNORECASE)
# German and Scandinavian scale words ("185 Mio. Euro", "1,3 Mrd. CHF") end no sentence
# before the currency they scale.
_SCALE_ABBREVIATIONS = frozenset("mio mrd mill tsd bio md".split())
_CURRENCY_NEXT = re.compile(
    r"(?:Euro|EUR|CHF|USD|US-Dollar|Dollar|Franken|Pfund|GBP|Kronen|Kronor|Kroner|SEK|NOK|DKK"
    r"|Yen|Zloty|PLN|Forint|[€$£¥])"
)


def _ends_sentence(text: str, start: int, boundary: re.Match) -> bool:
    stop = boundary.start()
    if stop == 0 or text[stop - 1] != ".":
        return True
    following = text[boundary.end() : boundary.end() + 1]
    if following.islower():
        return False
    word = _LAST_WORD.search(text, max(start, stop - 12), stop)
    if word is None:
        return True
    last = word.group(1).lower()
    if len(last) == 1 and _SERIES_BEFORE.search(text, max(start, stop - 12), stop - 2):
        return True  # "… in a Series A. Lead: X": a round's letter, not an initial
    if last in _SCALE_ABBREVIATIONS:
        return not _CURRENCY_NEXT.match(text, boundary.end())
    return not (last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, leading and trailing space excluded."""
    spans, start = [], 0
    for boundary in _SENTENCE_END.finditer(text):
        if "\n\n" not in boundary.group() and not _ends_sentence(text, start, boundary):
            continue
        if text[start : boundary.end()].strip():
            spans.append(_trim(text, start, boundary.end()))
        start = boundary.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
