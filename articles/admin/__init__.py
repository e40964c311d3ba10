"""The editors' admin for stories: the story form in `stories.py`, authors in `authors.py`,
the deal admin extended with status events in `deals.py`, and the text-detection panels and
deal suggestions in `suggestions.py`, the review workflow and queue in `review.py`, and
the desk's activity log in `activity.py`; the company admin with “also editing now” in
`companies.py`."""

from . import activity, authors, companies, deals, review, stories, suggestions, tags

__all__ = [
    "activity",
    "authors",
    "companies",
    "deals",
    "review",
    "stories",
    "suggestions",
    "tags",
]
