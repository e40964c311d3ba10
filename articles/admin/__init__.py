"""The editors' admin for stories: the story form in `stories.py`, authors in `authors.py`,
the deal admin extended with status events in `deals.py`, and the text-detection panels and
deal suggestions in `suggestions.py`, the review workflow and queue in `review.py`, and
the desk's activity log in `activity.py`."""

from . import activity, authors, deals, review, stories, suggestions, tags

__all__ = ["activity", "authors", "deals", "review", "stories", "suggestions", "tags"]
