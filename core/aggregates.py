"""Aggregates Django 5.2 has for PostgreSQL only."""

from django.db.models import Aggregate, CharField, TextField


class JoinedText(Aggregate):
    """The group's values joined by a separator: GROUP_CONCAT on SQLite, STRING_AGG on
    PostgreSQL. Order is not guaranteed; callers sort."""

    function = "GROUP_CONCAT"
    template = "%(function)s(%(expressions)s, '\x1f')"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(%(expressions)s, E'\\x1f')",
        )


SEPARATOR = "\x1f"


class JSONRows(Aggregate):
    """The group's rows as a JSON array, in text: JSON_GROUP_ARRAY on SQLite, JSON_AGG on
    PostgreSQL. Order is not guaranteed; callers sort."""

    function = "JSON_GROUP_ARRAY"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler,
            connection,
            function="JSON_AGG",
            template="%(function)s(%(expressions)s)::text",
        )
