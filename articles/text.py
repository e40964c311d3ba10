"""Text helpers shared by the models, the matcher and the importers."""

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_name(value: str) -> str:
    """The form in which two company names or aliases are the same name.

    NFKC folds compatibility forms (full-width letters, ligatures), casefold() is the
    Unicode-aware lower-casing (ß → ss), and runs of white space become one space; so
    "ALIBABA  Group", "Alibaba Group" and "ａｌｉｂａｂａ group" are one name.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", value).casefold()).strip()
