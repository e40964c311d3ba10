"""Querysets whose SQL is built once per process and database, then run with fresh values.

A reader's page asks the same few questions on every view with different values: the story
with this slug, public now. Django builds each queryset (filters, annotations, joins) and
compiles it to SQL anew every time, which on the story page cost more than the database
did (about 2.5 of its 11 ms at 200,000 stories). As `core.urls.slug_url` does for URLs, a
`PreparedQuery` builds its queryset once per database connection and shape, with stand-in
values, keeps the SQL and what Django needs to turn rows into objects, and thereafter
only puts the real values in place of the stand-ins. Nothing is kept but the statement:
every run asks the database.

Only values that reach the SQL as themselves are put in place: strings and numbers, and
datetimes as the database adapts them. When a value is transformed on the way (a
`__contains` pattern, say) the preparation notices that the statement's parameters do not
match and refuses, loudly; such a query stays an ordinary queryset.

A run also makes its rows into objects itself, as Django's `ModelIterable` does, but with
what that works out afresh on every run (each column's converters, the populators of the
`select_related()` objects) worked out once per statement and connection: a one-row query
went from 165 to 75 µs.
"""

import contextlib
import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from django.core.exceptions import EmptyResultSet
from django.db import connections, models, router
from django.db.models.query import (  # type: ignore[attr-defined]
    BaseIterable,
    FlatValuesListIterable,
    ModelIterable,
    ValuesListIterable,
    get_related_populators,
)
from django.db.models.sql.compiler import SQLCompiler

M = TypeVar("M", bound=models.Model)


class NotPreparable(Exception):
    """The queryset's SQL does not carry its values as plain parameters."""


def _other(value: Any, taken: list[Any]) -> Any:
    """A value of the same type as `value` and unlike any of `taken` (the run's values: in
    an `__in` list, two equal ones would be merged), to find where `value` sits."""
    if isinstance(value, bool):
        raise NotPreparable("booleans change a query's shape, not its parameters")
    if isinstance(value, datetime):
        step: Callable[[Any], Any] = lambda v: v - timedelta(days=3653, microseconds=7)  # noqa: E731
    elif isinstance(value, int):
        step = lambda v: v + 7919  # noqa: E731
    elif isinstance(value, str):
        step = lambda v: f"{v}-0other0"  # noqa: E731
    else:
        raise NotPreparable(f"cannot put a {type(value).__name__} in place")
    other = step(value)
    while other in taken:
        other = step(other)
    return other


def _adapt(value: Any, connection) -> Any:
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return value


@dataclass
class _Statement:
    sql: str
    params: list[Any]
    slots: dict[int, str]  # parameter position → the value's name
    compiler: SQLCompiler | None
    known_related: dict
    iterable: type[BaseIterable] = ModelIterable  # objects, or a values_list()'s rows
    # Per connection: what turns the statement's rows into objects (see `_Loader`).
    loaders: dict = field(default_factory=dict)


EMPTY = _Statement("", [], {}, None, {})  # a shape with no rows, whatever the values


def _statement_of(queryset: models.QuerySet, db: str) -> tuple[str, tuple]:
    return queryset.query.get_compiler(using=db).as_sql()


def _where_of(queryset: models.QuerySet, db: str) -> tuple[str, str, tuple]:
    compiler = queryset.query.get_compiler(using=db)
    table = compiler.quote_name_unless_alias(queryset.query.get_initial_alias())
    sql, params = compiler.compile(queryset.query.where)
    return table, sql, tuple(params)


def _where_sql(queryset: models.QuerySet, db: str) -> tuple[str, tuple]:
    return _where_of(queryset, db)[1:]


class _Compiled(SQLCompiler):
    """A compiler that answers with the kept statement instead of compiling."""

    statement: tuple[str, tuple]

    def as_sql(self, *args, **kwargs):
        return self.statement


class _Run:
    """What an iterable (`ModelIterable`, `ValuesListIterable`) reads of a queryset, for
    one run of a kept statement."""

    def __init__(self, db: str, compiler: SQLCompiler, known_related: dict):
        self.db = db
        self._known_related_objects = known_related
        self.query = self
        self._compiler = compiler

    def get_compiler(self, using=None):
        return self._compiler


class _Loader:
    """What `ModelIterable` works out afresh on every run of a queryset — the columns each
    model reads, the populators of its `select_related()` objects, each column's converters
    — worked out once per statement and connection. A run then only asks the database and
    makes its rows into objects, exactly as `ModelIterable` does (about a fifth of a
    prepared query's time was that working out)."""

    def __init__(self, statement: "_Statement", connection, db: str):
        self.connection = connection  # kept: the converters belong to it
        self.db = db
        assert statement.compiler is not None
        compiler = copy.copy(statement.compiler)
        compiler.connection = connection
        select, klass_info = compiler.select, compiler.klass_info
        columns = [column[0] for column in select[: compiler.col_count]]
        # (Columns past `col_count`, selected only to order a DISTINCT query, are never read.)
        self.converters = list(compiler.get_converters(columns).items())
        # Plain model rows or a values_list()'s: anything else is read by its own iterable.
        self.shape: str | None = None
        if compiler.has_composite_fields(columns):
            return
        if statement.iterable is ValuesListIterable:
            self.shape = "tuples"
        elif statement.iterable is FlatValuesListIterable:
            self.shape = "flat"
        elif klass_info is not None and not statement.known_related:
            self.shape = "objects"
        if self.shape != "objects":
            return
        assert klass_info is not None
        self.model = klass_info["model"]
        selected = klass_info["select_fields"]
        self.start, self.end = selected[0], selected[-1] + 1
        self.init_list = [column[0].target.attname for column in select[self.start : self.end]]
        self.related = get_related_populators(klass_info, select, db)
        self.annotations = list(compiler.annotation_col_map.items())

    def load(self, sql: str, params: tuple) -> list:
        connection, converters = self.connection, self.converters
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            rows = [list(row) for row in rows]
            for row in rows:
                for position, (convert_all, expression) in converters:
                    value = row[position]
                    for convert in convert_all:
                        value = convert(value, expression, connection)
                    row[position] = value
        if self.shape == "tuples":
            return [tuple(row) for row in rows]
        if self.shape == "flat":
            return [row[0] for row in rows]
        db, model, init_list = self.db, self.model, self.init_list
        start, end, related, annotations = self.start, self.end, self.related, self.annotations
        loaded = []
        for row in rows:
            obj = model.from_db(db, init_list, row[start:end])
            for populator in related:
                populator.populate(row, obj)
            for name, position in annotations:
                setattr(obj, name, row[position])
            loaded.append(obj)
        return loaded


# Statements kept per prepared query: a page slice is a shape of its own, so a crawler
# walking every page of a long list must not grow a process without bound (the oldest goes).
KEPT = 512
# Loaders kept per statement, one per connection (a thread's): a server that starts a thread
# per request must not keep every connection it ever had.
LOADERS_KEPT = 16


def _filled(params, slots: dict[int, str], values: dict[str, Any], connection) -> list[Any]:
    """`params` with each value in its slots, adapted once however often it is used (a
    company group's page uses the time in a subquery per company)."""
    adapted = {name: _adapt(value, connection) for name, value in values.items()}
    filled = list(params)
    for position, name in slots.items():
        filled[position] = adapted[name]
    return filled


def _keep(kept: dict, key: tuple, value: Any) -> None:
    if len(kept) >= KEPT:
        # Another thread may be dropping the same one: whichever is first does.
        with contextlib.suppress(KeyError, RuntimeError, StopIteration):
            del kept[next(iter(kept))]
    kept[key] = value


class PreparedQuery(Generic[M]):
    """`build(**values)` → a queryset of `model`; `run(**values)` → its objects, in order
    (or, for a `values_list()` queryset, its rows: tuples, or values when flat).

    The queryset's shape must depend only on `shape` (say, a preview or a page slice) and
    on the values' names, never on the values: `run(shape=…, **values)` keeps one
    statement per database, shape and set of names (at most KEPT). A built queryset may
    not prefetch: a prefetch's queryset is built when the outer one is, and would keep
    whatever it read then (the time, for one); read related rows with prepared queries of
    their own.
    """

    def __init__(self, model: type[M], build: Callable[..., models.QuerySet]):
        self.model = model
        self.build = build
        self._statements: dict[tuple, _Statement] = {}
        self._wheres: dict[tuple, tuple] = {}

    def run(self, shape: tuple = (), /, **values: Any) -> list[M]:
        """The objects, read from the database the router picks for reading."""
        return self.run_on(router.db_for_read(self.model), shape, **values)

    def run_on(self, db: str, shape: tuple = (), /, **values: Any) -> list[M]:
        """The objects, read from `db`."""
        connection = connections[db]
        # The names are part of the key: a list of three ids is not a list of two.
        key = (db, connection.vendor, shape, tuple(sorted(values)))
        statement = self._statements.get(key)
        if statement is None:
            statement = self._prepare(db, shape, values)
            _keep(self._statements, key, statement)
        if statement.compiler is None:
            return []
        params = _filled(statement.params, statement.slots, values, connection)
        loader = statement.loaders.get(id(connection))
        if loader is None or loader.connection is not connection:
            loader = _Loader(statement, connection, db)
            if len(statement.loaders) >= LOADERS_KEPT:  # a thread per request, say
                statement.loaders.clear()
            statement.loaders[id(connection)] = loader
        if loader.shape is not None:
            return loader.load(statement.sql, tuple(params))
        compiler = copy.copy(statement.compiler)
        compiler.__class__ = _Compiled
        compiler.connection = connection
        compiler.statement = (statement.sql, tuple(params))  # type: ignore[attr-defined]
        return list(statement.iterable(_Run(db, compiler, statement.known_related)))  # type: ignore[arg-type,call-overload]

    def where(self, shape: tuple = (), /, **values: Any) -> tuple[str, str, list[Any]]:
        """The built queryset's filters as SQL on its table, (quoted table, SQL, params),
        for a hand-written statement to apply: compiled once per database and shape."""
        db = router.db_for_read(self.model)
        connection = connections[db]
        key = (db, connection.vendor, shape, tuple(sorted(values)))
        kept = self._wheres.get(key)
        if kept is None:
            table, sql, found = _where_of(self.build(*shape, **values).using(db), db)
            slots = self._slots(db, shape, values, sql, found, _where_sql)
            kept = (table, sql, found, slots)
            _keep(self._wheres, key, kept)
        table, sql, kept_params, slots = kept
        return table, sql, _filled(kept_params, slots, values, connection)

    def _slots(self, db: str, shape: tuple, values: dict, sql: str, params, compile_) -> dict:
        """Where each value sits in `params`: all of them are changed at once, each to a
        stand-in unlike any value or other stand-in, and the built queryset compiled again
        (`compile_`). The statement must be the same, its parameters differing only where
        a value sits, by that value's stand-in: two compilations, however many values (a
        list of a hundred ids costs what one id does)."""
        connection = connections[db]
        taken = list(values.values())
        others: dict[str, Any] = {}
        for name, value in values.items():
            others[name] = _other(value, taken)
            taken.append(others[name])
        other_sql, other_params = compile_(self.build(*shape, **others).using(db), db)
        if other_sql != sql or len(other_params) != len(params):
            raise NotPreparable(f"the values of {sorted(values)} change the query's shape")
        adapted = {name: _adapt(value, connection) for name, value in values.items()}
        stand_in = {_adapt(other, connection): name for name, other in others.items()}
        slots: dict[int, str] = {}
        for position, (value, other) in enumerate(zip(params, other_params, strict=True)):
            if value == other:
                continue
            name = stand_in.get(other)
            if name is None or value != adapted[name]:
                raise NotPreparable(f"a value of {sorted(values)} reaches the SQL transformed")
            slots[position] = name
        unread = sorted(set(values) - set(slots.values()))
        if unread:
            raise NotPreparable(f"{unread} do not reach the query's parameters")
        return slots

    def _prepare(self, db: str, shape: tuple, values: dict[str, Any]) -> _Statement:
        queryset = self.build(*shape, **values).using(db)
        if queryset._prefetch_related_lookups:  # type: ignore[attr-defined]
            raise NotPreparable("a prepared queryset may not prefetch")
        iterable = queryset._iterable_class
        if issubclass(iterable, ModelIterable):
            iterable = ModelIterable  # the objects as such (a subclass's extras are not run)
        elif iterable not in (ValuesListIterable, FlatValuesListIterable):
            raise NotPreparable("only objects or values_list() rows are prepared")
        compiler = queryset.query.get_compiler(using=db)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            # Nothing to ask, whatever the values: a slice of no rows, an empty `__in`.
            return EMPTY
        slots = self._slots(db, shape, values, sql, params, _statement_of)
        return _Statement(
            sql=sql,
            params=list(params),
            slots=slots,
            compiler=compiler,
            known_related=queryset._known_related_objects,  # type: ignore[attr-defined]
            iterable=iterable,
        )
