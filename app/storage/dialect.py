"""SQL written once, with peewee's query builder on the models, in each backend's words: a repository
builds the query and runs the statement on its own connection (SQLite's, or PostgreSQL's writer)."""

from __future__ import annotations

from typing import Any

import peewee

SQLITE = peewee.SqliteDatabase(None)
POSTGRESQL = peewee.PostgresqlDatabase(None)


def statement(query: Any, dialect: peewee.Database) -> tuple[str, list[Any]]:
    """The query's SQL and parameters for `dialect` (placeholders `?` on SQLite, `%s` on PostgreSQL)."""
    sql, params = query.bind(dialect).sql()
    return sql, list(params)


def postgresql(query: Any) -> tuple[bytes, list[Any]]:
    """The query as psycopg runs it on PostgreSQL: SQL bytes (so a `%` in a value is never a
    placeholder) and its parameters."""
    sql, params = statement(query, POSTGRESQL)
    return sql.encode(), params
