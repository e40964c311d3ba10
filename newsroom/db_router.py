"""Read replicas: reader pages read from a replica, everything else uses the primary.

`DATABASE_REPLICA_URLS` (settings/base.py) adds the aliases `replica1`, `replica2`, … and
lists them in `settings.REPLICA_DATABASES`. Only a request that `ReplicaMiddleware`
(newsroom/middleware.py) judges to be a reader's page — an anonymous GET or HEAD outside
the admin, from a client that has not just written — opens a replica window, a context
variable naming the one replica that the whole request reads from. Reads outside such a
window (commands, the admin, editors, POSTs, tests) go to the primary, and so does every
read while the primary is inside a transaction, so a read-modify-write never mixes servers.

One replica per request rather than one per query: a replica replays the primary's history
in order, so the page's reads (the public version first, then the content) never see an
older state after a newer one, and the page cache never stores old content under a new
version.
"""

import random
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

# The replica the current reader request reads from; None: the primary.
_read_from: ContextVar[str | None] = ContextVar("newsroom_read_replica", default=None)


def replica_aliases() -> list[str]:
    return list(getattr(settings, "REPLICA_DATABASES", ()))


def pick_replica() -> str | None:
    """A replica for one request, or None when there are none."""
    aliases = replica_aliases()
    return random.choice(aliases) if aliases else None


@contextmanager
def reading_from(alias: str | None) -> Iterator[None]:
    """Within the block, reads outside a transaction go to `alias` (None: the primary)."""
    token = _read_from.set(alias)
    try:
        yield
    finally:
        _read_from.reset(token)


@contextmanager
def primary() -> Iterator[None]:
    """Within the block, every read goes to the primary (e.g. a read that must be fresh)."""
    with reading_from(None):
        yield


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints) -> str:
        alias = _read_from.get()
        if alias is None or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return alias

    def db_for_write(self, model, **hints) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool | None:
        # The primary and its replicas hold the same data, so an object read from a
        # replica may point at, or be pointed at by, one from the primary.
        ours = {DEFAULT_DB_ALIAS, *replica_aliases()}
        if obj1._state.db in ours and obj2._state.db in ours:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints) -> bool:
        # Replicas receive the schema by replication and refuse writes.
        return db == DEFAULT_DB_ALIAS
