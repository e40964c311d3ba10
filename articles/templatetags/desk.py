"""Template helpers for the editors' admin: the review queue on the admin index."""

from django import template

from ..admin.review import ReviewQueue, review_queue

register = template.Library()


@register.simple_tag
def desk_review_queue() -> ReviewQueue:
    """The oldest stories waiting for an editor, and the desk's counts (two queries and
    one count)."""
    return review_queue()
