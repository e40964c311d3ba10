"""Template helpers for readers' pages."""

from collections.abc import Callable

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString

from core.fields import format_percent
from core.money import format_money
from core.urls import slug_url

register = template.Library()


@register.simple_tag
def bylines(article, author_url: Callable[[str], str] | None = None) -> SafeString:
    """ "James Kynge in London and Henry Foy in Moscow", each name linking to the author
    (at `author_url(slug)` when a list of cards gives one, worked out once for the list).

    Escaped as format_html would, without its per-call overhead (read on every card)."""
    url = author_url or (lambda slug: slug_url("authors:detail", slug))
    parts = [
        f'<a href="{escape(url(b.author.slug))}" rel="author">{escape(b.author.name)}'
        f"</a>{f' in {escape(b.location)}' if b.location else ''}"
        for b in article.bylines.all()
    ]
    if len(parts) <= 1:
        return SafeString(parts[0] if parts else "")
    return SafeString(f"{', '.join(parts[:-1])} and {parts[-1]}")


@register.filter
def money(value, currency: str) -> str:
    return format_money(value, currency)


@register.filter
def percent(value) -> str:
    """45.00 → "45%", 12.50 → "12.5%"."""
    return format_percent(value)
