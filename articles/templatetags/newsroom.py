"""Template helpers for readers' pages."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from core.money import format_money

register = template.Library()


@register.simple_tag
def bylines(article) -> SafeString:
    """ "James Kynge in London and Henry Foy in Moscow", each name linking to the author."""
    parts = [
        format_html(
            '<a href="{}" rel="author">{}</a>{}',
            b.author.get_absolute_url(),
            b.author.name,
            format_html(" in {}", b.location) if b.location else "",
        )
        for b in article.bylines.all()
    ]
    if len(parts) <= 1:
        return parts[0] if parts else SafeString("")
    head = format_html_join(", ", "{}", ((p,) for p in parts[:-1]))
    return format_html("{} and {}", head, parts[-1])


@register.filter
def money(value, currency: str) -> str:
    return format_money(value, currency)


@register.filter
def percent(value) -> str:
    """45.00 → "45%", 12.50 → "12.5%"."""
    if value is None:
        return ""
    return f"{value.normalize():f}%"
