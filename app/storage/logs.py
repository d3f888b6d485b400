"""Logging for the app: a size-capped rotating file, log lines in the database for the window's viewer,
and optionally the console. Every handler carries the redaction filter, so no secret reaches any of them.

Database lines are written in batches on the storage writer thread: `emit` only queues, so logging
never blocks the event loop on SQLite. A handler that cannot write (a full disk) drops its lines
quietly and writes again once it can; it never prints "--- Logging error ---" tracebacks.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.core.bus import EventBus
from app.core.errors import StorageError
from app.core.events import LogRecorded
from app.core.log_context import current_run
from app.core.models import LogEntry
from app.core.redaction import Redactor
from app.storage import timestamps
from app.storage.database import Database
from app.storage.disk_space import is_disk_full
from app.storage.log_records import LogRow, SqliteLogRepository
from app.storage.paths import PRIVATE_FILE_MODE, ensure_private_dir, make_private
from app.storage.storage import Storage

LOG_FILE_NAME = "storesync.log"
LOG_FILE_MAX_BYTES = 5 * 1024 * 1024
LOG_FILE_BACKUPS = 5
MAX_PENDING_LINES = 10_000
FILE_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(asctime)s %(levelname)s %(message)s"
OUR_LOGGERS = ("app", "__main__", "bench")


class SourceLevelFilter(logging.Filter):
    """Our own lines from `level` up; libraries' (httpx logs every request, apscheduler every run, peewee
    every query) only from WARNING up, so neither the file nor the viewer drowns in them."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        root_name = record.name.split(".", 1)[0]
        threshold = self.level if root_name in OUR_LOGGERS else max(self.level, logging.WARNING)
        return record.levelno >= threshold


def _context_id(record: logging.LogRecord, name: str) -> int | None:
    value = getattr(record, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def log_row(record: logging.LogRecord) -> LogRow:
    """A record as the log table stores it; a traceback is cut to its last line (the file keeps it)."""
    message = record.getMessage()
    if record.exc_text:
        message += " (" + record.exc_text.strip().splitlines()[-1] + ")"
    store_id, run_id = _context_id(record, "store_id"), _context_id(record, "run_id")
    if store_id is None and run_id is None:
        store_id, run_id = current_run() or (None, None)  # a line of the run's code that names no run
    return (
        timestamps.to_db(datetime.fromtimestamp(record.created, UTC)) or timestamps.now_db(),
        record.levelname,
        record.levelno,
        record.name,
        store_id,
        run_id,
        message,
    )


class LogFileHandler(RotatingFileHandler):
    """The rotating log file; a line it cannot write (a full disk, a removed folder) is counted in
    `dropped` instead of printed to the terminal with a traceback, and the next line tries again."""

    dropped = 0

    def handleError(self, record: logging.LogRecord) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            self.dropped += 1
            return
        super().handleError(record)

    def flush(self) -> None:
        with contextlib.suppress(OSError):
            super().flush()

    def close(self) -> None:
        with contextlib.suppress(OSError):  # the unwritten tail is lost with the space it needed
            super().close()


class DatabaseLogHandler(logging.Handler):
    """Queues each record and lets the writer thread store the queue in one transaction; publishes
    LogRecorded for each stored line when a bus is given. `store_id` / `run_id` come from `extra=`."""

    def __init__(self, database: Database, logs: SqliteLogRepository, bus: EventBus | None = None) -> None:
        super().__init__()
        self._database = database
        self._logs = logs
        self._bus = bus
        self._pending: list[LogRow] = []
        self._pending_lock = threading.Lock()
        self._flush_queued = False
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        try:
            row = log_row(record)
            with self._pending_lock:
                if len(self._pending) >= MAX_PENDING_LINES:
                    del self._pending[0]
                    self.dropped += 1
                self._pending.append(row)
                if self._flush_queued:
                    return
                self._flush_queued = True
            self._database.submit(self._store_pending)
        except StorageError:
            with self._pending_lock:
                self._flush_queued = False
        except Exception:
            self.handleError(record)

    def _store_pending(self) -> None:
        with self._pending_lock:
            rows, self._pending = self._pending, []
            self._flush_queued = False
        if not rows:
            return
        try:
            ids = self._logs.insert_rows(rows)
        except Exception as error:
            self.dropped += len(rows)
            # Logging this would come straight back here; a full disk is told by the run that met it.
            if not is_disk_full(error):
                sys.stderr.write(
                    f"StoreSync could not store {len(rows)} log lines in the database: {error}\n"
                )
            return
        if self._bus is not None:
            for row_id, row in zip(ids, rows, strict=True):
                entry = LogEntry(
                    id=row_id,
                    time=timestamps.required(row[0]),
                    level=row[1],
                    logger=row[3],
                    store_id=row[4],
                    run_id=row[5],
                    message=row[6],
                )
                self._bus.publish_threadsafe(LogRecorded(entry))

    def flush(self) -> None:
        """Wait until every queued line is stored (used at shutdown and by tests)."""
        if self._database.closed:
            return
        try:
            self._database.submit(self._store_pending).result(timeout=30)
        except StorageError:
            return

    def close(self) -> None:
        self.flush()
        super().close()


@dataclass(slots=True)
class InstalledLogging:
    """What install_logging added to the root logger; `uninstall` removes and closes it (before the
    storage is closed, so the last lines reach the database)."""

    file_handler: LogFileHandler
    database_handler: DatabaseLogHandler | None
    console_handler: logging.Handler | None
    redactor: Redactor
    _decorated: list[logging.Handler] = field(default_factory=list)

    @property
    def handlers(self) -> list[logging.Handler]:
        found: list[logging.Handler] = [self.file_handler]
        if self.database_handler is not None:
            found.append(self.database_handler)
        if self.console_handler is not None:
            found.append(self.console_handler)
        return found

    def uninstall(self) -> None:
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        for handler in self._decorated:
            handler.removeFilter(self.redactor)


def install_logging(
    log_dir: Path,
    redactor: Redactor,
    storage: Storage | None,
    *,
    console: bool,
    level: int | str = logging.INFO,
    bus: EventBus | None = None,
) -> InstalledLogging:
    """Route the root logger to the log file (5 MB x 5), the database (when `storage` is given) and the
    console (headless mode); the redactor guards each of them and any handler already installed."""
    numeric_level = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    if not isinstance(numeric_level, int):
        numeric_level = logging.INFO
    ensure_private_dir(log_dir)
    log_file = log_dir / LOG_FILE_NAME
    file_handler = LogFileHandler(
        log_file, maxBytes=LOG_FILE_MAX_BYTES, backupCount=LOG_FILE_BACKUPS, encoding="utf-8"
    )
    make_private(log_file, PRIVATE_FILE_MODE)
    file_handler.setFormatter(logging.Formatter(FILE_FORMAT))

    database_handler = None
    if storage is not None:
        database_handler = DatabaseLogHandler(storage.database, storage.logs, bus)
    console_handler: logging.Handler | None = None
    if console:
        console_handler = logging.StreamHandler(sys.stderr)
        console_handler.setFormatter(logging.Formatter(CONSOLE_FORMAT, "%H:%M:%S"))

    root = logging.getLogger()
    installed = InstalledLogging(file_handler, database_handler, console_handler, redactor)
    for handler in root.handlers:
        if redactor not in handler.filters:
            handler.addFilter(redactor)
            installed._decorated.append(handler)
    for handler in installed.handlers:
        # Lines dropped by level are never scanned; every line kept is cleaned before it is written.
        handler.addFilter(SourceLevelFilter(numeric_level))
        handler.addFilter(redactor)
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > numeric_level:
        root.setLevel(numeric_level)
    return installed
