"""The hostile-file corpus: import files each importer must refuse, naming file and line,
writing nothing.

Every case says what the file holds, where the refusal must point (a line, or `item N` of
a company JSON list, as docs/contract.md has it) and a word of the message. The small
files are kept in `articles/tests/data/hostile/` and `companies/tests/data/hostile/`;
the big ones (a 55 MB story, a 100,000-deep document) are made when the tests run.
Regenerate the kept files after changing a case:

    .venv/bin/python -m articles.tests.hostile_corpus
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DIRS = {
    "articles": ROOT / "articles/tests/data/hostile",
    "companies": ROOT / "companies/tests/data/hostile",
}

DIGITS = "7" * 5000


@dataclass(frozen=True)
class Case:
    importer: str  # "articles" or "companies"
    name: str
    make: Callable[[], bytes]
    where: int | str
    says: str
    big: bool = False  # made at test time, not kept in the repository

    def path(self) -> Path:
        return DIRS[self.importer] / self.name


def story(front: str, body: str = "A body.\n") -> Callable[[], bytes]:
    """A story file: the front matter's lines (after `---`), then the body."""
    return lambda: f"---\n{front}---\n{body}".encode()


def story_bytes(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def csv(rows: str) -> Callable[[], bytes]:
    """A company CSV whose first row is a good company (so a partial write would show)."""
    return lambda: (
        "name,aliases,parent,relation,description,sector,ticker\nGood Co,,,,,,\n" + rows
    ).encode()


def json_list(items: str) -> Callable[[], bytes]:
    """A company JSON list whose first item is a good company."""
    return lambda: ('[{"name": "Good Co"},\n' + items + "]\n").encode()


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


GOOD_FRONT = "title: A headline\n"
A = "articles"
C = "companies"

CASES = [
    # NUL bytes, raw and escaped, anywhere in front matter or body.
    Case(A, "nul-in-title.md", story("title: Bad\x00title\n"), 2, "NUL byte"),
    Case(A, "nul-in-key.md", story("title: T\nsta\x00ndfirst: S\n"), 3, "NUL byte"),
    Case(A, "nul-in-body.md", story(GOOD_FRONT, "One.\nTwo\x00.\n"), 5, "NUL byte"),
    Case(A, "nul-after-bom.md", story_bytes(b"\xef\xbb\xbf---\ntitle: \x00\n---\nB\n"), 2, "NUL"),
    Case(A, "nul-escaped-title.md", story('title: "Bad\\0title"\n'), 2, "NUL byte"),
    Case(A, "nul-escaped-x00.md", story('title: T\nstandfirst: "S\\x00"\n'), 3, "NUL byte"),
    Case(A, "nul-escaped-in-tags.md", story(f'{GOOD_FRONT}tags: [ok, "b\\0d"]\n'), 3, "NUL"),
    Case(A, "nul-escaped-in-byline.md", story(f'{GOOD_FRONT}byline: "A\\0B"\n'), 3, "NUL"),
    Case(
        A,
        "nul-escaped-in-location.md",
        story(f'{GOOD_FRONT}byline:\n  - name: Li Wei\n    location: "Hong\\0Kong"\n'),
        3,
        "NUL",
    ),
    Case(A, "nul-escaped-in-companies.md", story(f'{GOOD_FRONT}companies: ["\\0"]\n'), 3, "NUL"),
    Case(A, "nul-escaped-in-slug.md", story(f'{GOOD_FRONT}slug: "a\\0b"\n'), 3, "NUL"),
    Case(A, "control-char-in-standfirst.md", story(f"{GOOD_FRONT}standfirst: a\x01b\n"), 3, "YAML"),
    Case(A, "escape-char-in-title.md", story("title: \x1b[31mred\n"), 2, "YAML"),
    # Depth: lists and mappings nested past the limit.
    Case(A, "deep-flow-list.md", story(f"{GOOD_FRONT}tags: {deep(25)}\n"), 3, "nest deeper"),
    Case(
        A,
        "deep-flow-mapping.md",
        story(f"{GOOD_FRONT}byline: " + "{a: " * 25 + "x" + "}" * 25 + "\n"),
        3,
        "nest deeper",
    ),
    Case(
        A,
        "deep-block-mapping.md",
        story(GOOD_FRONT + "".join(f"{'  ' * n}k{n}:\n" for n in range(25)) + "  " * 25 + "x\n"),
        23,
        "nest deeper",
    ),
    Case(A, "deep-100000.md", story(f"{GOOD_FRONT}tags: {deep(100_000)}\n"), 3, "nest", big=True),
    Case(
        A,
        "deep-100000-unclosed.md",
        story(f"{GOOD_FRONT}tags: {'[' * 100_000}\n"),
        3,
        "nest deeper",
        big=True,
    ),
    Case(
        A,
        "deep-100000-block-list.md",
        story(f"{GOOD_FRONT}tags:\n{'- ' * 100_000}x\n"),
        4,
        "nest deeper",
        big=True,
    ),
    # Numbers of 5,000 digits (Python's int() refuses past 4,300).
    Case(A, "number-5000-title.md", story(f"title: {DIGITS}\n"), 2, "5,000 digits"),
    Case(A, "number-5000-negative.md", story(f"title: -{DIGITS}\n"), 2, "digits"),
    Case(A, "number-5000-tag.md", story(f"{GOOD_FRONT}tags: [{DIGITS}]\n"), 3, "digits"),
    Case(A, "number-5000-published.md", story(f"{GOOD_FRONT}published_at: {DIGITS}\n"), 3, "dig"),
    Case(A, "number-5000-slug.md", story(f"{GOOD_FRONT}slug: {DIGITS}\n"), 3, "digits"),
    Case(A, "number-5000-in-byline.md", story(f"{GOOD_FRONT}byline: [{DIGITS}]\n"), 3, "digits"),
    # Tags, names and texts over their limits.
    Case(A, "tag-101-chars.md", story(f"{GOOD_FRONT}tags: [{'t' * 101}]\n"), 3, "limit is 100"),
    Case(A, "tag-long-in-string.md", story(f"{GOOD_FRONT}tags: ok, {'t' * 300}\n"), 3, "limit"),
    Case(
        A,
        "tags-500-long.md",
        story(f"{GOOD_FRONT}tags: [{', '.join(f'tag {n} ' + 'x' * 150 for n in range(500))}]\n"),
        3,
        "limit is 100",
    ),
    Case(A, "title-256-chars.md", story(f"title: {'h' * 256}\n"), 2, "longer than 255"),
    Case(A, "standfirst-401.md", story(f"{GOOD_FRONT}standfirst: {'s' * 401}\n"), 3, "400"),
    Case(A, "slug-300-chars.md", story(f"{GOOD_FRONT}slug: {'s' * 300}\n"), 3, "slug"),
    Case(A, "byline-name-201.md", story(f"{GOOD_FRONT}byline: {'n' * 201}\n"), 3, "limit is 200"),
    Case(
        A,
        "byline-location-long.md",
        story(f"{GOOD_FRONT}byline: Li Wei in {'L' * 300}\n"),
        3,
        "location",
    ),
    Case(
        A,
        "company-name-1mb.md",
        story(f"{GOOD_FRONT}companies: [{'c' * 1_000_000}]\n"),
        3,
        "unknown company",
        big=True,
    ),
    Case(A, "body-over-limit.md", story(GOOD_FRONT, "b" * 250_001 + "\n"), 4, "the body", big=True),
    Case(A, "body-55mb.md", story(GOOD_FRONT, "word " * 11_000_000), 1, "the limit", big=True),
    # Encodings and broken structure. (Not named .md: ruff formats Markdown and stops at a
    # file that is not UTF-8. The importer reads any file it is given by name.)
    Case(
        A, "latin-1.txt", story_bytes("---\ntitle: Caf\xe9\n---\nB\n".encode("latin-1")), 2, "UTF-8"
    ),
    Case(A, "utf-16.txt", story_bytes("---\ntitle: T\n---\nB\n".encode("utf-16")), 1, "UTF-8"),
    Case(A, "unclosed-front-matter.md", story_bytes(b"---\ntitle: T\nbody\n"), 1, "not closed"),
    Case(A, "unclosed-flow-list.md", story(f"{GOOD_FRONT}tags: [a, b\n"), 3, "YAML"),
    Case(
        A,
        "alias-bomb.md",
        story(
            GOOD_FRONT
            + "x: &a [l, l, l, l, l, l, l, l, l]\n"
            + "".join(
                f"x{n}: &{'a' * (n + 2)} [{', '.join(['*' + 'a' * (n + 1)] * 9)}]\n"
                for n in range(8)
            )
            + f"tags: *{'a' * 9}\n"
        ),
        3,
        "unknown key",
    ),
    Case(A, "front-matter-a-list.md", story("- title\n- body\n"), 2, "key: value"),
    # Companies: NUL bytes.
    Case(C, "nul-in-name.csv", csv("Bad\x00Name,,,,,,\n"), 3, "NUL byte"),
    Case(C, "nul-in-description.csv", csv('Fine Co,,,,"Line one\nline\x00two",,\n'), 4, "NUL"),
    Case(C, "nul-in-name-escaped.json", json_list('{"name": "Bad\\u0000Name"}'), "item 2", "NUL"),
    Case(
        C, "nul-in-alias.json", json_list('{"name": "A", "aliases": ["\\u0000"]}'), "item 2", "NUL"
    ),
    Case(
        C, "nul-in-parent.json", json_list('{"name": "A", "parent": "G\\u0000"}'), "item 2", "NUL"
    ),
    Case(C, "nul-raw.json", story_bytes(b'[{"name": "Good Co"},\n{"name": "\x00"}]'), 2, "NUL"),
    # Quotes never closed.
    Case(
        C,
        "unterminated-quote.csv",
        csv('Open Co,"never closed,,,,,\nNext Co,,,,,,\n'),
        3,
        "never closed",
    ),
    Case(C, "unterminated-quote-at-end.csv", csv('Open Co,,,,"to the end'), 3, "never closed"),
    Case(C, "unterminated-quote-name.csv", csv('"Open Co,,,,,,\n'), 3, "never closed"),
    # Depth and numbers in JSON.
    Case(C, "deep-25.json", json_list(deep(25)), 2, "nest deeper"),
    Case(C, "deep-objects.json", json_list('{"a": ' * 25 + "1" + "}" * 25), 2, "nest deeper"),
    Case(C, "deep-100000.json", story_bytes(deep(100_000).encode()), 1, "nest deeper", big=True),
    Case(C, "deep-100000-open.json", story_bytes(b"[" * 100_000), 1, "nest deeper", big=True),
    Case(C, "number-5000.json", json_list(f'{{"name": {DIGITS}}}'), 2, "5,000 digits"),
    Case(C, "number-5000-negative.json", json_list(f'{{"name": -{DIGITS}}}'), 2, "digits"),
    Case(C, "number-5000-float.json", json_list(f'{{"name": 0.{DIGITS}}}'), 2, "digits"),
    Case(C, "number-5000-exponent.json", json_list(f'{{"name": 1e{DIGITS}}}'), 2, "digits"),
    Case(
        C,
        "number-5000-in-aliases.json",
        json_list(f'{{"name": "A", "aliases": [{DIGITS}]}}'),
        2,
        "digits",
    ),
    # Loops of parents, within the file and through stored companies (see STORED).
    Case(C, "cycle-2-in-file.csv", csv("Ant Co,,Bee Co,,,,\nBee Co,,Ant Co,,,,\n"), 3, "loop"),
    Case(
        C,
        "cycle-3-in-file.csv",
        csv("Ant Co,,Bee Co,,,,\nBee Co,,Cat Co,,,,\nCat Co,,Ant Co,,,,\n"),
        3,
        "loop",
    ),
    Case(
        C,
        "cycle-3-affiliates.csv",
        csv("Ant Co,,Bee Co,affiliate,,,\nBee Co,,Cat Co,,,,\nCat Co,,Ant Co,affiliate,,,\n"),
        3,
        "loop",
    ),
    Case(
        C,
        "cycle-2-by-alias.csv",
        csv("Ant Co,Ants,Bee Co,,,,\nBee Co,Bees,Ants,,,,\n"),
        3,
        "loop",
    ),
    Case(
        C,
        "cycle-2-in-file.json",
        json_list(
            '{"name": "Ant Co", "parent": "Bee Co"},\n{"name": "Bee Co", "parent": "Ant Co"}'
        ),
        "item 2",
        "loop",
    ),
    Case(
        C,
        "cycle-3-in-file.json",
        json_list(
            '{"name": "A", "parent": "B"},\n{"name": "B", "parent": "C"},\n'
            '{"name": "C", "parent": "A"}'
        ),
        "item 2",
        "loop",
    ),
    Case(C, "cycle-2-through-stored.csv", csv("Stored Alpha,,Stored Beta,,,,\n"), 3, "loop"),
    Case(C, "cycle-3-through-stored.csv", csv("Stored Alpha,,Stored Gamma,,,,\n"), 3, "loop"),
    Case(
        C,
        "cycle-3-stored-and-file.csv",
        csv("New Co,,Stored Gamma,,,,\nStored Alpha,,New Co,,,,\n"),
        3,
        "loop",
    ),
    Case(C, "cycle-through-stored-alias.csv", csv("Stored Alpha,,Gamma Alias,,,,\n"), 3, "loop"),
    Case(
        C,
        "cycle-2-through-stored.json",
        json_list(
            '{"name": "Stored Beta", "parent": "Stored Gamma", "relation": "affiliate"},'
            '\n{"name": "Stored Gamma", "parent": "Stored Beta"}'
        ),
        "item 2",
        "loop",
    ),
    Case(C, "own-parent.csv", csv("Ant Co,Ants,Ants,,,,\n"), 3, "own parent"),
    # Names and texts over their limits.
    Case(C, "name-201-chars.csv", csv(f"{'n' * 201},,,,,,\n"), 3, "longer than 200"),
    Case(C, "alias-201-chars.csv", csv(f"Ant Co,{'a' * 201},,,,,\n"), 3, "limit is 200"),
    Case(
        C,
        "alias-201-chars.json",
        json_list(f'{{"name": "A", "aliases": ["{"a" * 201}"]}}'),
        "item 2",
        "200",
    ),
    Case(C, "parent-201-chars.csv", csv(f"Ant Co,,{'p' * 201},,,,\n"), 3, "limit is 200"),
    Case(C, "sector-101-chars.csv", csv(f"Ant Co,,,,,{'s' * 101},\n"), 3, "longer than 100"),
    Case(C, "ticker-33-chars.csv", csv(f"Ant Co,,,,,,{'T' * 33}\n"), 3, "longer than 32"),
    Case(
        C,
        "description-over-limit.json",
        json_list(f'{{"name": "A", "description": "{"d" * 250_001}"}}'),
        "item 2",
        "limit is 250,000",
        big=True,
    ),
    Case(
        C,
        "description-over-csv-field.csv",
        csv(f'Ant Co,,,,"{"d" * 200_000}",,\n'),
        3,
        "CSV",
        big=True,
    ),
    Case(
        C, "file-21mb.csv", csv("Ant Co,,,,," + "d" * 22_000_000 + ",\n"), 1, "the limit", big=True
    ),
    # Broken structure and encodings.
    Case(C, "more-values-than-columns.csv", csv("Ant Co,,,,,,,extra\n"), 3, "more values"),
    Case(C, "latin-1.csv", story_bytes("name\nCaf\xe9 Co\n".encode("latin-1")), 2, "UTF-8"),
    Case(C, "not-a-list.json", story_bytes(b'{"name": "A"}'), 1, "must be a list"),
    Case(
        C, "truncated.json", story_bytes(b'[{"name": "Good Co"},\n{"name": "A'), 2, "not valid JSON"
    ),
]

# The companies stored before each company case: Stored Alpha is over Beta, Beta over
# Gamma (subsidiaries); Gamma is also called "Gamma Alias".
STORED = [("Stored Alpha", None), ("Stored Beta", "Stored Alpha"), ("Stored Gamma", "Stored Beta")]


def write(case: Case, directory: Path | None = None) -> Path:
    path = (directory or DIRS[case.importer]) / case.name
    path.write_bytes(case.make())
    return path


def main() -> None:
    for directory in DIRS.values():
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.iterdir():
            old.unlink()
    for case in CASES:
        if not case.big:
            write(case)
    kept = sum(not c.big for c in CASES)
    print(f"{kept} files kept, {len(CASES) - kept} made at test time")  # noqa: T201


if __name__ == "__main__":
    main()
