"""Stores and their jobs (implements ports.StoreRepository). Secrets never come here: only settings, and
a store whose settings hold a declared secret (at any depth) is refused, whichever route it came by."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from app.core.errors import StorageError
from app.core.models import Job, JobKind, Platform, Store
from app.core.schedule import ScheduleSpec
from app.core.secret_settings import secret_paths
from app.storage import timestamps
from app.storage.database import Database

_STORE_COLUMNS = "id, name, platform, settings, enabled, created_at"
_JOB_COLUMNS = (
    "id, store_id, kind, schedule, paused, catch_up, options, paused_reason, created_at, resumed_at"
)


def store_from_row(row: Any) -> Store:
    return Store(
        id=row[0],
        name=row[1],
        platform=Platform(row[2]),
        settings=json.loads(row[3]),
        enabled=bool(row[4]),
        created_at=timestamps.from_db(row[5]),
    )


def job_from_row(row: Any) -> Job:
    return Job(
        id=row[0],
        store_id=row[1],
        kind=JobKind(row[2]),
        schedule=ScheduleSpec.from_dict(json.loads(row[3])),
        paused=bool(row[4]),
        catch_up=bool(row[5]),
        options=json.loads(row[6]),
        paused_reason=row[7],
        created_at=timestamps.from_db(row[8]),
        resumed_at=timestamps.from_db(row[9]),
    )


class SqliteStoreRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list_stores(self) -> list[Store]:
        return [
            store_from_row(row) for row in self._db.read(f"SELECT {_STORE_COLUMNS} FROM store ORDER BY name")
        ]

    def get_store(self, store_id: int) -> Store | None:
        rows = self._db.read(f"SELECT {_STORE_COLUMNS} FROM store WHERE id = ?", (store_id,))
        return store_from_row(rows[0]) if rows else None

    def find_store(self, name: str) -> Store | None:
        rows = self._db.read(f"SELECT {_STORE_COLUMNS} FROM store WHERE name = ?", (name,))
        return store_from_row(rows[0]) if rows else None

    async def save_store(self, store: Store) -> Store:
        """Insert (id None) or update; a second store with the same name, or settings holding a secret,
        are refused with a sentence."""
        refuse_secrets_in_settings(store.name, store.settings)
        created_at = store.created_at or datetime.now(UTC)
        values = (store.name, store.platform.value, json.dumps(store.settings), int(store.enabled))

        def work() -> int:
            connection = self._db.connection()
            try:
                with self._db.transaction():
                    if store.id is None:
                        cursor = connection.execute(
                            "INSERT INTO store (name, platform, settings, enabled, created_at) "
                            "VALUES (?, ?, ?, ?, ?)",
                            (*values, timestamps.to_db(created_at)),
                        )
                        return int(cursor.lastrowid or 0)
                    previous_name = connection.execute(
                        "SELECT name FROM store WHERE id = ?", (store.id,)
                    ).fetchone()
                    if previous_name is None:
                        raise StorageError(f"The store “{store.name}” no longer exists.")
                    connection.execute(
                        "UPDATE store SET name = ?, platform = ?, settings = ?, enabled = ? WHERE id = ?",
                        (*values, store.id),
                    )
                    if previous_name[0] != store.name:
                        # The history shows a store under its current name, and keeps it once removed.
                        connection.execute(
                            "UPDATE sync_run SET store_name = ? WHERE store_id = ?", (store.name, store.id)
                        )
                    return store.id
            except sqlite3.IntegrityError as error:
                raise StorageError(f"A store named “{store.name}” already exists.") from error

        store_id = await self._db.write(work)
        return replace(store, id=store_id, created_at=created_at if store.id is None else store.created_at)

    async def delete_store(self, store_id: int) -> None:
        """Removes the store with its jobs, their cursors, its inventory and its orders (foreign keys
        cascade). Its history stays until retention removes it: runs, stock changes and log lines lose the
        link to the store and job but keep the store's name and the job's kind (schema V3)."""

        def work() -> None:
            with self._db.transaction():
                self._db.connection().execute("DELETE FROM store WHERE id = ?", (store_id,))

        await self._db.write(work)

    def keychain_id(self, store_id: int) -> str | None:
        """The random id the store's keychain entries are named after; None for no such store."""
        value = self._db.read_value("SELECT keychain_id FROM store WHERE id = ?", (store_id,))
        return None if value is None else str(value)

    def legacy_keychain_stores(self) -> list[Store]:
        """Stores made before keychain entries were named after keychain_id whose entries under the old
        name have not been copied yet."""
        rows = self._db.read(f"SELECT {_STORE_COLUMNS} FROM store WHERE keychain_legacy = 1 ORDER BY id")
        return [store_from_row(row) for row in rows]

    async def mark_keychain_copied(self, store_id: int) -> None:
        def work() -> None:
            with self._db.transaction():
                self._db.connection().execute(
                    "UPDATE store SET keychain_legacy = 0 WHERE id = ?", (store_id,)
                )

        await self._db.write(work)

    async def replace_settings(self, settings: dict[int, dict[str, Any]]) -> None:
        """Write the stores' settings (store id -> settings) with the freed bytes zeroed (secure_delete),
        then rewrite the file (VACUUM) and empty the write-ahead log, so no earlier value of any store's
        settings is left anywhere in the database's files."""
        for store_id, values in settings.items():
            refuse_secrets_in_settings(f"store {store_id}", values)

        def work() -> None:
            connection = self._db.connection()
            secure_delete = int(connection.execute("PRAGMA secure_delete").fetchone()[0])
            connection.execute("PRAGMA secure_delete = ON")
            try:
                with self._db.transaction():
                    for store_id, values in settings.items():
                        connection.execute(
                            "UPDATE store SET settings = ? WHERE id = ?", (json.dumps(values), store_id)
                        )
                connection.execute("VACUUM")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.execute(f"PRAGMA secure_delete = {secure_delete}")

        await self._db.write(work)

    def list_jobs(self, store_id: int | None = None) -> list[Job]:
        if store_id is None:
            rows = self._db.read(f"SELECT {_JOB_COLUMNS} FROM job ORDER BY id")
        else:
            rows = self._db.read(
                f"SELECT {_JOB_COLUMNS} FROM job WHERE store_id = ? ORDER BY id", (store_id,)
            )
        return [job_from_row(row) for row in rows]

    def get_job(self, job_id: int) -> Job | None:
        rows = self._db.read(f"SELECT {_JOB_COLUMNS} FROM job WHERE id = ?", (job_id,))
        return job_from_row(rows[0]) if rows else None

    async def save_job(self, job: Job) -> Job:
        """Insert (a new job is added now, unless it says when) or update; created_at never changes."""
        if job.id is None and job.created_at is None:
            job = replace(job, created_at=datetime.now(UTC))
        values = (
            job.store_id,
            job.kind.value,
            json.dumps(job.schedule.to_dict()),
            job.schedule.timezone,
            int(job.paused),
            int(job.catch_up),
            json.dumps(job.options),
            job.paused_reason if job.paused else None,
            timestamps.to_db(job.resumed_at),
        )

        def work() -> int:
            connection = self._db.connection()
            try:
                with self._db.transaction():
                    if job.id is None:
                        cursor = connection.execute(
                            "INSERT INTO job (store_id, kind, schedule, timezone, paused, catch_up, options, "
                            "paused_reason, resumed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (*values, timestamps.to_db(job.created_at)),
                        )
                        return int(cursor.lastrowid or 0)
                    cursor = connection.execute(
                        "UPDATE job SET store_id = ?, kind = ?, schedule = ?, timezone = ?, paused = ?, "
                        "catch_up = ?, options = ?, paused_reason = ?, resumed_at = ? WHERE id = ?",
                        (*values, job.id),
                    )
                    if cursor.rowcount == 0:
                        raise StorageError("This job no longer exists.")
                    return job.id
            except sqlite3.IntegrityError as error:
                raise StorageError("The job's store no longer exists.") from error

        return replace(job, id=await self._db.write(work))

    async def delete_job(self, job_id: int) -> None:
        """Removes the job and its cursors; its runs stay in the history without the link to the job."""

        def work() -> None:
            with self._db.transaction():
                self._db.connection().execute("DELETE FROM job WHERE id = ?", (job_id,))

        await self._db.write(work)


def refuse_secrets_in_settings(name: str, settings: dict[str, Any]) -> None:
    """Raises StorageError when `settings` hold a declared secret anywhere (the message names where)."""
    found = secret_paths(settings)
    if found:
        raise StorageError(
            f"The settings of “{name}” hold a secret ({', '.join(found)}); secrets are kept in the "
            "keychain, never in the database."
        )
