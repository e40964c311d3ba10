"""Markdown files with YAML front matter, read with the line of every key.

python-frontmatter would parse these too, but not tell which line a bad value is on;
composing the YAML node tree does.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from core import limits
from core.problems import Problem

FENCE = "---"


# libyaml's parser where installed: a plain name, so the type checker sees a class.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """Safe YAML (libyaml's parser where installed), with dates left as text for the
    importer to check: YAML's own timestamp parsing fails with an unmarked error on a date
    such as 2018-13-45."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Document:
    path: Path
    meta: dict
    lines: dict[str, int]  # key → the file line it is on
    body: str
    body_line: int

    def line(self, key: str) -> int:
        return self.lines.get(key, 1)


def read_document(path: Path) -> Document:
    """Parse `path`; raises Problem naming the line when the file is not well-formed, or
    is bigger, deeper or stranger (a NUL byte, a 5,000-digit number) than a story is."""
    try:
        if problem := limits.file_size_problem(path.stat().st_size):
            raise Problem(path, 1, problem)
        data = path.read_bytes()
        # Universal newlines, as read_text() would give.
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise Problem(path, line, f"not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise Problem(path, 1, f"cannot read the file: {exc.strerror}") from exc
    if (nul := limits.nul_line(text)) is not None:
        raise Problem(path, nul, "a NUL byte (\\x00): the file is not plain text")
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise Problem(path, 1, "no front matter: the file must start with a line of ---")
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise Problem(path, 1, "the front matter is not closed by a line of ---") from None
    source = "\n".join(lines[1:close])
    try:
        _scan(path, source)
        loader = _Loader(source)
        try:
            node = loader.get_single_node()
            meta = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        # Where the broken construct (an unclosed list, say) starts, when YAML knows it.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + 2 if mark else 1
        raise Problem(path, line, f"front matter is not valid YAML: {exc.problem}") from exc
    except yaml.reader.ReaderError as exc:
        # A character YAML does not allow (a control character): where it first is
        # (libyaml counts its position in bytes, not characters).
        found = source.find(chr(exc.character)) if isinstance(exc.character, int) else -1
        line = limits.line_of(source, found, first=2) if found >= 0 else 2
        raise Problem(path, line, f"front matter is not valid YAML: {exc.reason}") from exc
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        # Whatever else the scan let through, never a bare traceback.
        raise Problem(path, 2, f"front matter cannot be read: {exc}") from exc
    if not isinstance(meta, dict):
        raise Problem(path, 2, "the front matter must be a set of `key: value` lines")
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        key_lines = {k.value: k.start_mark.line + 2 for k, _ in node.value}
    for key, value in meta.items():
        if _holds_nul(value):
            line = key_lines.get(key, 2) if isinstance(key, str) else 2
            raise Problem(path, line, f"`{key}` holds a NUL byte (\\0)")
    body = "\n".join(lines[close + 1 :]).strip("\n")
    return Document(path=path, meta=meta, lines=key_lines, body=body, body_line=close + 2)


def _scan(path: Path, source: str) -> None:
    """Walk the YAML's events (a loop, not recursion: libyaml's composer crashes the whole
    process on a 100,000-deep list) and refuse what no story needs: nesting deeper than
    NEWSROOM_MAX_IMPORT_DEPTH, and integers longer than NEWSROOM_MAX_NUMBER_DIGITS (Python
    will not convert one of over 4,300 digits)."""
    limit, depth = limits.max_depth(), 0
    loader = _Loader(source)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                depth += 1
                if depth > limit:
                    line = _line(event.start_mark)
                    raise Problem(path, line, f"lists and mappings nest deeper than {limit}")
            elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                depth -= 1
            elif (
                isinstance(event, yaml.ScalarEvent)
                and event.implicit[0]
                and limits.long_number(event.value)
            ):
                raise Problem(
                    path,
                    _line(event.start_mark),
                    f"a number of {len(event.value):,} digits "
                    f"(the limit is {limits.max_number_digits()}); quote it if it is text",
                )
    finally:
        loader.dispose()


def _holds_nul(value) -> bool:
    """Does a parsed value hold a NUL byte anywhere (a YAML "\\0" escape)? Each list and
    mapping is visited once, however often YAML aliases repeat it."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, list | dict) and id(item) not in seen:
            seen.add(id(item))
            stack.extend(item.values() if isinstance(item, dict) else item)
            if isinstance(item, dict):
                stack.extend(item)
    return False


def _line(mark: Any) -> int:
    """The file line of a YAML mark (its source starts on the file's second line)."""
    return mark.line + 2 if mark is not None else 2
