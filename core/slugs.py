"""Slugs for addresses: short, ASCII, unique.

Names written in another script get a transliterated slug ("Мэйл.ру" → "meylru",
"阿里巴巴" → "alibaba") rather than a Unicode one: ASCII addresses survive every mail
client, chat app and log line a story's link is pasted into, and read the same to editors.
"""

from anyascii import anyascii
from django.utils.text import slugify


def slug_base(text: str, *, max_length: int, fallback: str) -> str:
    """`text` as a slug of at most `max_length` characters, cut at a word boundary."""
    slug = slugify(anyascii(text or ""))
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[:max_length] else slug[:max_length]
    return slug.strip("-") or fallback


# A story's address is its headline's first words, short enough to read and to share.
STORY_SLUG_LENGTH = 60
# Words an address does not end on: "alibaba-in-talks-with-the" reads as cut off.
STOP_TAIL = frozenset(
    "a an and as at but by for from in into is of on or that the to via was with".split()
)


def short_slug(text: str, *, max_length: int = STORY_SLUG_LENGTH, fallback: str) -> str:
    """The first words of `text` as a slug of at most `max_length` characters, cut at a
    word boundary and never ending on a small word ("of", "the", "and", "to", "in"…)."""
    words = slug_base(text, max_length=max_length, fallback="").split("-")
    while len(words) > 1 and words[-1] in STOP_TAIL:
        words.pop()
    return "-".join(words) or fallback


def unique_slug(
    model,
    text: str,
    *,
    fallback: str,
    max_length: int | None = None,
    short: bool = False,
    exclude_pk: object = None,
) -> str:
    """A slug for `text` that no row of `model` has yet: "name", then "name-2", "name-3"…

    One query, whatever the number of rows already taking "name" or "name-N". `short`
    makes the base a `short_slug()`; `exclude_pk` leaves out the row being edited.
    """
    field_length = model._meta.get_field("slug").max_length
    length = min(max_length or field_length, field_length - 6)
    if short:
        base = short_slug(text, max_length=min(length, STORY_SLUG_LENGTH), fallback=fallback)
    else:
        base = slug_base(text, max_length=length, fallback=fallback)
    rows = model._default_manager.filter(slug__startswith=base)
    if exclude_pk is not None:
        rows = rows.exclude(pk=exclude_pk)
    taken = set(rows.values_list("slug", flat=True))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
