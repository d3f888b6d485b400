"""A PostgreSQL database as server-mode storage uses it: every write on one writer thread with its own
connection (so the event loop never waits on the server), and a server that goes away (restarted,
failed over, the network cut) waited for and reconnected to, instead of failing every run after it.

A unit of work runs in one transaction. When the connection is lost, the work is tried again on a new
one after a pause, for about half a minute in all; then StorageError says the server is unreachable.
A connection lost at the commit itself leaves unknown whether the commit happened: the work is done
again, which the inventory merge tolerates (it writes only rows that differ, and a run whose session
was replaced marks nothing deleted: app.storage.postgres_merge)."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from typing import Any, TypeVar

import psycopg

from app.core.errors import StorageError
from app.storage import postgres

T = TypeVar("T")

log = logging.getLogger(__name__)

# Pauses (seconds) before each new attempt after a lost connection: 30.5 s in all, longer than a
# PostgreSQL restart or a managed server's failover usually takes.
RECONNECT_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)


class PostgresDatabase:
    """The server at `url`, written through one connection on a writer thread."""

    def __init__(self, url: str, reconnect_delays: Sequence[float] = RECONNECT_DELAYS) -> None:
        self.url = url
        self._delays = tuple(reconnect_delays)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storesync-pg-writer")
        self._connection: postgres.Connection | None = None
        self._reader: postgres.Connection | None = None
        self._reader_guard = threading.Lock()
        self._closed = False

    @property
    def shown_url(self) -> str:
        return postgres.shown_url(self.url)

    async def write(self, work: Callable[[postgres.Connection], T]) -> T:
        """Run `work(connection)` in one transaction on the writer thread; a lost server is waited for,
        any other database error is StorageError in one sentence (the transaction rolled back)."""
        if self._closed:
            raise StorageError("The database is closed.")
        loop = asyncio.get_running_loop()
        for delay in (*self._delays, None):
            try:
                return await loop.run_in_executor(self._writer, self._in_transaction, work)
            except (psycopg.Error, postgres.ServerUnreachable) as error:
                if not self._lost(error):
                    reason = _reason(error)
                    raise StorageError(
                        _sentence(f"The database could not save the change: {reason}")
                    ) from error
                if delay is None:
                    raise StorageError(
                        _sentence(f"PostgreSQL at {self.shown_url} cannot be reached: {_reason(error)}")
                    ) from error
                log.warning(
                    "PostgreSQL at %s cannot be reached (%s); trying again in %.1f s",
                    self.shown_url,
                    _reason(error),
                    delay,
                )
                await asyncio.sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def read(self, statement: tuple[bytes, list[Any]]) -> list[tuple[Any, ...]]:
        """All rows of a query, on a reading connection of its own (autocommit, so every read sees the
        latest commits). A connection found lost is replaced once; a server still gone is StorageError."""
        sql, params = statement
        with self._reader_guard:
            for attempt in (1, 2):
                if self._closed:
                    raise StorageError("The database is closed.")
                try:
                    if self._reader is None or self._reader.closed or self._reader.broken:
                        self._reader = postgres.connect(self.url, autocommit=True)
                    return self._reader.execute(sql, params).fetchall()
                except (psycopg.Error, postgres.ServerUnreachable) as error:
                    lost = (
                        isinstance(error, postgres.ServerUnreachable)
                        or _ended_by_server(error)
                        or (self._reader is not None and (self._reader.broken or self._reader.closed))
                    )
                    if lost and attempt == 1:
                        self._reader = None
                        continue
                    raise StorageError(
                        _sentence(f"The database could not be read: {_reason(error)}")
                    ) from error
        raise AssertionError("unreachable: the second attempt returns or raises")

    def read_value(self, statement: tuple[bytes, list[Any]]) -> Any:
        """The first column of the first row, or None when there is no row."""
        rows = self.read(statement)
        return rows[0][0] if rows else None

    def _lost(self, error: Exception) -> bool:
        """True when the connection is gone (it is dropped, so the next attempt makes a new one)."""
        connection = self._connection
        gone = (
            isinstance(error, postgres.ServerUnreachable)
            or _ended_by_server(error)
            or connection is None
            or connection.broken
            or connection.closed
        )
        if gone:
            self._drop_connection()
        return gone

    def _in_transaction(self, work: Callable[[postgres.Connection], T]) -> T:
        connection = self._writer_connection()
        with connection.transaction():
            return work(connection)

    def _writer_connection(self) -> postgres.Connection:
        if self._connection is None or self._connection.closed:
            self._connection = postgres.connect(self.url, autocommit=True)
        return self._connection

    def _drop_connection(self) -> None:
        def close() -> None:
            if self._connection is not None:
                with suppress(psycopg.Error):
                    self._connection.close()
            self._connection = None

        with suppress(RuntimeError):  # closing: the writer is gone and took the connection with it
            self._writer.submit(close).result()

    def close(self) -> None:
        """Finish the queued writes, then close the connection."""
        if self._closed:
            return
        self._closed = True
        self._drop_connection()
        self._writer.shutdown(wait=True)
        with self._reader_guard:
            if self._reader is not None:
                with suppress(psycopg.Error):
                    self._reader.close()
                self._reader = None


# SQLSTATE classes of a session the server ended: 08 connection exception, 57P operator intervention
# (57P01 admin shutdown, as a restart sends to every session; 57P02 crash; 57P03 not accepting yet).
# psycopg does not always mark such a connection broken, and an idle one learns of it only at its next
# statement, so the writer took a restart for a refused change and dropped the run it was recording.
_SERVER_ENDED = ("08", "57P")


def _ended_by_server(error: Exception) -> bool:
    state = getattr(error, "sqlstate", None)
    return isinstance(state, str) and state.startswith(_SERVER_ENDED)


def _reason(error: Exception) -> str:
    """The server's own one-line message when it sent one, else the driver's last line; without its
    full stop, which the sentence it goes into ends with (a question mark it keeps)."""
    if isinstance(error, psycopg.Error) and error.diag.message_primary:
        text = error.diag.message_primary
    else:
        text = str(error).strip()
        text = text.splitlines()[-1] if text else type(error).__name__
    return text.rstrip(".")


def _sentence(text: str) -> str:
    return text if text.endswith(("?", "!", ".")) else f"{text}."
