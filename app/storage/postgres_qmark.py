"""The order statements written for SQLite (`?` placeholders) run as they are on PostgreSQL: psycopg
wants `%s`, and these statements hold no other `?` or `%`. One set of order SQL for both backends."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from app.storage.postgres import Connection
from app.storage.postgres_database import PostgresDatabase


def pyformat(sql: str) -> bytes:
    return sql.replace("?", "%s").encode()


class QmarkReader:
    """OrderReader's reads (`read`, `read_value`) on a PostgreSQL database."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._db = database

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._db.read((pyformat(sql), list(params)))

    def read_value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._db.read_value((pyformat(sql), list(params)))


class QmarkCursor:
    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def fetchall(self) -> list[Any]:
        return self._rows


class QmarkConnection:
    """`execute` / `executemany` of app.storage.shipments on a PostgreSQL writer connection."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def execute(self, sql: str, params: Sequence[Any] = ()) -> QmarkCursor:
        cursor = self._connection.execute(pyformat(sql), list(params))
        return QmarkCursor(cursor.fetchall() if cursor.description else [])

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [list(row) for row in rows]
        if rows:
            self._connection.cursor().executemany(pyformat(sql), rows)
