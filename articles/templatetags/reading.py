"""Reading time on story pages: the body's words at 230 a minute, rounded up."""

import math

from django import template
from django.utils.html import strip_tags

register = template.Library()

WORDS_PER_MINUTE = 230


@register.filter
def reading_minutes(article) -> int:
    """Minutes to read `article`, from the plain text of its rendered body (at least 1)."""
    words = len(strip_tags(article.body_html or "").split())
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
