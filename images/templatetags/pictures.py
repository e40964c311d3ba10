"""`{% picture image "card" %}`: a library picture as responsive <picture> markup.

Reads only the picture row the page already has (select it with its story or company);
never a query, never a rendering.
"""

from django import template

from ..picture import picture_html

register = template.Library()


@register.simple_tag
def picture(image, preset: str = "lead", lazy: bool = True, alt: str | None = None):
    if image is None:
        return ""
    return picture_html(image, preset, alt=alt, lazy=lazy)
