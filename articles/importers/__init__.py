"""Importing stories: Markdown with YAML front matter (companies are imported by the
companies app, with the same all-or-nothing rules).

The importer reads and check everything first and writes nothing unless every file is valid;
then it writes in one transaction. Problems name the file and the line and say what is wrong.
"""

from core.problems import ImportFailed, Problem

from .articles import import_articles

__all__ = ["ImportFailed", "Problem", "import_articles"]
