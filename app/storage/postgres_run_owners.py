"""Which runs still have a live owner, on PostgreSQL: the worker that records a run as running holds a
session-level advisory lock on the run's id, on a connection of its own, until the run's end is
recorded. PostgreSQL lets go of it when that session ends, however the worker ends (killed, crashed,
its machine gone once the server sees the connection closed). So any process can tell a live run from
an orphan at once and without a timeout, as app.storage.run_owners does with file locks on one machine.

If the owner's own connection is cut while the worker lives on (the server restarted), its runs look
orphaned and are marked interrupted; the next run of the job fetches again."""

from __future__ import annotations

import threading
from contextlib import suppress

import psycopg

from app.core.errors import WORKER_STOPPED, StorageError
from app.core.models import RunStatus
from app.storage import postgres

# On a server the process that ran it was a worker, and the queue's stalled-job retry runs the job again.
WORKER_STOPPED_MESSAGE = (
    "The worker running it stopped before this run finished; the server's queue runs the job again."
)
# The first key of every run's advisory lock (the second is the run's id), apart from other locks.
RUN_LOCKS = 0x52554E  # "RUN"

_INTERRUPT_ORPHANS = """
UPDATE sync_run SET status = %(interrupted)s, finished_at = %(now)s, error_kind = %(kind)s,
    error_message = %(message)s
WHERE id IN (
    SELECT id FROM sync_run WHERE status = %(running)s ORDER BY id FOR UPDATE
) AND pg_try_advisory_xact_lock(%(locks)s, id::integer)
RETURNING id
"""


class PostgresRunOwners:
    """The advisory locks this process holds for its running runs, on one session of its own."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._session: postgres.Connection | None = None
        self._guard = threading.Lock()

    def claim(self, run_id: int) -> None:
        """Hold the run's lock; call before the row saying 'running' is committed."""
        with self._guard:
            if self._session is None or self._session.closed or self._session.broken:
                self._session = postgres.connect(self._url, autocommit=True)
            row = self._session.execute("SELECT pg_try_advisory_lock(%s, %s)", (RUN_LOCKS, run_id)).fetchone()
        if row is None or not row[0]:
            raise StorageError(f"Run {run_id} is already owned by another StoreSync process.")

    def release(self, run_id: int) -> None:
        """Give the lock up once the run's end is committed (or its start was not)."""
        with self._guard:
            if self._session is not None and not self._session.closed:
                with suppress(psycopg.Error):  # the session is gone: so is the lock
                    self._session.execute("SELECT pg_advisory_unlock(%s, %s)", (RUN_LOCKS, run_id))

    def close(self) -> None:
        """Let go of every run still held: the next process that looks marks them interrupted."""
        with self._guard:
            if self._session is not None:
                with suppress(psycopg.Error):
                    self._session.close()
                self._session = None


def interrupt_orphans(connection: postgres.Connection, now: str) -> list[int]:
    """Mark interrupted the runs recorded as running whose owner's session is gone; call inside a
    transaction on any other connection. Returns their ids."""
    rows = connection.execute(
        _INTERRUPT_ORPHANS,
        {
            "interrupted": RunStatus.INTERRUPTED.value,
            "running": RunStatus.RUNNING.value,
            "now": now,
            "kind": WORKER_STOPPED,
            "message": WORKER_STOPPED_MESSAGE,
            "locks": RUN_LOCKS,
        },
    ).fetchall()
    return sorted(int(run_id) for (run_id,) in rows)
