"""A server's queue as procrastinate records it, for `storesync serve`'s status and events: its workers
(procrastinate_workers, a row per worker, its heartbeat renewed while it lives) and the runs waiting for
one (procrastinate_jobs, status `todo` or `doing`, their job id among the task's arguments)."""

from __future__ import annotations

import logging

from app.core.errors import StorageError
from app.core.models import QueuedRun, Trigger
from app.storage.postgres_database import PostgresDatabase

log = logging.getLogger(__name__)

_ALIVE = (
    b"SELECT count(*) FROM procrastinate_workers WHERE last_heartbeat > now() - make_interval(secs => %s)"
)

_WAITING = b"""
SELECT job.id, job.store_id, queued.args->>'trigger', queued.status = 'doing'
FROM procrastinate_jobs AS queued
JOIN job ON job.id = (queued.args->>'job_id')::bigint
WHERE queued.queue_name = %s AND queued.status IN ('todo', 'doing') ORDER BY queued.id
"""

_TRIGGERS = frozenset(trigger.value for trigger in Trigger)


class PostgresServerQueue:
    """Implements app.core.ports.ServerQueue for the queue whose runs go by `runs_queue`."""

    def __init__(self, database: PostgresDatabase, runs_queue: str) -> None:
        self._db = database
        self._runs_queue = runs_queue

    def alive(self, within_seconds: float) -> int | None:
        try:
            return int(self._db.read_value((_ALIVE, [within_seconds])) or 0)
        except StorageError:  # the queue's schema not applied yet, or the database away: not told
            log.debug("Could not count the queue's workers", exc_info=True)
            return None

    def waiting(self) -> list[QueuedRun] | None:
        try:
            rows = self._db.read((_WAITING, [self._runs_queue]))
        except StorageError:
            log.debug("Could not read the queue's waiting runs", exc_info=True)
            return None
        return [
            QueuedRun(int(job_id), store_id, Trigger(trigger), bool(taken))
            for job_id, store_id, trigger, taken in rows
            if trigger in _TRIGGERS
        ]
