"""The editors' admin: stories in `stories.py`; companies, deals and authors in `reference.py`;
the text-detection panels and deal suggestions in `suggestions.py`."""

from . import reference, stories, suggestions

__all__ = ["reference", "stories", "suggestions"]
