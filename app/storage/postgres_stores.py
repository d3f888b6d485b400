"""Stores and their jobs on PostgreSQL (implements ports.StoreRepository): the peewee models' queries in
PostgreSQL's words (app.storage.dialect), rows turned into core objects by the same functions as on
SQLite. As there, a store whose settings hold a declared secret is refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import psycopg

from app.core.errors import StorageError
from app.core.models import Job, Store
from app.storage import dialect, timestamps
from app.storage.models import JobRow, StoreRow, SyncRunRow
from app.storage.postgres import Connection
from app.storage.postgres_database import PostgresDatabase
from app.storage.stores import job_from_row, refuse_secrets_in_settings, store_from_row

_STORE_FIELDS = (StoreRow.id, StoreRow.name, StoreRow.platform, StoreRow.settings, StoreRow.enabled)
_JOB_FIELDS = (
    JobRow.id,
    JobRow.store_id,
    JobRow.kind,
    JobRow.schedule,
    JobRow.paused,
    JobRow.catch_up,
    JobRow.options,
    JobRow.paused_reason,
    JobRow.created_at,
    JobRow.resumed_at,
)


def _stores() -> Any:
    return StoreRow.select(*_STORE_FIELDS, StoreRow.created_at)


class PostgresStoreRepository:
    def __init__(self, database: PostgresDatabase) -> None:
        self._db = database

    def list_stores(self) -> list[Store]:
        return [
            store_from_row(row)
            for row in self._db.read(dialect.postgresql(_stores().order_by(StoreRow.name)))
        ]

    def get_store(self, store_id: int) -> Store | None:
        rows = self._db.read(dialect.postgresql(_stores().where(StoreRow.id == store_id)))
        return store_from_row(rows[0]) if rows else None

    def find_store(self, name: str) -> Store | None:
        rows = self._db.read(dialect.postgresql(_stores().where(StoreRow.name == name)))
        return store_from_row(rows[0]) if rows else None

    def keychain_id(self, store_id: int) -> str | None:
        """The random id the store's secret files are named after; None for no such store."""
        value = self._db.read_value(
            dialect.postgresql(StoreRow.select(StoreRow.keychain_id).where(StoreRow.id == store_id))
        )
        return None if value is None else str(value)

    async def save_store(self, store: Store) -> Store:
        """Insert (id None) or update; a second store with the same name, or settings holding a secret,
        are refused with a sentence."""
        refuse_secrets_in_settings(store.name, store.settings)
        created_at = store.created_at or datetime.now(UTC)
        values = {
            StoreRow.name: store.name,
            StoreRow.platform: store.platform.value,
            StoreRow.settings: json.dumps(store.settings),
            StoreRow.enabled: store.enabled,
        }

        def work(connection: Connection) -> int:
            if store.id is None:
                insert = StoreRow.insert({**values, StoreRow.created_at: created_at}).returning(StoreRow.id)
                return int(_one(connection, insert))
            previous = connection.execute(
                *dialect.postgresql(StoreRow.select(StoreRow.name).where(StoreRow.id == store.id))
            ).fetchone()
            if previous is None:
                raise StorageError(f"The store “{store.name}” no longer exists.")
            connection.execute(*dialect.postgresql(StoreRow.update(values).where(StoreRow.id == store.id)))
            if previous[0] != store.name:
                # The history shows a store under its current name, and keeps it once removed.
                connection.execute(
                    *dialect.postgresql(
                        SyncRunRow.update(store_name=store.name).where(SyncRunRow.store_id == store.id)
                    )
                )
            return store.id

        store_id = await self._write(work, f"A store named “{store.name}” already exists.")
        return replace(store, id=store_id, created_at=created_at if store.id is None else store.created_at)

    async def delete_store(self, store_id: int) -> None:
        """Removes the store with its jobs, cursors, inventory and orders; its history stays."""
        await self._db.write(_executes(StoreRow.delete().where(StoreRow.id == store_id)))

    def list_jobs(self, store_id: int | None = None) -> list[Job]:
        query = JobRow.select(*_JOB_FIELDS).order_by(JobRow.id)
        if store_id is not None:
            query = query.where(JobRow.store_id == store_id)
        return [job_from_row(row) for row in self._db.read(dialect.postgresql(query))]

    def get_job(self, job_id: int) -> Job | None:
        rows = self._db.read(dialect.postgresql(JobRow.select(*_JOB_FIELDS).where(JobRow.id == job_id)))
        return job_from_row(rows[0]) if rows else None

    async def save_job(self, job: Job) -> Job:
        """Insert (a new job is added now, unless it says when) or update; created_at never changes."""
        if job.id is None and job.created_at is None:
            job = replace(job, created_at=datetime.now(UTC))
        values = {
            JobRow.store_id: job.store_id,
            JobRow.kind: job.kind.value,
            JobRow.schedule: json.dumps(job.schedule.to_dict()),
            JobRow.timezone: job.schedule.timezone,
            JobRow.paused: job.paused,
            JobRow.catch_up: job.catch_up,
            JobRow.options: json.dumps(job.options),
            JobRow.paused_reason: job.paused_reason if job.paused else None,
            JobRow.resumed_at: timestamps.to_db(job.resumed_at),
        }

        def work(connection: Connection) -> int:
            if job.id is None:
                added = {**values, JobRow.created_at: timestamps.to_db(job.created_at)}
                return int(_one(connection, JobRow.insert(added).returning(JobRow.id)))
            updated = connection.execute(
                *dialect.postgresql(JobRow.update(values).where(JobRow.id == job.id))
            )
            if updated.rowcount == 0:
                raise StorageError("This job no longer exists.")
            return job.id

        return replace(job, id=await self._write(work, "The job's store no longer exists."))

    async def delete_job(self, job_id: int) -> None:
        """Removes the job and its cursors; its runs stay in the history without the link to the job."""
        await self._db.write(_executes(JobRow.delete().where(JobRow.id == job_id)))

    async def _write(self, work: Any, conflict: str) -> int:
        """`work` on the writer; a broken uniqueness or reference is `conflict` in one sentence."""
        try:
            result: int = await self._db.write(work)
        except StorageError as error:
            if isinstance(error.__cause__, psycopg.errors.IntegrityError):
                raise StorageError(conflict) from error
            raise
        return result


def _executes(query: Any) -> Callable[[Connection], None]:
    """Work for the writer that runs one statement."""
    statement = dialect.postgresql(query)

    def work(connection: Connection) -> None:
        connection.execute(*statement)

    return work


def _one(connection: Connection, query: Any) -> Any:
    row = connection.execute(*dialect.postgresql(query)).fetchone()
    assert row is not None, "an INSERT ... RETURNING returns its row"
    return row[0]
