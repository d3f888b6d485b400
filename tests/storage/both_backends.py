"""The same repositories opened on SQLite (a file in tmp_path) or on the test PostgreSQL server (a
fresh database, migrated), for the tests that check both mean the same."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from app.storage import postgres
from app.storage.postgres_storage import open_postgres_storage
from app.storage.storage import open_storage


@asynccontextmanager
async def sqlite(tmp_path: Path) -> AsyncIterator[Any]:
    storage = open_storage(tmp_path / "data")
    try:
        yield storage
    finally:
        storage.close()


@asynccontextmanager
async def postgresql(url: str) -> AsyncIterator[Any]:
    with postgres.connect(url) as connection:
        postgres.migrate(connection)
    storage = open_postgres_storage(url)
    try:
        yield storage
    finally:
        storage.close()
