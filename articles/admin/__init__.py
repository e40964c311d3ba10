"""The editors' admin: stories in `stories.py`; companies, deals and authors in `reference.py`."""

from . import reference, stories

__all__ = ["reference", "stories"]
