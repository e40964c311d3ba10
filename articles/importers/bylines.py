"""Bylines as newsrooms write them.

"James Kynge in London and Henry Foy in Moscow", "By A and B", "A, B and C", or a list of
names or of {name, location} mappings, to [(name, location)] in order.
"""

import re

_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)
_IN = re.compile(r"\s+in\s+", re.IGNORECASE)


class BylineError(ValueError):
    pass


def _person(text: str) -> tuple[str, str]:
    parts = _IN.split(text.strip(), maxsplit=1)
    name = parts[0].strip()
    if not name:
        raise BylineError(f"a byline part has no name: {text!r}")
    return name, parts[1].strip() if len(parts) > 1 else ""


def parse_byline(value) -> list[tuple[str, str]]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        people = [_person(p) for p in _SEPARATORS.split(_BY.sub("", value)) if p.strip()]
    elif isinstance(value, list):
        people = []
        for item in value:
            if isinstance(item, str):
                people.append(_person(item))
            elif (
                isinstance(item, dict)
                and isinstance(item.get("name"), str)
                and item["name"].strip()
            ):
                location = item.get("location") or ""
                if not isinstance(location, str):
                    raise BylineError(f"location must be text, not {location!r}")
                people.append((item["name"].strip(), location.strip()))
            else:
                raise BylineError(f"each byline entry needs a name: {item!r}")
    else:
        raise BylineError("byline must be text or a list")
    names = [name.casefold() for name, _ in people]
    if len(set(names)) != len(names):
        raise BylineError("the same author appears twice")
    return people
