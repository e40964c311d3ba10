"""Importing stories (Markdown with YAML front matter) and companies (CSV or JSON).

Both importers read and check everything first and write nothing unless every file and row
is valid; then they write in one transaction. Problems name the file and the line (or the
item, in JSON) and say what is wrong.
"""

from .articles import import_articles
from .companies import import_companies
from .problems import ImportFailed, Problem

__all__ = ["ImportFailed", "Problem", "import_articles", "import_companies"]
