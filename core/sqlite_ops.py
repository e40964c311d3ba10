"""Migration operations for SQLite's table rebuilds.

SQLite cannot add a NOT NULL column or alter one in place: Django rebuilds the table
(create new, copy, drop old, rename new). With `legacy_alter_table` OFF (Django's setting)
the rename re-checks every trigger in the schema, and a trigger on another table that
reads the rebuilt one (the search index's) fails with "no such table" half-way. Wrapping
the rebuild in `legacy_alter_table = ON` renames without touching other tables' triggers,
which keep naming the table and work again once it is back.
"""

from django.db import migrations


def _set_legacy(on: bool):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            schema_editor.execute(f"PRAGMA legacy_alter_table = {'ON' if on else 'OFF'}")

    return run


def around_table_rebuild(*operations) -> list:
    """`operations`, with SQLite's legacy rename on while they run."""
    return [
        migrations.RunPython(_set_legacy(True), _set_legacy(False), elidable=True),
        *operations,
        migrations.RunPython(_set_legacy(False), _set_legacy(True), elidable=True),
    ]
