"""The upgrade from a desktop to a server: every row of a desktop's SQLite file (stores, jobs, the whole
history, stock, orders, cursors, log lines, settings) copied into an empty PostgreSQL database, ids kept,
in one transaction: the server ends with all of it or with none of it.

Secrets are not in the file (DESIGN.md §3) and are not copied: on the server they come from its
credentials directory."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

import peewee

from app.core.errors import StorageError
from app.core.models import Platform
from app.core.platforms import secrets_in_use
from app.storage import postgres
from app.storage.credentials_directory import file_name
from app.storage.health import problem_with
from app.storage.models import ALL_MODELS, BaseModel
from app.storage.schema import SCHEMA_VERSION, user_version

# The server's own bookkeeping, written by its migration, not copied from the desktop.
_SERVER_SETTINGS = ("schema_version", "schema_migrated_at")


def copy_database(source: Path, connection: postgres.Connection) -> dict[str, int]:
    """Copy `source` into the database of `connection` (migrated first, which must hold no store and
    no run yet); returns the rows copied per table."""
    with closing(_open_source(source)) as desktop:
        postgres.migrate(connection)
        with connection.transaction():
            _refuse_a_used_server(connection)
            copied = {model._meta.table_name: _copy_table(desktop, connection, model) for model in ALL_MODELS}
            for model in ALL_MODELS:
                if isinstance(model._meta.primary_key, peewee.AutoField):
                    _continue_ids_after_the_copied(connection, model._meta.table_name)
    return copied


def _open_source(source: Path) -> sqlite3.Connection:
    if not source.is_file():
        raise StorageError(f"There is no StoreSync database at {source}.")
    problem = problem_with(source)
    if problem is not None:
        raise StorageError(f"{source} cannot be copied: {problem}.")
    desktop = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    version = user_version(desktop)
    if version != SCHEMA_VERSION:
        desktop.close()
        raise StorageError(
            f"{source} has schema {version}, this StoreSync {SCHEMA_VERSION}: open it once with this "
            "StoreSync (`storesync status --data-dir` its folder) so it is upgraded, then copy it."
        )
    return desktop


def _refuse_a_used_server(connection: postgres.Connection) -> None:
    row = connection.execute(
        "SELECT (SELECT count(*) FROM store), (SELECT count(*) FROM sync_run)"
    ).fetchone()
    stores, runs = (0, 0) if row is None else row
    if stores or runs:
        raise StorageError(
            f"The PostgreSQL database already holds {stores} stores and {runs} runs; copy a desktop's "
            "database only into an empty one."
        )


def _copy_table(desktop: sqlite3.Connection, connection: postgres.Connection, model: type[BaseModel]) -> int:
    table = model._meta.table_name
    fields = model._meta.sorted_fields
    names = ", ".join(f'"{field.column_name}"' for field in fields)
    flags = [index for index, field in enumerate(fields) if isinstance(field, peewee.BooleanField)]
    rows: Iterable[tuple[Any, ...]] = desktop.execute(f"SELECT {names} FROM {table}")
    if table == "setting":
        rows = (row for row in rows if row[0] not in _SERVER_SETTINGS)
    count = 0
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN".encode()) as copy:
        for row in rows:
            copy.write_row(_with_flags(row, flags) if flags else row)
            count += 1
    return count


def _with_flags(row: tuple[Any, ...], flags: list[int]) -> list[Any]:
    """SQLite keeps flags as 0/1, PostgreSQL as booleans."""
    values = list(row)
    for index in flags:
        if values[index] is not None:
            values[index] = bool(values[index])
    return values


def _continue_ids_after_the_copied(connection: postgres.Connection, table: str) -> None:
    connection.execute(
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) "
        f"FROM {table}".encode()
    )


def credential_files(connection: postgres.Connection) -> list[tuple[str, str]]:
    """(store name, file name) of every secret the server's stores read from its credentials directory."""
    stores = connection.execute(
        "SELECT name, platform, keychain_id, settings FROM store ORDER BY id"
    ).fetchall()
    return [
        (name, file_name(keychain_id, field))
        for name, platform, keychain_id, settings in stores
        for field in secrets_in_use(Platform(platform), json.loads(settings))
    ]
