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

INSERT_LOG = (
    "INSERT INTO log_record (time, level, levelno, logger, store_id, run_id, message) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
LogRow = tuple[str, str, int, str, int | None, int | None, str]


def _where(query: LogQuery) -> tuple[str, list[Any]]:
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
    if query.text:
        escaped = query.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append("message LIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


class SqliteLogRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def insert_rows(self, rows: Sequence[LogRow]) -> list[int]:
        """Store a batch in one transaction; returns the new ids in order. Call on the writer thread."""
        connection = self._db.connection()
        with self._db.transaction():
            before = connection.execute("SELECT COALESCE(MAX(id), 0) FROM log_record").fetchone()[0]
            connection.executemany(INSERT_LOG, rows)
        return list(range(before + 1, before + 1 + len(rows)))

    def count_logs(self, query: LogQuery) -> int:
        where, params = _where(query)
        return int(self._db.read_value(f"SELECT COUNT(*) FROM log_record{where}", params))

    def list_logs(self, query: LogQuery, offset: int = 0, limit: int = 500) -> list[LogEntry]:
        where, params = _where(query)
        rows = self._db.read(
            "SELECT id, time, level, message, store_id, run_id, logger FROM log_record"
            f"{where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [
            LogEntry(
                id=row[0],
                time=timestamps.required(row[1]),
                level=row[2],
                message=row[3],
                store_id=row[4],
                run_id=row[5],
                logger=row[6],
            )
            for row in rows
        ]
