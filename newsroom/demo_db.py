"""Move a development SQLite database that `migrate` cannot bring up to date out of the way.

The split into one app per domain (companies, deals, intelligence, articles) started every
app's migrations again at 0001. A db.sqlite3 made before it records `articles` 0001–0003 and
nothing for `companies` or `deals`, so `migrate` refuses it (InconsistentMigrationHistory).
`make migrate` and `make demo` run this first: such a file is renamed, never deleted
(db.sqlite3 → db.pre-split-<UTC time>.sqlite3, still matched by .gitignore), and `migrate`
then builds a fresh one. A database that is not SQLite is never touched.

Usage: DJANGO_SETTINGS_MODULE=newsroom.settings.dev python -m newsroom.demo_db
"""

import sys
from datetime import UTC, datetime
from pathlib import Path

import django
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.exceptions import InconsistentMigrationHistory
from django.db.migrations.loader import MigrationLoader


def incompatibility(connection: BaseDatabaseWrapper) -> str | None:
    """Why `migrate` would refuse this database's recorded history, or None."""
    try:
        MigrationLoader(connection).check_consistent_history(connection)
    except InconsistentMigrationHistory as exc:
        return str(exc)
    return None


def move_aside_if_incompatible(alias: str = DEFAULT_DB_ALIAS) -> Path | None:
    """Rename the SQLite file of `alias` if its history is incompatible; the new path."""
    connection = connections[alias]
    if connection.vendor != "sqlite":
        return None
    path = Path(connection.settings_dict["NAME"])
    if not path.is_file() or path.stat().st_size == 0:
        return None
    reason = incompatibility(connection)
    connection.close()
    if reason is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.stem}.pre-split-{stamp}{path.suffix}")
    path.rename(aside)
    # SQLite's side files belong to the database they were written for.
    for side in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + side)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + side))
    sys.stdout.write(
        f"{path.name} cannot be migrated: {reason.rstrip('.')} (a database from before the "
        f"split into one app per domain).\nMoved it aside to {aside.name}; migrate now builds "
        "a fresh one.\n"
    )
    return aside


if __name__ == "__main__":
    django.setup()
    move_aside_if_incompatible()
