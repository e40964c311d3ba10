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


def unique_slug(model, text: str, *, fallback: str, max_length: int | None = None) -> str:
    """A slug for `text` that no row of `model` has yet: "name", then "name-2", "name-3"…

    One query, whatever the number of rows already taking "name" or "name-N".
    """
    field_length = model._meta.get_field("slug").max_length
    base = slug_base(
        text, max_length=min(max_length or field_length, field_length - 6), fallback=fallback
    )
    taken = set(model._default_manager.filter(slug__startswith=base).values_list("slug", flat=True))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
