"""Text helpers shared by the models, the matcher and the importers."""

import re
import unicodedata

from django.utils.text import slugify

_SPACE = re.compile(r"\s+")


def normalise_name(value: str) -> str:
    """The form in which two company names or aliases are the same name.

    NFKC folds compatibility forms (full-width letters, ligatures), casefold() is the
    Unicode-aware lower-casing (ß → ss), and runs of white space become one space; so
    "ALIBABA  Group", "Alibaba Group" and "ａｌｉｂａｂａ group" are one name.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", value).casefold()).strip()


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


def unique_slug(model, text: str, *, fallback: str) -> str:
    """A slug for `text` that no row of `model` has yet: "name", then "name-2", "name-3"…"""
    max_length = model._meta.get_field("slug").max_length - 6
    base = slugify(text)[:max_length] or fallback
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
