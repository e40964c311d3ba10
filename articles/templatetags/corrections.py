"""Corrections and updates on the story page: `{% story_notes article as notes %}` and
the latest of them for the line under the byline."""

from django import template

from ..models import Correction
from ..models.corrections import notes_of

register = template.Library()


@register.simple_tag
def story_notes(article) -> list[Correction]:
    """The story's notes, oldest first, as read with the story (no query of its own)."""
    return notes_of(article)


@register.simple_tag
def latest_note(article) -> Correction | None:
    notes = notes_of(article)
    return notes[-1] if notes else None
