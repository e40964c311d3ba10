"""Text helpers shared by the models, the matcher and the importers."""

import re
import unicodedata

# Every character Python counts as white space (tabs, NEL U+0085, no-break spaces, the
# line and paragraph separators U+2028/U+2029, the ideographic space…), mapped to a
# plain space one for one, so offsets into the text stay valid for the matcher.
WHITESPACE = str.maketrans(dict.fromkeys((chr(c) for c in range(0x3001) if chr(c).isspace()), " "))
_SPACE = re.compile(r" {2,}")


def fold(text: str) -> str:
    """`text` with white space made plain, compatibility forms folded (NFKC: full-width
    letters, ligatures) and Unicode-aware lower-casing (casefold: ß → ss). The length can
    change (ß → ss); the matcher maps offsets back itself."""
    return unicodedata.normalize("NFKC", text.translate(WHITESPACE)).casefold()


def normalise_name(value: str) -> str:
    """THE form in which two company names or aliases are the same name.

    `fold()`, then runs of white space become one space; so "ALIBABA  Group",
    "Alibaba\u2028Group" and "ａｌｉｂａｂａ group" are one name. The matcher folds text
    with the same `fold()`, so what it finds and what the database calls unique agree.
    """
    return _SPACE.sub(" ", fold(unicodedata.normalize("NFC", value))).strip()


# Markdown to plain text for matching. Regular expressions rather than a full parse: a
# 5,000-word story is stripped in about a millisecond, and only the markup that can sit
# around a name matters here (links, images, emphasis, code, headings, quotes, lists).
_MARKDOWN = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: keep the alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links: keep the text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"^\[[^\]]+\]:\s*\S+.*$", re.M), ""),  # link reference definitions
    (re.compile(r"<https?://[^>]+>"), ""),  # autolinks
    (re.compile(r"<[^>\n]+>"), ""),  # raw HTML tags
    (
        re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]*|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", re.M),
        "",
    ),  # block markers
    (re.compile(r"\*+|~~|`+"), ""),  # emphasis, strikethrough, code
    (re.compile(r"(?<!\w)_+|_+(?!\w)"), ""),  # underscore emphasis, not snake_case
]
_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE = re.compile(r"[ \t]*\n[ \t]*")
_SPACES = re.compile(r"[ \t\u00a0]+")


def plain_text(markdown: str) -> str:
    """The words of a Markdown body: markup and URLs removed, paragraphs kept apart."""
    text = markdown.replace("\r\n", "\n")
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    paragraphs = (_SPACES.sub(" ", _LINE.sub(" ", p)).strip() for p in _PARAGRAPH.split(text))
    return "\n\n".join(p for p in paragraphs if p)


# A sentence ends at ., ! or ? followed by white space (so "Mail.ru" and "$1.2bn" stay
# whole), at a full-width stop (Chinese and Japanese put no space after it), or at a
# paragraph break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|(?<=[。！？])|\n{2,}")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, leading and trailing space excluded."""
    spans, start = [], 0
    for boundary in _SENTENCE_END.finditer(text):
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
