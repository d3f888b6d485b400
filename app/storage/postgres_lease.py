"""One process of many chosen by PostgreSQL: a session-level advisory lock, held on a connection of its
own. The server grants it to one session at a time and lets go of it when that session ends, however
the process ends (stopped, killed, its machine gone, its connection cut), so the next process that asks
gets it; no lease, heartbeat or timeout of ours."""

from __future__ import annotations

import threading
from contextlib import suppress

import psycopg

from app.storage import postgres

# The key of the lock the serve that sends a database's alerts holds (any constant, the same in every
# StoreSync, apart from the migrations' and the runs' locks).
ALERTS_LOCK = 0x414C45525453  # "ALERTS"


# Who holds the lock, as the holder named its session: the two halves of a bigint key are classid and
# objid in pg_locks.
_HOLDER = """
SELECT activity.application_name FROM pg_locks AS lock
JOIN pg_stat_activity AS activity ON activity.pid = lock.pid
WHERE lock.locktype = 'advisory' AND lock.granted AND lock.objsubid = 1
    AND lock.classid = %(high)s AND lock.objid = %(low)s
    AND lock.database = (SELECT oid FROM pg_database WHERE datname = current_database())
"""


class SessionLock:
    """`hold()`, `holder()` and `release()` block on the network: call them off the event loop.
    `name`: how this process names itself to the others (the server shows it as the session's
    application name)."""

    def __init__(self, url: str, key: int, name: str | None = None) -> None:
        self._url = url
        self._key = key
        self._name = name
        self._session: postgres.Connection | None = None
        self._held = False
        self.reachable = False  # whether the server answered the last ask
        self._guard = threading.Lock()

    def hold(self) -> bool:
        """Whether this process holds the lock now: kept if its session still answers, taken if free.
        False while the server cannot be reached (the lock went with the session)."""
        with self._guard:
            try:
                if self._session is None or self._session.closed or self._session.broken:
                    self._held = False
                    self._session = postgres.connect(self._url, autocommit=True, application_name=self._name)
                if self._held:
                    self._session.execute("SELECT 1")
                else:
                    row = self._session.execute("SELECT pg_try_advisory_lock(%s)", (self._key,)).fetchone()
                    self._held = bool(row and row[0])
                self.reachable = True
            except (psycopg.Error, postgres.ServerUnreachable):
                self._drop()
                self.reachable = False
            return self._held

    def holder(self) -> str | None:
        """The name the holder gave its session; None when nobody holds the lock, it gave none or the
        server cannot be asked."""
        with self._guard:
            if self._session is None or self._session.closed:
                return None
            try:
                row = self._session.execute(
                    _HOLDER, {"high": self._key >> 32, "low": self._key & 0xFFFFFFFF}
                ).fetchone()
            except psycopg.Error:
                return None
        return str(row[0]) if row and row[0] else None

    def release(self) -> None:
        """Let the next process that asks have it, at once (a closed session's locks go only once the
        server has seen it end)."""
        with self._guard:
            if self._held and self._session is not None:
                with suppress(psycopg.Error):
                    self._session.execute("SELECT pg_advisory_unlock(%s)", (self._key,))
            self._drop()

    def _drop(self) -> None:
        self._held = False
        if self._session is not None:
            with suppress(psycopg.Error):
                self._session.close()
            self._session = None
