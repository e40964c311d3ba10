"""Markdown with pictures from the library: `![alt](image:42 "size")`.

The address is `image:` and the picture's library number; the title, if any, is a size:
`small`, `medium` or `wide` (the default). The alt text in the brackets is used when
given, the library's otherwise. A picture alone in its paragraph is a figure with the
library's caption and credit; one inside a sentence is just the picture. The markup goes
through the same sanitiser as the rest of the body (core/markup.py).
"""

import re
from dataclasses import dataclass, field

from django.utils.html import format_html

from core.markup import render_markdown

from .models import Image
from .picture import BODY_SIZES, DEFAULT_BODY_SIZE, picture_html

# A superset of the references (it also sees ones inside code), to fetch them in one query.
REFERENCE = re.compile(r"\]\(\s*<?image:(\d+)")


@dataclass
class Rendered:
    html: str
    used: list[int] = field(default_factory=list)  # library ids, in reading order
    unknown: list[str] = field(default_factory=list)  # references to no picture
    bad_sizes: list[str] = field(default_factory=list)
    missing_alt: list[int] = field(default_factory=list)  # no alt text anywhere


def referenced_ids(source: str) -> set[int]:
    return {int(n) for n in REFERENCE.findall(source or "")}


def render_body(source: str) -> Rendered:
    """Render `source` with its library pictures (one query for all of them)."""
    ids = referenced_ids(source)
    pictures = Image.objects.in_bulk(ids) if ids else {}
    result = Rendered(html="")

    def embed(ref: str, alt: str, size: str, block: bool) -> str | None:
        image = pictures.get(int(ref)) if ref.isdigit() else None
        if image is None:
            result.unknown.append(ref)
            return None
        size = size.strip().lower() or DEFAULT_BODY_SIZE
        if size not in BODY_SIZES:
            result.bad_sizes.append(size)
            size = DEFAULT_BODY_SIZE
        if image.pk not in result.used:
            result.used.append(image.pk)
        alt_text = alt.strip() or image.alt_text
        if not alt_text and image.pk not in result.missing_alt:
            result.missing_alt.append(image.pk)
        markup = picture_html(image, size, alt=alt_text, lazy=True)
        if not block:
            return markup
        caption = format_html(
            "{}{}",
            image.caption,
            format_html(" <small>{}</small>", image.credit) if image.credit else "",
        )
        return format_html(
            '<figure class="body-image body-image--{}">{}{}</figure>',
            size,
            markup,
            format_html("<figcaption>{}</figcaption>", caption) if caption else "",
        )

    result.html = render_markdown(source, embed=embed)
    return result
