"""Rows made into model instances without going through `Model.__init__`.

A reader's page turns a few hundred rows into instances (a big company's page: its story
cards, subsidiaries, deals with their parties, co-mentioned companies), and Django's
`from_db()` makes each one through `__init__`, which sends `pre_init`/`post_init` and
assigns field by field: about 5 µs an instance, 7–10% of such a page in process. `QuickLoad`
overrides `from_db()`, the hook Django documents for customising loading, to fill the
instance's `__dict__` directly, exactly as `__init__` would leave it:

- only what was read is set (a deferred field stays deferred);
- a field whose attribute is a descriptor with its own setter (a country, say) is set
  through it, as `__init__` does; Django's plain and foreign-key attributes store the
  value as it is, so they are filled directly;
- a model with receivers of `pre_init` or `post_init` (an image field with dimension
  fields connects one), or with its own `__init__`, is loaded by Django's way, unchanged.
"""

from collections.abc import Sequence
from inspect import getattr_static
from typing import Any

from django.db import connections, models
from django.db.models import signals
from django.db.models.base import DEFERRED, ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query_utils import DeferredAttribute
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable

# Attributes whose setter stores the value unchanged (at load time: nothing cached yet).
_PLAIN_ATTRIBUTES = (DeferredAttribute, ForeignKeyDeferredAttribute)

# Per field with fixed choices (by identity: fields live as long as their model): the
# labels by value, as Django builds them on every `get_FOO_display()` call.
_labels: dict[int, dict] = {}

# Per model: None when Django must load it, else the fields set through their setter.
_plans: dict[type, frozenset[str] | None] = {}


def _plan(cls: type[models.Model]) -> frozenset[str] | None:
    try:
        return _plans[cls]
    except KeyError:
        pass
    if cls.__init__ is not models.Model.__init__:
        plan = None
    else:
        attributes = {
            f.attname: getattr_static(cls, f.attname, None) for f in cls._meta.concrete_fields
        }
        plan = frozenset(
            name
            for name, attribute in attributes.items()
            if type(attribute) not in _PLAIN_ATTRIBUTES and hasattr(type(attribute), "__set__")
        )
    _plans[cls] = plan
    return plan


class QuickLoad(models.Model):
    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db: str | None, field_names: Any, values: Any):
        through_setter = _plan(cls)
        if (
            through_setter is None
            or signals.pre_init.has_listeners(cls)
            or signals.post_init.has_listeners(cls)
        ):
            return super().from_db(db, field_names, values)
        # As Model.from_db: a full row is in field order (DEFERRED where not read);
        # otherwise the values are those of `field_names`, in that order.
        fields = cls._meta.concrete_fields
        if len(values) == len(fields):
            field_names = [field.attname for field in fields]
        new = cls.__new__(cls)
        state = ModelState()
        state.adding = False
        state.db = db
        data = new.__dict__
        data["_state"] = state
        for name, value in zip(field_names, values, strict=True):
            if value is DEFERRED:
                continue
            if name in through_setter:
                setattr(new, name, value)
            else:
                data[name] = value
        return new

    def _get_FIELD_display(self, field):
        """Django's `get_FOO_display()`, the same label, without building the choices'
        dictionary on every call (a third of the time of a company page's deal list)."""
        return choice_label(field, getattr(self, field.attname))


def choice_label(field: models.Field, value: Any) -> Any:
    """What `get_FOO_display()` shows for `value` of `field`: its choice's label, in the
    language active now, or the value itself when it is no choice."""
    labels = _labels.get(id(field))
    if labels is None:
        labels = dict(make_hashable(field.flatchoices))
        if isinstance(field.choices, list | tuple):  # not choices from a callable
            _labels[id(field)] = labels
    # force_str() to coerce lazy strings: the label in the language active now.
    return force_str(labels.get(make_hashable(value), value), strings_only=True)


def instances(model: type[models.Model], db: str, field_names: Sequence[str], rows) -> list:
    """Rows read by a hand-written statement (the values of `field_names`, attnames, in the
    model's field order) as `model` instances from `db`, each value converted as the ORM
    converts it (a time read from SQLite, say), without a raw queryset's per-query set-up."""
    connection = connections[db]
    table = model._meta.db_table
    by_attname = {field.attname: field for field in model._meta.concrete_fields}
    converters = []
    for position, name in enumerate(field_names):
        column = by_attname[name].get_col(table)
        found = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if found:
            converters.append((position, found, column))
    loaded = []
    for row in rows:
        if converters:
            row = list(row)
            for position, found, column in converters:
                value = row[position]
                for convert in found:
                    value = convert(value, column, connection)
                row[position] = value
        loaded.append(model.from_db(db, list(field_names), row))
    return loaded
