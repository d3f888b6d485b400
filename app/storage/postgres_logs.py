"""Log lines on PostgreSQL (implements ports.LogRepository): what every worker and the API server log,
in the one table the window's Log panel and `storesync logs` read, in the same SQL as on SQLite."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Sequence

from app.core.errors import StorageError
from app.core.redaction import Redactor
from app.storage.log_records import INSERT_LOG, LogReader, LogRow
from app.storage.logs import MAX_PENDING_LINES, SourceLevelFilter, log_row
from app.storage.postgres import Connection
from app.storage.postgres_database import PostgresDatabase
from app.storage.postgres_qmark import QmarkReader, pyformat
from app.storage.text_search import POSTGRESQL_SEARCH


class PostgresLogRepository(LogReader):
    def __init__(self, database: PostgresDatabase) -> None:
        super().__init__(QmarkReader(database), search=POSTGRESQL_SEARCH)
        self._db = database

    async def insert_rows(self, rows: Sequence[LogRow]) -> None:
        """Store a batch in one transaction on the writer connection."""
        if not rows:
            return
        statement = pyformat(INSERT_LOG)
        values = [list(row) for row in rows]

        def work(connection: Connection) -> None:
            with connection.cursor() as cursor:
                cursor.executemany(statement, values)

        await self._db.write(work)


class PostgresLogHandler(logging.Handler):
    """Puts a process's log lines (a worker's, the API server's) in the log table, redacted, so the
    console's Log panel and `storesync logs` show what every process on the server did.

    `emit` only queues (from any thread); `run()`, a task on the process's loop, stores the queue every
    `interval` seconds in one transaction. Lines that cannot be stored (the database is away) are
    dropped and counted, never printed with a traceback; the journal keeps them."""

    def __init__(self, logs: PostgresLogRepository, *, interval: float = 0.5) -> None:
        super().__init__()
        self._logs = logs
        self._interval = interval
        self._pending: list[LogRow] = []
        self._lock = threading.Lock()
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        try:
            row = log_row(record)
        except Exception:
            self.handleError(record)
            return
        with self._lock:
            if len(self._pending) >= MAX_PENDING_LINES:
                del self._pending[0]
                self.dropped += 1
            self._pending.append(row)

    async def run(self) -> None:
        """Store the queued lines until cancelled."""
        while True:
            await asyncio.sleep(self._interval)
            await self.store_pending()

    async def store_pending(self) -> None:
        with self._lock:
            rows, self._pending = self._pending, []
        if not rows:
            return
        try:
            await self._logs.insert_rows(rows)
        except StorageError:
            self.dropped += len(rows)


@contextlib.asynccontextmanager
async def lines_in_database(
    logs: PostgresLogRepository, redactor: Redactor, level: int = logging.INFO
) -> AsyncIterator[PostgresLogHandler]:
    """While inside: the root logger's lines from `level` up (libraries' from WARNING) also go to the
    log table, redacted; the last ones are stored on the way out."""
    handler = PostgresLogHandler(logs)
    handler.addFilter(redactor)
    handler.addFilter(SourceLevelFilter(level))
    root = logging.getLogger()
    root.addHandler(handler)
    task = asyncio.get_running_loop().create_task(handler.run())
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await handler.store_pending()
