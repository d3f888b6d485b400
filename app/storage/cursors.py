"""Stream cursors (implements ports.CursorRepository) and user settings (ports.SettingsRepository).

A cursor is only ever written in the same transaction as the data it describes (see inventory and
orders), so it can never run ahead of what is stored.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from app.core.ports import CursorUpdate
from app.core.settings import DEFAULTS
from app.storage.database import Database
from app.storage.models import SyncStateRow


def save_cursor(cursor: CursorUpdate, now: datetime) -> Any:
    """The statement that stores a stream's cursor, for either backend (app.storage.dialect)."""
    return SyncStateRow.insert(
        job_id=cursor.job_id, stream=cursor.stream, value=cursor.value, updated_at=now
    ).on_conflict(
        conflict_target=[SyncStateRow.job_id, SyncStateRow.stream],
        update={SyncStateRow.value: cursor.value, SyncStateRow.updated_at: now},
    )


class SqliteCursorRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get_cursor(self, job_id: int, stream: str) -> str | None:
        value: str | None = self._db.read_value(
            "SELECT value FROM sync_state WHERE job_id = ? AND stream = ?", (job_id, stream)
        )
        return value


class SqliteSettingsRepository:
    """Settings as JSON values; a setting never saved reads as its default from core.settings."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get_setting(self, key: str, default: Any = None) -> Any:
        stored = self._db.read_value("SELECT value FROM setting WHERE key = ?", (key,))
        if stored is not None:
            return json.loads(stored)
        if default is None:
            return DEFAULTS.get(key)
        return default

    async def set_setting(self, key: str, value: Any) -> None:
        encoded = json.dumps(value)

        def work() -> None:
            with self._db.transaction():
                self._db.connection().execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, encoded),
                )

        await self._db.write(work)
