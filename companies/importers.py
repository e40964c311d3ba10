"""import_companies: a CSV file with a header row, or a JSON list of objects.

Keys: name (required), aliases (`|`-separated in CSV, a list in JSON), country, sector,
website, ticker, description, parent (a name or alias in the same file or already stored)
and relation (subsidiary, affiliate or stake). Idempotent by name: a company already stored
under the same name is updated, never duplicated; empty values leave stored ones alone.
"""

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import reversion
from django.contrib.admin.models import ADDITION, CHANGE
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django_countries import countries

from core import limits
from core.activity import log_objects, system_user
from core.problems import ImportFailed, ImportReport, Problem
from core.slugs import unique_slug
from core.text import normalise_name

from .models import Company, CompanyAlias, CompanyRelation
from .resolve import companies_by_name

KEYS = [
    "name",
    "aliases",
    "country",
    "sector",
    "website",
    "ticker",
    "description",
    "parent",
    "relation",
]
LIMITS = {"name": 200, "sector": 100, "ticker": 32, "website": 200}
RELATIONS = set(CompanyRelation.Kind.values)
_url = URLValidator(schemes=["http", "https"])


def _most(key: str) -> int | None:
    """The settings' limit on a column, where one applies (core/limits.py)."""
    if key in ("name", "parent"):
        return limits.max_name_chars()
    return limits.max_body_chars() if key == "description" else None


@dataclass
class Row:
    where: int | str
    name: str
    aliases: list[str]
    fields: dict[str, str]
    parent: str
    relation: str


def _records(path: Path) -> list[tuple[int | str, dict]]:
    """(where, record) for each row: the CSV line, or "item N" in a JSON list.

    Before anything is parsed: the file's size, NUL bytes (no name or text holds one) and,
    in JSON, how deep it nests (a 100,000-deep list exhausts the parser's stack) and how
    long its numbers are (Python will not convert one of over 4,300 digits).
    """
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise ImportFailed([Problem(path, 0, "use a .csv or .json file")])
    try:
        if too_big := limits.file_size_problem(path.stat().st_size):
            raise ImportFailed([Problem(path, 1, too_big)])
        data = path.read_bytes()
        # Universal newlines, as read_text() would give.
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except OSError as exc:
        raise ImportFailed([Problem(path, 0, f"cannot read the file: {exc}")]) from exc
    except UnicodeDecodeError as exc:
        where = data.count(b"\n", 0, exc.start) + 1
        raise ImportFailed([Problem(path, where, f"not UTF-8 text ({exc.reason})")]) from exc
    if (nul := limits.nul_line(text)) is not None:
        raise ImportFailed([Problem(path, nul, "a NUL byte (\\x00): the file is not plain text")])
    if suffix == ".json":
        return _json_records(path, text)
    return _csv_records(path, text)


def _json_records(path: Path, text: str) -> list[tuple[int | str, dict]]:
    if found := limits.json_depth_problem(text):
        raise ImportFailed([Problem(path, *found)])
    try:
        data = json.loads(text, parse_int=limits.bounded_int, parse_float=limits.bounded_float)
    except json.JSONDecodeError as exc:
        raise ImportFailed([Problem(path, exc.lineno, f"not valid JSON: {exc.msg}")]) from exc
    except limits.NumberTooLong as exc:
        line = limits.line_of(text, max(text.find(exc.digits), 0))
        raise ImportFailed([Problem(path, line, str(exc))]) from exc
    except (ValueError, RecursionError) as exc:  # whatever the checks above let through
        raise ImportFailed([Problem(path, 1, f"cannot read the JSON: {exc}")]) from exc
    if not isinstance(data, list):
        raise ImportFailed([Problem(path, 1, "the JSON must be a list of companies")])
    return [(f"item {n}", record) for n, record in enumerate(data, start=1)]


def _csv_records(path: Path, text: str) -> list[tuple[int | str, dict]]:
    """(line, record) for each CSV row, `line` being the one the row starts on.

    The csv module finds the rows itself, reading the text as a file opened with
    newline="": a quoted value keeps its line breaks, and only \\n, \\r and \\r\\n end a
    line (str.splitlines() also splits on U+2028, U+0085 and form feeds, inside values).
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int | str, dict]] = []
    start = 1
    try:
        header = next(reader, [])
        if "name" not in header:
            raise ImportFailed([Problem(path, 1, "the header row has no `name` column")])
        if extra := [h for h in header if h not in KEYS]:
            raise ImportFailed(
                [Problem(path, 1, f"unknown column `{extra[0]}` (known: {', '.join(KEYS)})")]
            )
        start = reader.line_num + 1
        for values in reader:
            line, start = start, reader.line_num + 1
            if not values:  # a blank line
                continue
            if len(values) > len(header):
                raise ImportFailed([Problem(path, line, "more values than columns")])
            record = dict(zip(header, values, strict=False))
            rows.append((line, {**record, "aliases": (record.get("aliases") or "").split("|")}))
    except csv.Error as exc:
        message = (
            "a quoted value starting here is never closed"
            if "unexpected end of data" in str(exc)
            else f"not valid CSV: {exc}"
        )
        raise ImportFailed([Problem(path, start, message)]) from exc
    return rows


def _row(path: Path, where, record) -> Row:
    if not isinstance(record, dict):
        raise Problem(path, where, "each company must be an object with a `name`")
    if extra := [k for k in record if k not in KEYS]:
        raise Problem(path, where, f"unknown key `{extra[0]}`")
    values = {}
    for key in KEYS:
        if key == "aliases":
            continue
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise Problem(path, where, f"`{key}` must be text")
        values[key] = (value or "").strip()
        if key in LIMITS and len(values[key]) > LIMITS[key]:
            raise Problem(path, where, f"`{key}` is longer than {LIMITS[key]} characters")
        if problem := limits.text_problem(values[key], max_chars=_most(key)):
            raise Problem(path, where, f"`{key}` {problem}")
    if not values["name"]:
        raise Problem(path, where, "`name` is required")
    aliases = record.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise Problem(path, where, "`aliases` must be a list of names")
    for alias in aliases:
        if problem := limits.text_problem(alias.strip(), max_chars=limits.max_name_chars()):
            raise Problem(path, where, f"alias {limits.shown(alias)} {problem}")
    country = values["country"].upper()
    if country and country not in dict(countries):
        raise Problem(path, where, f"country {values['country']!r} is not an ISO 3166 alpha-2 code")
    if values["website"]:
        try:
            _url(values["website"])
        except ValidationError:
            raise Problem(
                path, where, f"website {values['website']!r} is not an http(s) URL"
            ) from None
    relation = values["relation"].lower()
    if relation and relation not in RELATIONS:
        raise Problem(
            path, where, f"relation {relation!r} is not one of {', '.join(sorted(RELATIONS))}"
        )
    if relation and not values["parent"]:
        raise Problem(path, where, "`relation` needs a `parent`")
    fields = {k: values[k] for k in ("sector", "website", "ticker", "description")}
    fields["country"] = country
    return Row(
        where=where,
        name=values["name"],
        aliases=[a.strip() for a in aliases if a.strip()],
        fields=fields,
        parent=values["parent"],
        relation=relation or (CompanyRelation.Kind.SUBSIDIARY if values["parent"] else ""),
    )


def _check(path: Path, rows: list[Row], stored: dict[str, Company]) -> list[Problem]:
    """Names and aliases must each belong to one company; parents must exist."""
    problems = []
    owner: dict[str, tuple[str, str]] = {}  # normalised name → (company name, where)
    for row in rows:
        key = normalise_name(row.name)
        if key in owner and owner[key][0] != row.name:
            problems.append(
                Problem(
                    path, row.where, f"{row.name!r} is already {owner[key][0]!r} ({owner[key][1]})"
                )
            )
        elif key in owner:
            problems.append(
                Problem(path, row.where, f"{row.name!r} appears twice (also {owner[key][1]})")
            )
        owner[key] = (row.name, str(row.where))
    for row in rows:
        for alias in row.aliases:
            key = normalise_name(alias)
            in_file = owner.get(key)
            taken = f"alias {alias!r} of {row.name!r} already belongs to"
            if in_file and normalise_name(in_file[0]) != normalise_name(row.name):
                problems.append(Problem(path, row.where, f"{taken} {in_file[0]!r} ({in_file[1]})"))
                continue
            owner.setdefault(key, (row.name, str(row.where)))
            holder = stored.get(key)
            if holder and normalise_name(holder.name) != normalise_name(row.name):
                problems.append(Problem(path, row.where, f"{taken} {holder.name!r} (stored)"))
    for row in rows:
        if not row.parent:
            continue
        key = normalise_name(row.parent)
        if key not in owner and key not in stored:
            problems.append(
                Problem(
                    path, row.where, f"parent {row.parent!r} is neither in this file nor stored"
                )
            )
        elif normalise_name((owner.get(key) or (stored[key].name,))[0]) == normalise_name(row.name):
            problems.append(Problem(path, row.where, f"{row.name!r} cannot be its own parent"))
    if not problems:
        problems += _loops(path, rows, owner, stored)
    return problems


def _loops(
    path: Path, rows: list[Row], owner: dict[str, tuple[str, str]], stored: dict[str, Company]
) -> list[Problem]:
    """Rows whose parent would close a loop of parents (A over B over C over A), among the
    file's ties and those stored, by the rule CompanyRelation.loop() applies to one tie:
    only subsidiary and affiliate ties count. The file's tie between two companies
    replaces a stored one between the same two."""

    def company(name: str) -> str:  # a company's key: its own name, normalised
        key = normalise_name(name)
        return normalise_name(owner[key][0] if key in owner else stored[key].name)

    shown: dict[str, str] = {}
    parents: dict[str, set[str]] = {}  # child → its parents by group ties
    in_file = {(company(r.parent), company(r.name)) for r in rows if r.parent}
    stored_ties = CompanyRelation.objects.filter(kind__in=CompanyRelation.GROUP_KINDS)
    for parent, child in stored_ties.values_list("parent__name", "child__name"):
        pair = (normalise_name(parent), normalise_name(child))
        if pair not in in_file:
            parents.setdefault(pair[1], set()).add(pair[0])
            shown.setdefault(pair[0], parent)
            shown.setdefault(pair[1], child)
    ties = []
    for row in rows:
        shown[normalise_name(row.name)] = row.name
        if row.parent and row.relation in CompanyRelation.GROUP_KINDS:
            parent, child = company(row.parent), normalise_name(row.name)
            parents.setdefault(child, set()).add(parent)
            shown.setdefault(parent, row.parent)
            ties.append((row, parent, child))
    problems = []
    for row, parent, child in ties:
        if chain := _chain_up(parents, start=parent, goal=child):
            names = " → ".join(shown.get(key, key) for key in [*chain, parent, child])
            problems.append(
                Problem(
                    path,
                    row.where,
                    f"parent {row.parent!r} would make a loop: {names} "
                    "(each the parent of the next)",
                )
            )
    return problems


def _chain_up(parents: dict[str, set[str]], *, start: str, goal: str) -> list[str] | None:
    """The line of ancestors from `goal` down to just above `start`, if `goal` is above
    `start`; a loop, not recursion, and each company visited once."""
    below: dict[str, str] = {}
    todo, seen = [start], {start}
    while todo:
        key = todo.pop()
        for parent in parents.get(key, ()):
            if parent == goal:
                chain, step = [goal], key
                while step != start:
                    chain.append(step)
                    step = below[step]
                return chain
            if parent not in seen:
                seen.add(parent)
                below[parent] = key
                todo.append(parent)
    return None


def import_companies(
    path: Path, *, dry_run: bool = False, user: AbstractBaseUser | None = None
) -> ImportReport:
    """Check every row, then write them all in one transaction, or nothing on any problem.
    Each company added or changed gets an activity-log entry naming the command, the file
    and the row, as `user` (the system account by default), in the same transaction."""
    records = _records(path)
    rows, problems = [], []
    for where, record in records:
        try:
            rows.append(_row(path, where, record))
        except Problem as problem:
            problems.append(problem)
    stored = companies_by_name()
    problems += _check(path, rows, stored)
    if problems:
        raise ImportFailed(sorted(problems, key=lambda p: (str(type(p.where)), p.where)))
    report = ImportReport(noun="companies", total=len(rows))
    for row in rows:
        (report.updated if normalise_name(row.name) in stored else report.created).append(row.name)
    if not dry_run:
        with transaction.atomic(), reversion.create_revision():
            reversion.set_comment(f"Imported from {path.name}")
            actor = user or system_user()
            reversion.set_user(actor)
            touched = _write(rows, stored)
            log_objects(
                user=actor,
                entries=(
                    (
                        company,
                        ADDITION if added else CHANGE,
                        f"import_companies: {'added' if added else 'changed'} from "
                        f"{path.name} ({_where(row.where)})",
                    )
                    for row, company, added in touched
                ),
            )
    return report


def _where(where: int | str) -> str:
    return f"line {where}" if isinstance(where, int) else str(where)


def _write(rows: list[Row], stored: dict[str, Company]) -> list[tuple[Row, Company, bool]]:
    """Write the rows; returns (row, company, added) for each company added or changed
    (a row that changes nothing is left out)."""
    made: dict[str, Company] = {}
    added: set[int] = set()
    changed_rows: dict[int, Row] = {}
    for row in rows:
        company = stored.get(normalise_name(row.name))
        if company is None:
            company = Company(
                name=row.name, slug=unique_slug(Company, row.name, fallback="company")
            )
        changed = False
        for key, value in row.fields.items():
            if value and getattr(company, key) != value:
                setattr(company, key, value)
                changed = True
        if company.pk is None:
            company.save()
            added.add(company.pk)
        elif changed:
            company.save()
        made[normalise_name(row.name)] = company
        have = set(company.aliases.values_list("normalised", flat=True))
        for alias in row.aliases:
            if normalise_name(alias) not in have and normalise_name(alias) != normalise_name(
                company.name
            ):
                CompanyAlias.objects.create(company=company, name=alias)
                have.add(normalise_name(alias))
                changed = True
        if changed or company.pk in added:
            changed_rows[company.pk] = row
    names = {**stored, **made}
    for row in rows:
        for alias in row.aliases:
            names.setdefault(normalise_name(alias), made[normalise_name(row.name)])
    for row in rows:
        if row.parent:
            parent, child = names[normalise_name(row.parent)], made[normalise_name(row.name)]
            tie = CompanyRelation.objects.filter(parent=parent, child=child)
            if tie.values_list("kind", flat=True).first() != row.relation:
                CompanyRelation.objects.update_or_create(
                    parent=parent, child=child, defaults={"kind": row.relation}
                )
                changed_rows.setdefault(child.pk, row)
    by_pk = {company.pk: company for company in made.values()}
    return [(row, by_pk[pk], pk in added) for pk, row in changed_rows.items()]
