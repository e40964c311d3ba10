"""The editors' admin for stories: the story form in `stories.py`, authors in `authors.py`,
the deal admin extended with status events in `deals.py`, and the text-detection panels and
deal suggestions in `suggestions.py`."""

from . import authors, deals, stories, suggestions

__all__ = ["authors", "deals", "stories", "suggestions"]
