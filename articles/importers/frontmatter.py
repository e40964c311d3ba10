"""Markdown files with YAML front matter, read with the line of every key.

python-frontmatter would parse these too, but not tell which line a bad value is on;
composing the YAML node tree does.
"""

from dataclasses import dataclass
from pathlib import Path

import yaml

from core.problems import Problem

FENCE = "---"


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
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
    """Parse `path`; raises Problem naming the line when the file is not well-formed."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Problem(path, 1, f"not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise Problem(path, 1, f"cannot read the file: {exc.strerror}") from exc
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise Problem(path, 1, "no front matter: the file must start with a line of ---")
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise Problem(path, 1, "the front matter is not closed by a line of ---") from None
    source = "\n".join(lines[1:close])
    try:
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
    if not isinstance(meta, dict):
        raise Problem(path, 2, "the front matter must be a set of `key: value` lines")
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        key_lines = {k.value: k.start_mark.line + 2 for k, _ in node.value}
    body = "\n".join(lines[close + 1 :]).strip("\n")
    return Document(path=path, meta=meta, lines=key_lines, body=body, body_line=close + 2)
