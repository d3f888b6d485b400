"""PostgreSQL in server mode (DESIGN.md §6): connecting with a plain message when the server cannot be
reached, and bringing its schema to this StoreSync's version from schema.MIGRATIONS.

Several workers may start at once against one server: each migration takes a transaction-wide advisory
lock first, so one of them migrates and the others find the work done."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg

from app.core.errors import StorageError
from app.storage.schema import MIGRATIONS, SCHEMA_VERSION

Connection = psycopg.Connection[Any]

CONNECT_TIMEOUT_SECONDS = 20
# pg_advisory_xact_lock's key for schema migrations: any constant, the same in every StoreSync.
MIGRATION_LOCK = 0x53544F5245  # "STORE"
_SCHEMA_VERSION = "SELECT value FROM setting WHERE key = 'schema_version'"
_PUT_SETTING = (
    "INSERT INTO setting (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


class ServerUnreachable(StorageError):
    """No connection to the PostgreSQL server could be had."""


def is_postgres_url(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://"))


def shown_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit(parts._replace(netloc=user + host))


def connect(url: str, *, autocommit: bool = False, application_name: str | None = None) -> Connection:
    """A connection to the server at `url`; StorageError in one sentence when it cannot be had.
    `application_name`: how the server's views (pg_stat_activity) name the session."""
    named: dict[str, Any] = {} if application_name is None else {"application_name": application_name}
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_SECONDS, autocommit=autocommit, **named)
    except psycopg.Error as error:
        lines = [line.strip() for line in str(error).splitlines() if line.strip()]
        reason = "; ".join(lines) or type(error).__name__  # libpq's reason, then its hint
        raise ServerUnreachable(f"StoreSync cannot reach PostgreSQL at {shown_url(url)}: {reason}") from error


def schema_version(connection: Connection) -> int:
    """How many of MIGRATIONS have run on this database (0 for an empty one)."""
    if connection.execute("SELECT to_regclass('setting')").fetchone() == (None,):
        return 0
    row = connection.execute(_SCHEMA_VERSION).fetchone()
    return 0 if row is None else int(row[0])


def migrate(connection: Connection) -> int:
    """Run the missing migrations in one transaction; returns the version the database was at."""
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        start = schema_version(connection)
        if start > SCHEMA_VERSION:
            raise StorageError(
                f"The database was made by a newer StoreSync (schema {start}; this one knows "
                f"{SCHEMA_VERSION}). Update StoreSync on this machine."
            )
        if start == SCHEMA_VERSION:
            return start
        for migration in MIGRATIONS[start:]:
            if migration.postgresql:
                connection.execute(migration.postgresql.encode())
        connection.execute(_PUT_SETTING, ("schema_version", str(SCHEMA_VERSION)))
        migrated_at = '"' + datetime.now(UTC).isoformat(timespec="seconds") + '"'
        connection.execute(_PUT_SETTING, ("schema_migrated_at", migrated_at))
    return start
