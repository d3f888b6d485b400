"""The SQLite file as the repositories see it: reads on the caller's own connection, every write on one
dedicated writer thread, so the event loop never waits on a lock or a long transaction.

peewee keeps one connection per thread; in WAL mode readers run beside the writer. Other StoreSync
processes (a `sync` command beside the window) write to the same file: a transaction takes the write
lock when it begins (BEGIN IMMEDIATE), so SQLite waits its busy timeout for the other writer instead
of failing at once, and a write that still finds the file locked is tried again a few times.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

import peewee

from app.core.errors import StorageError
from app.storage.disk_space import disk_full, is_disk_full
from app.storage.health import is_busy
from app.storage.text_search import CONTAINS_FOLDED, contains_folded

T = TypeVar("T")

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 30.0
# After SQLite's own busy wait, a write still locked out is tried again after these pauses (seconds).
LOCKED_RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0)
PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "busy_timeout": int(BUSY_TIMEOUT_SECONDS * 1000),
    "foreign_keys": 1,
    # With WAL a power cut may lose the last commit but never corrupts; data and cursor go together.
    "synchronous": 1,
    "cache_size": -16_000,
    # The inventory merge stages each batch and remembers a run's SKUs in temporary tables; on disk
    # (the default) they spilled past a 2 MB cache and doubled the merge's time on 100k SKUs.
    "temp_store": 2,
    # Copying the log into the file waits until it holds 64 MB (default 4 MB): a first sync of 100k
    # SKUs (about 20 MB) then does it once, after the run is recorded (Database.checkpoint_soon),
    # not in each of its commits, where it cost a tenth of the run.
    "wal_autocheckpoint": 16384,
}


class Database:
    """One database file, its per-thread connections and its writer thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.peewee = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS)
        self.peewee.register_function(contains_folded, CONTAINS_FOLDED, 2, deterministic=True)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storesync-db-writer")
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use, in autocommit mode)."""
        if self._closed:
            raise StorageError("The database is closed.")
        connection: sqlite3.Connection = self.peewee.connection()  # type: ignore[no-untyped-call]
        return connection

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """All rows of a query on this thread's connection (fetched at once, so no read stays open)."""
        return self.connection().execute(sql, params).fetchall()

    def read_value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.connection().execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on this thread's connection (a savepoint inside one already open); call
        only from the writer thread. A commit that fails (a full disk) is rolled back, never left open."""
        connection = self.connection()
        if connection.in_transaction:
            connection.execute("SAVEPOINT nested")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK TO nested")
                connection.execute("RELEASE nested")
                raise
            connection.execute("RELEASE nested")
            return
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException:
            # SQLite ends the transaction itself on some errors (SQLITE_FULL): roll back only an open one.
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    async def write(self, work: Callable[[], T]) -> T:
        """Run `work` (one or more whole transactions) on the writer thread without blocking the loop.
        A full disk raises DiskFull; a file another process keeps locked is waited for, then tried
        again with growing pauses before it is reported."""
        loop = asyncio.get_running_loop()
        for delay in (*LOCKED_RETRY_DELAYS, None):
            try:
                return await loop.run_in_executor(self._writer, work)
            except (sqlite3.Error, peewee.PeeweeException) as error:
                if is_disk_full(error):
                    raise disk_full(self.path.parent) from error
                if delay is None or not is_busy(error):
                    raise StorageError(f"The database could not save the change: {error}.") from error
                log.info("The database is busy in another StoreSync process; trying again in %.1f s", delay)
                await asyncio.sleep(delay)
            except RuntimeError as error:
                if self._closed:
                    raise StorageError("The database is closed.") from error
                raise
        raise AssertionError("unreachable: the last attempt returns or raises")

    def submit(self, work: Callable[[], T]) -> Future[T]:
        """Queue `work` on the writer thread from any thread (the log handler uses this)."""
        if self._closed:
            raise StorageError("The database is closed.")
        return self._writer.submit(work)

    def checkpoint_soon(self) -> None:
        """Copy the write-ahead log into the file on the writer thread once the writes queued before
        are done, with no one waiting for it."""
        with suppress(RuntimeError):  # closing: the last connection's close checkpoints anyway
            self.submit(self._checkpoint)

    def _checkpoint(self) -> None:
        with suppress(sqlite3.Error):  # busy with a reader's snapshot: the next one catches up
            self.connection().execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _close_writer_connection(self) -> None:
        # Lets SQLite refresh the statistics its query planner uses, as it recommends at close.
        with suppress(sqlite3.Error):
            self.connection().execute("PRAGMA optimize")
        self.peewee.close()

    def close(self) -> None:
        """Finish the queued writes, then close every connection this object opened."""
        if self._closed:
            return
        with suppress(RuntimeError):
            self._writer.submit(self._close_writer_connection).result()
        self._closed = True
        self._writer.shutdown(wait=True)
        self.peewee.close()
