"""The workers of a server's queue as procrastinate records them (its own table, procrastinate_workers:
a row per worker, its heartbeat renewed while it lives), for `storesync serve`'s status."""

from __future__ import annotations

import logging

from app.core.errors import StorageError
from app.storage.postgres_database import PostgresDatabase

log = logging.getLogger(__name__)

_ALIVE = (
    b"SELECT count(*) FROM procrastinate_workers WHERE last_heartbeat > now() - make_interval(secs => %s)"
)


class PostgresQueueWorkers:
    """Implements app.core.ports.QueueWorkers."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._db = database

    def alive(self, within_seconds: float) -> int | None:
        try:
            return int(self._db.read_value((_ALIVE, [within_seconds])) or 0)
        except StorageError:  # the queue's schema not applied yet, or the database away: not told
            log.debug("Could not count the queue's workers", exc_info=True)
            return None
