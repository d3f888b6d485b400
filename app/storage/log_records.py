"""Log lines in the database for the window's log viewer (implements ports.LogRepository).

Newest first by id (ids follow time). Level, store and run filters use an index each; the text filter
is a scan, which stays well under a second for a million lines.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from app.core.models import LogEntry
from app.core.ports import LogQuery
from app.storage import timestamps
from app.storage.database import Database
from app.storage.order_queries import RowReader
from app.storage.text_search import SQLITE_SEARCH, TextSearch

INSERT_LOG = (
    "INSERT INTO log_record (time, level, levelno, logger, store_id, run_id, message) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
LogRow = tuple[str, str, int, str, int | None, int | None, str]
LOG_COLUMNS = "id, time, level, message, store_id, run_id, logger"


def _where(query: LogQuery, search: TextSearch) -> tuple[str, list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    if query.min_level is not None:
        level = logging.getLevelName(query.min_level.upper())
        conditions.append("levelno >= ?")
        params.append(level if isinstance(level, int) else logging.INFO)
    if query.store_id is not None:
        conditions.append("store_id = ?")
        params.append(query.store_id)
    if query.run_id is not None:
        conditions.append("run_id = ?")
        params.append(query.run_id)
    if query.removed_store is not None:  # its lines lost their store with it; its runs kept its name
        conditions.append(
            "store_id IS NULL AND run_id IN "
            "(SELECT id FROM sync_run WHERE store_id IS NULL AND store_name = ?)"
        )
        params.append(query.removed_store)
    if query.text:
        holds, holds_params = search.condition("message", query.text)
        conditions.append(holds)
        params.extend(holds_params)
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


class LogReader:
    """The reads of the log on either backend (`?` placeholders through a RowReader). `search`: how
    the backend finds a text whatever its letter case (app.storage.text_search)."""

    def __init__(self, reader: RowReader, *, search: TextSearch = SQLITE_SEARCH) -> None:
        self._reader = reader
        self._search = search

    def count_logs(self, query: LogQuery) -> int:
        where, params = _where(query, self._search)
        return int(self._reader.read_value(f"SELECT COUNT(*) FROM log_record{where}", params))

    def list_logs(self, query: LogQuery, offset: int = 0, limit: int = 500) -> list[LogEntry]:
        where, params = _where(query, self._search)
        rows = self._reader.read(
            f"SELECT {LOG_COLUMNS} FROM log_record{where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_entry(row) for row in rows]

    def list_after(self, last_id: int, limit: int = 500) -> list[LogEntry]:
        """The lines stored after line `last_id`, oldest first: what a follower has not seen yet."""
        rows = self._reader.read(
            f"SELECT {LOG_COLUMNS} FROM log_record WHERE id > ? ORDER BY id LIMIT ?", [last_id, limit]
        )
        return [_entry(row) for row in rows]

    def last_id(self) -> int:
        return int(self._reader.read_value("SELECT COALESCE(MAX(id), 0) FROM log_record") or 0)


def _entry(row: Any) -> LogEntry:
    return LogEntry(
        id=row[0],
        time=timestamps.required(row[1]),
        level=row[2],
        message=row[3],
        store_id=row[4],
        run_id=row[5],
        logger=row[6],
    )


class SqliteLogRepository(LogReader):
    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self._db = database

    def insert_rows(self, rows: Sequence[LogRow]) -> list[int]:
        """Store a batch in one transaction; returns the new ids in order. Call on the writer thread."""
        connection = self._db.connection()
        with self._db.transaction():
            before = connection.execute("SELECT COALESCE(MAX(id), 0) FROM log_record").fetchone()[0]
            connection.executemany(INSERT_LOG, rows)
        return list(range(before + 1, before + 1 + len(rows)))
