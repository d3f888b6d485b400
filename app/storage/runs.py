"""The sync history (implements ports.RunRepository). Store, store name and kind are copied from the job
into each run, so that the history filters use an index each (fast with 100k runs) and a run still says
what it was for after its store or job is removed."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import datetime
from typing import Any

from app.core.errors import AlreadyRunning, StorageError
from app.core.models import JobKind, RunStatus, SyncRun
from app.core.ports import JobHistory, RunQuery
from app.core.redaction import Redactor
from app.core.request_meter import RequestProfile
from app.storage import dialect, job_history, timestamps
from app.storage.database import Database
from app.storage.run_owners import RunOwners
from app.storage.run_rows import RUN_COLUMNS, UNSCHEDULED_TRIGGERS, run_from_row

INTERRUPTED_MESSAGE = "StoreSync stopped before this run finished; the next run fetches again."
RUNNING_ELSEWHERE = "already running in another StoreSync process"


def profile_from_text(run_id: int, text: object) -> RequestProfile | None:
    """The request profile stored with a run (None when it has none); StorageError when it is unreadable."""
    if text is None:
        return None
    try:
        return RequestProfile.from_json(str(text))
    except ValueError as error:
        raise StorageError(f"The requests recorded for run {run_id} cannot be read ({error}).") from None


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
    if query.removed_store is not None:
        conditions.append("store_id IS NULL AND store_name = ?")
        params.append(query.removed_store)
    if query.since is not None:
        conditions.append("started_at >= ?")
        params.append(timestamps.to_db(query.since))
    if query.until is not None:
        conditions.append("started_at < ?")
        params.append(timestamps.to_db(query.until))
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


class SqliteRunRepository:
    """Run history. Error messages pass through the redactor on the way in, whoever wrote them. A run
    recorded as running is owned by this process (RunOwners) until its end is recorded."""

    def __init__(self, database: Database, redactor: Redactor) -> None:
        self._db = database
        self._redactor = redactor
        self._owners = RunOwners(database.path.parent)

    async def start_run(self, run: SyncRun) -> SyncRun:
        """Records the run (normally status running) and returns it with its id, store and kind."""

        def work() -> tuple[int, int | None, str | None, str]:
            connection = self._db.connection()
            claimed: int | None = None
            try:
                with self._db.transaction():
                    if run.status is RunStatus.RUNNING:
                        self._refuse_a_second_live_run(run.job_id)
                    cursor = connection.execute(
                        "INSERT INTO sync_run (job_id, store_id, store_name, kind, trigger, started_at, "
                        "status, attempt, late_by_seconds) "
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
                    if run.status is RunStatus.RUNNING:
                        self._owners.claim(run_id)
                        claimed = run_id
            except BaseException:
                if claimed is not None:  # the row was not committed: nothing to own
                    self._owners.release(claimed)
                raise
            return run_id, store_id, store_name, kind

        run_id, store_id, store_name, kind = await self._db.write(work)
        return replace(run, id=run_id, store_id=store_id, store_name=store_name, kind=JobKind(kind))

    async def finish_run(self, run: SyncRun, requests: RequestProfile | None = None) -> None:
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
            counts.skipped,
            run.duration_seconds,
            run.error_kind,
            None if run.error_message is None else self._redactor.redact(run.error_message),
            run.attempt,
            run.late_by_seconds,
            None if requests is None else requests.to_json(),
            run.id,
        )

        def work() -> None:
            with self._db.transaction():
                self._db.connection().execute(
                    "UPDATE sync_run SET status = ?, finished_at = ?, fetched = ?, created = ?, updated = ?, "
                    "unchanged = ?, deleted = ?, failed = ?, skipped = ?, duration_seconds = ?, "
                    "error_kind = ?, error_message = ?, attempt = ?, late_by_seconds = ?, requests = ? "
                    "WHERE id = ?",
                    values,
                )

        try:
            await self._db.write(work)
        finally:
            # Ended either way: if its end could not be saved, whoever looks next records it
            # interrupted rather than running for ever.
            self._owners.release(run.id)
        self._db.checkpoint_soon()  # the run's writes are done: now, not in its commits (PRAGMAS)

    def _refuse_a_second_live_run(self, job_id: int) -> None:
        """Inside the transaction that records a run: a job runs once at a time across processes. A
        run of the job whose owner is gone is recorded interrupted here, by the next run that looks."""
        connection = self._db.connection()
        running = connection.execute(
            "SELECT id FROM sync_run WHERE status = ? AND +job_id = ?", (RunStatus.RUNNING.value, job_id)
        ).fetchall()
        orphans = [run_id for (run_id,) in running if not self._owners.is_alive(run_id)]
        if len(orphans) < len(running):
            raise AlreadyRunning(RUNNING_ELSEWHERE)
        self._interrupt(orphans)

    def _interrupt(self, run_ids: list[int]) -> None:
        self._db.connection().executemany(
            "UPDATE sync_run SET status = ?, error_kind = 'interrupted', error_message = ? "
            "WHERE id = ? AND status = ?",
            [
                (RunStatus.INTERRUPTED.value, INTERRUPTED_MESSAGE, run_id, RunStatus.RUNNING.value)
                for run_id in run_ids
            ],
        )
        for run_id in run_ids:
            self._owners.forget(run_id)

    async def interrupt_orphaned_runs(self) -> int:
        """Runs recorded as running whose owning process is gone (killed, crashed, powered off) are
        marked interrupted; live runs of any process are left alone. Returns how many were marked.
        The check holds the write lock, so no owner can record its end in between; a first look without
        it keeps the usual case (no run, or only live ones) a single indexed read."""
        running = self._db.read("SELECT id FROM sync_run WHERE status = ?", (RunStatus.RUNNING.value,))
        if all(self._owners.is_alive(run_id) for (run_id,) in running):
            return 0

        def work() -> list[int]:
            connection = self._db.connection()
            with self._db.transaction():
                running = connection.execute(
                    "SELECT id FROM sync_run WHERE status = ?", (RunStatus.RUNNING.value,)
                ).fetchall()
                orphans = [run_id for (run_id,) in running if not self._owners.is_alive(run_id)]
                self._interrupt(orphans)
            return orphans

        return len(await self._db.write(work))

    def close(self) -> None:
        """Let go of the runs still recorded as running: the next process that looks marks them
        interrupted (a drained engine has none left)."""
        self._owners.release_all()

    def get_run(self, run_id: int) -> SyncRun | None:
        rows = self._db.read(f"SELECT {RUN_COLUMNS} FROM sync_run WHERE id = ?", (run_id,))
        return run_from_row(rows[0]) if rows else None

    def request_profile(self, run_id: int) -> RequestProfile | None:
        return profile_from_text(
            run_id, self._db.read_value("SELECT requests FROM sync_run WHERE id = ?", (run_id,))
        )

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
            (job_id, *UNSCHEDULED_TRIGGERS),
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

    def job_histories(self, job_ids: Collection[int]) -> dict[int, JobHistory]:
        return job_history.job_histories(self._read, job_ids)

    def last_good_reads(self, store_ids: Collection[int]) -> dict[int, datetime]:
        return job_history.last_good_reads(self._read, store_ids)

    def _read(self, query: Any) -> list[Any]:
        return self._db.read(*dialect.statement(query, dialect.SQLITE))
