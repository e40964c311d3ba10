"""Limits on what editors and importers may store, and the checks that apply them.

Each limit is a setting with a default here; `newsroom/settings/base.py` lets the
environment set any of them. The models' validation (and so the admin's forms) and the
importers ask the same functions, so a story body, a name or a tag refused in one place is
refused in every other.

- NEWSROOM_MAX_BODY_CHARS: a story body (and a company description). A 30,000-word long
  read is about 200,000 characters; a 55 MB body is a mistake or an attack, and would be
  served as a 55 MB page.
- NEWSROOM_MAX_NAME_CHARS: names of companies, aliases and authors (never more than their
  columns, 200).
- NEWSROOM_MAX_TAG_CHARS: a tag (never more than taggit's column, 100).
- NEWSROOM_MAX_IMPORT_BYTES: one import file, checked before it is read.
- NEWSROOM_MAX_IMPORT_DEPTH: nesting of lists and mappings in JSON and YAML (the formats
  need three levels): a 100,000-deep document exhausts the parsers' stacks.
- NEWSROOM_MAX_NUMBER_DIGITS: digits in a number read from JSON or YAML. Python refuses to
  convert an integer of more than 4,300 digits with a bare ValueError; no field holds one.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError

DEFAULTS: dict[str, int] = {
    "NEWSROOM_MAX_BODY_CHARS": 250_000,
    "NEWSROOM_MAX_NAME_CHARS": 200,
    "NEWSROOM_MAX_TAG_CHARS": 100,
    "NEWSROOM_MAX_IMPORT_BYTES": 20 * 1024 * 1024,
    "NEWSROOM_MAX_IMPORT_DEPTH": 20,
    "NEWSROOM_MAX_NUMBER_DIGITS": 50,
}

# The columns the name and tag limits may not exceed.
NAME_COLUMN = 200
TAG_COLUMN = 100

_JSON_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_INTEGER = re.compile(r"[-+]?[0-9][0-9_]*")


def setting(name: str) -> int:
    return int(getattr(settings, name, DEFAULTS[name]))


def max_body_chars() -> int:
    return setting("NEWSROOM_MAX_BODY_CHARS")


def max_name_chars() -> int:
    return min(setting("NEWSROOM_MAX_NAME_CHARS"), NAME_COLUMN)


def max_tag_chars() -> int:
    return min(setting("NEWSROOM_MAX_TAG_CHARS"), TAG_COLUMN)


def max_import_bytes() -> int:
    return setting("NEWSROOM_MAX_IMPORT_BYTES")


def max_depth() -> int:
    return setting("NEWSROOM_MAX_IMPORT_DEPTH")


def max_number_digits() -> int:
    return setting("NEWSROOM_MAX_NUMBER_DIGITS")


def shown(value: str, width: int = 40) -> str:
    """A value quoted for a message, cut short: a message must not repeat a 55 MB body."""
    return repr(value if len(value) <= width else value[:width] + "…")


def line_of(text: str, index: int, first: int = 1) -> int:
    """The line (counted from `first`) that character `index` of `text` is on."""
    return text.count("\n", 0, index) + first


def text_problem(value: str, *, max_chars: int | None = None) -> str | None:
    """What is wrong with a text value, or None: a NUL byte (PostgreSQL cannot store one,
    and nothing typed or pasted holds one), or more characters than the limit."""
    if "\x00" in value:
        return f"holds a NUL byte (\\x00) at character {value.index(chr(0)) + 1}"
    if max_chars is not None and len(value) > max_chars:
        return f"is {len(value):,} characters long; the limit is {max_chars:,}"
    return None


def field_errors(instance, fields: dict[str, int | None], exclude=None) -> dict[str, list[str]]:
    """A model's `clean_fields()` errors for the text `fields` (name → limit or None)."""
    errors: dict[str, list[str]] = {}
    for name, max_chars in fields.items():
        value = getattr(instance, name, None)
        if (exclude and name in exclude) or not isinstance(value, str):
            continue
        if problem := text_problem(value, max_chars=max_chars):
            errors[name] = [f"This text {problem}."]
    return errors


def validate_body(value: str) -> None:
    """A validator for story bodies, by NEWSROOM_MAX_BODY_CHARS."""
    if problem := text_problem(value, max_chars=max_body_chars()):
        raise ValidationError(f"The body {problem}.", code="body")


def file_size_problem(size: int) -> str | None:
    if size > (limit := max_import_bytes()):
        return f"the file is {size:,} bytes; the limit is {limit:,} (NEWSROOM_MAX_IMPORT_BYTES)"
    return None


def nul_line(text: str, first: int = 1) -> int | None:
    """The line of the first NUL byte in `text`, or None."""
    index = text.find("\x00")
    return None if index < 0 else line_of(text, index, first)


def json_depth_problem(text: str) -> tuple[int, str] | None:
    """(line, message) where a JSON document nests deeper than the limit, or None.

    Counted without parsing (the parser itself is what a deep document breaks): one regular
    expression finds the brackets and steps over strings, so "[[" in a value counts for
    nothing.
    """
    limit, depth = max_depth(), 0
    for match in _JSON_BRACKETS.finditer(text):
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > limit:
                return line_of(text, match.start()), f"lists and objects nest deeper than {limit}"
        elif char in "]}":
            depth -= 1
    return None


def long_number(value: str) -> bool:
    """Is `value` an integer of more digits than the limit?"""
    return len(value) > max_number_digits() and bool(_INTEGER.fullmatch(value))


class NumberTooLong(ValueError):
    """A number in a document has more digits than NEWSROOM_MAX_NUMBER_DIGITS."""

    def __init__(self, digits: str):
        self.digits = digits
        super().__init__(f"a number of {len(digits):,} digits (the limit is {max_number_digits()})")


def bounded_int(text: str) -> int:
    """`json.loads`' parse_int: an absurdly long number is refused before Python tries to
    convert it (and fails with a bare ValueError past 4,300 digits)."""
    if len(text) > max_number_digits():
        raise NumberTooLong(text)
    return int(text)


def bounded_float(text: str) -> float:
    """`json.loads`' parse_float, by the same limit (no field takes a 5,000-digit number)."""
    if len(text) > max_number_digits():
        raise NumberTooLong(text)
    return float(text)
