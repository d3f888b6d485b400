"""Databases as earlier versions of StoreSync left them, for upgrade tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from app.core.schedule import ScheduleSpec
from app.storage.paths import database_file
from app.storage.schema import MIGRATIONS
from app.storage.timestamps import to_db


def make_version_4_database(data_dir: Path, stores: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
    """A data folder as StoreSync left it before keychain ids (schema 4), holding `stores`
    (name, platform, settings), numbered from 1, each with an inventory job."""
    data_dir.mkdir(mode=0o700, parents=True)
    with closing(sqlite3.connect(database_file(data_dir), isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = wal")
        for migration in MIGRATIONS[:4]:
            connection.executescript(migration.sqlite)
        connection.execute("PRAGMA user_version = 4")
        for name, platform, settings in stores:
            store_id = connection.execute(
                "INSERT INTO store (name, platform, settings, created_at) VALUES (?, ?, ?, ?)",
                (name, platform, orjson.dumps(settings).decode(), to_db(datetime.now(UTC))),
            ).lastrowid
            connection.execute(
                "INSERT INTO job (store_id, kind, schedule) VALUES (?, 'inventory_pull', ?)",
                (store_id, orjson.dumps(ScheduleSpec.every(minutes=15).to_dict()).decode()),
            )
