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


class SessionLock:
    """`hold()` and `release()` block on the network: call them off the event loop."""

    def __init__(self, url: str, key: int) -> None:
        self._url = url
        self._key = key
        self._session: postgres.Connection | None = None
        self._held = False
        self._guard = threading.Lock()

    def hold(self) -> bool:
        """Whether this process holds the lock now: kept if its session still answers, taken if free.
        False while the server cannot be reached (the lock went with the session)."""
        with self._guard:
            try:
                if self._session is None or self._session.closed or self._session.broken:
                    self._held = False
                    self._session = postgres.connect(self._url, autocommit=True)
                if self._held:
                    self._session.execute("SELECT 1")
                else:
                    row = self._session.execute("SELECT pg_try_advisory_lock(%s)", (self._key,)).fetchone()
                    self._held = bool(row and row[0])
            except (psycopg.Error, postgres.ServerUnreachable):
                self._drop()
            return self._held

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
