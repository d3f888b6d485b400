"""The sync history (implements ports.RunRepository). Store, store name and kind are copied from the job
into each run, so that the history filters use an index each (fast with 100k runs) and a run still says
what it was for after its store or job is removed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from app.core.errors import StorageError
from app.core.models import JobKind, RunCounts, RunStatus, SyncRun, Trigger
from app.core.ports import RunQuery
from app.core.redaction import Redactor
from app.storage import timestamps
from app.storage.database import Database

RUN_COLUMNS = (
    "id, job_id, trigger, started_at, status, finished_at, fetched, created, updated, unchanged, deleted, "
    "failed, error_kind, error_message, attempt, late_by_seconds, store_id, store_name, kind"
)
REMOVED_JOB_ID = 0
"""SyncRun.job_id of a run whose job was removed (the stored job_id is NULL; real ids start at 1)."""
INTERRUPTED_MESSAGE = "StoreSync stopped before this run finished; the next run fetches again."
_UNSCHEDULED_TRIGGERS = (Trigger.MANUAL.value, Trigger.CLI.value)


def run_from_row(row: Any) -> SyncRun:
    """A SyncRun from the RUN_COLUMNS of a row."""
    return SyncRun(
        id=row[0],
        job_id=REMOVED_JOB_ID if row[1] is None else row[1],
        trigger=Trigger(row[2]),
        started_at=timestamps.required(row[3]),
        status=RunStatus(row[4]),
        finished_at=timestamps.from_db(row[5]),
        counts=RunCounts(*row[6:12]),
        error_kind=row[12],
        error_message=row[13],
        attempt=row[14],
        late_by_seconds=row[15],
        store_id=row[16],
        store_name=row[17],
        kind=JobKind(row[18]),
    )


def where_clause(query: RunQuery) -> tuple[str, list[Any]]:
    """SQL conditions for a RunQuery; `since` is inclusive, `until` exclusive."""
    conditions: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("store_id", query.store_id),
        ("job_id", query.job_id),
        ("kind", query.kind.value if query.kind else None),
        ("status", query.status.value if query.status else None),
    ):
        if value is not None:
            conditions.append(f"{column} = ?")
            params.append(value)
    if query.since is not None:
        conditions.append("started_at >= ?")
        params.append(timestamps.to_db(query.since))
    if query.until is not None:
        conditions.append("started_at < ?")
        params.append(timestamps.to_db(query.until))
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


class SqliteRunRepository:
    """Run history. Error messages pass through the redactor on the way in, whoever wrote them."""

    def __init__(self, database: Database, redactor: Redactor) -> None:
        self._db = database
        self._redactor = redactor

    async def start_run(self, run: SyncRun) -> SyncRun:
        """Records the run (normally status running) and returns it with its id, store and kind."""

        def work() -> tuple[int, int | None, str | None, str]:
            connection = self._db.connection()
            with self._db.transaction():
                cursor = connection.execute(
                    "INSERT INTO sync_run (job_id, store_id, store_name, kind, trigger, started_at, status, "
                    "attempt, late_by_seconds) "
                    "SELECT job.id, job.store_id, store.name, job.kind, ?, ?, ?, ?, ? "
                    "FROM job LEFT JOIN store ON store.id = job.store_id WHERE job.id = ?",
                    (
                        run.trigger.value,
                        timestamps.to_db(run.started_at),
                        run.status.value,
                        run.attempt,
                        run.late_by_seconds,
                        run.job_id,
                    ),
                )
                if cursor.rowcount == 0:
                    raise StorageError("This job no longer exists.")
                run_id = int(cursor.lastrowid or 0)
                store_id, store_name, kind = connection.execute(
                    "SELECT store_id, store_name, kind FROM sync_run WHERE id = ?", (run_id,)
                ).fetchone()
                return run_id, store_id, store_name, kind

        run_id, store_id, store_name, kind = await self._db.write(work)
        return replace(run, id=run_id, store_id=store_id, store_name=store_name, kind=JobKind(kind))

    async def finish_run(self, run: SyncRun) -> None:
        if run.id is None:
            raise StorageError("A run must be started before it can finish.")
        counts = run.counts
        values = (
            run.status.value,
            timestamps.to_db(run.finished_at),
            counts.fetched,
            counts.created,
            counts.updated,
            counts.unchanged,
            counts.deleted,
            counts.failed,
            run.duration_seconds,
            run.error_kind,
            None if run.error_message is None else self._redactor.redact(run.error_message),
            run.attempt,
            run.late_by_seconds,
            run.id,
        )

        def work() -> None:
            with self._db.transaction():
                self._db.connection().execute(
                    "UPDATE sync_run SET status = ?, finished_at = ?, fetched = ?, created = ?, updated = ?, "
                    "unchanged = ?, deleted = ?, failed = ?, duration_seconds = ?, error_kind = ?, "
                    "error_message = ?, attempt = ?, late_by_seconds = ? WHERE id = ?",
                    values,
                )

        await self._db.write(work)
        self._db.checkpoint_soon()  # the run's writes are done: now, not in its commits (PRAGMAS)

    async def mark_running_interrupted(self) -> int:
        def work() -> int:
            with self._db.transaction():
                cursor = self._db.connection().execute(
                    "UPDATE sync_run SET status = ?, error_kind = 'interrupted', error_message = ? "
                    "WHERE status = ?",
                    (RunStatus.INTERRUPTED.value, INTERRUPTED_MESSAGE, RunStatus.RUNNING.value),
                )
                return cursor.rowcount

        return await self._db.write(work)

    def get_run(self, run_id: int) -> SyncRun | None:
        rows = self._db.read(f"SELECT {RUN_COLUMNS} FROM sync_run WHERE id = ?", (run_id,))
        return run_from_row(rows[0]) if rows else None

    def last_run(self, job_id: int) -> SyncRun | None:
        rows = self._db.read(
            f"SELECT {RUN_COLUMNS} FROM sync_run WHERE job_id = ? ORDER BY started_at DESC, id DESC LIMIT 1",
            (job_id,),
        )
        return run_from_row(rows[0]) if rows else None

    def last_finished_run(self, job_id: int) -> SyncRun | None:
        rows = self._db.read(
            f"SELECT {RUN_COLUMNS} FROM sync_run WHERE job_id = ? AND status NOT IN (?, ?) "
            "ORDER BY started_at DESC, id DESC LIMIT 1",
            (job_id, RunStatus.RUNNING.value, RunStatus.SKIPPED.value),
        )
        return run_from_row(rows[0]) if rows else None

    def last_scheduled_slot(self, job_id: int) -> datetime | None:
        value = self._db.read_value(
            "SELECT started_at FROM sync_run WHERE job_id = ? AND trigger NOT IN (?, ?) "
            "ORDER BY started_at DESC LIMIT 1",
            (job_id, *_UNSCHEDULED_TRIGGERS),
        )
        return timestamps.from_db(value)

    def count_runs(self, query: RunQuery) -> int:
        where, params = where_clause(query)
        return int(self._db.read_value(f"SELECT COUNT(*) FROM sync_run{where}", params))

    def list_runs(self, query: RunQuery, offset: int = 0, limit: int = 100) -> list[SyncRun]:
        """Newest first, one page."""
        where, params = where_clause(query)
        rows = self._db.read(
            f"SELECT {RUN_COLUMNS} FROM sync_run{where} ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [run_from_row(row) for row in rows]
