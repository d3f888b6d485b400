"""The sync history on PostgreSQL (implements ports.RunRepository), shared by every worker: a run recorded
as running is held by its worker's session (app.storage.postgres_run_owners), so a run whose worker
died is marked interrupted by the next one that looks, and a job never has two live runs."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import datetime
from typing import Any

import peewee

from app.core.errors import AlreadyRunning, StorageError
from app.core.models import JobKind, RunStatus, SyncRun
from app.core.ports import JobHistory, RunQuery
from app.core.redaction import Redactor
from app.core.request_meter import RequestProfile
from app.storage import dialect, job_history, timestamps
from app.storage.models import JobRow, StoreRow, SyncRunRow
from app.storage.postgres import Connection
from app.storage.postgres_database import PostgresDatabase
from app.storage.postgres_run_owners import PostgresRunOwners, interrupt_orphans
from app.storage.run_rows import RUN_COLUMNS, UNSCHEDULED_TRIGGERS, run_from_row
from app.storage.runs import RUNNING_ELSEWHERE, profile_from_text


def _runs() -> Any:
    return SyncRunRow.select(peewee.SQL(RUN_COLUMNS))


def _matching(query: RunQuery) -> Any:
    """The runs a RunQuery asks for; `since` is inclusive, `until` exclusive."""
    selected = _runs()
    for column, value in (
        (SyncRunRow.store_id, query.store_id),
        (SyncRunRow.job_id, query.job_id),
        (SyncRunRow.kind, query.kind.value if query.kind else None),
        (SyncRunRow.status, query.status.value if query.status else None),
    ):
        if value is not None:
            selected = selected.where(column == value)
    if query.removed_store is not None:
        selected = selected.where(
            SyncRunRow.store_id.is_null() & (SyncRunRow.store_name == query.removed_store)
        )
    if query.since is not None:
        selected = selected.where(SyncRunRow.started_at >= query.since)
    if query.until is not None:
        selected = selected.where(SyncRunRow.started_at < query.until)
    return selected


def _newest_first(query: Any) -> Any:
    return query.order_by(SyncRunRow.started_at.desc(), SyncRunRow.id.desc())


class PostgresRunRepository:
    """Error messages pass through the redactor on the way in, whoever wrote them."""

    def __init__(self, database: PostgresDatabase, redactor: Redactor) -> None:
        self._db = database
        self._redactor = redactor
        self._owners = PostgresRunOwners(database.url)

    async def start_run(self, run: SyncRun) -> SyncRun:
        """Records the run (normally status running) and returns it with its id, store and kind; a job
        with a live run in any worker is refused (AlreadyRunning)."""
        job = JobRow.alias("job_of_run")
        store = StoreRow.alias("store_of_run")
        insert = SyncRunRow.insert_from(
            job.select(
                job.id,
                job.store_id,
                store.name,
                job.kind,
                peewee.Value(run.trigger.value),
                peewee.Value(timestamps.to_db(run.started_at)),
                peewee.Value(run.status.value),
                peewee.Value(run.attempt),
                peewee.Value(run.late_by_seconds),
            )
            .join(store, peewee.JOIN.LEFT_OUTER, on=store.id == job.store_id)
            .where(job.id == run.job_id),
            [
                SyncRunRow.job_id,
                SyncRunRow.store_id,
                SyncRunRow.store_name,
                SyncRunRow.kind,
                SyncRunRow.trigger,
                SyncRunRow.started_at,
                SyncRunRow.status,
                SyncRunRow.attempt,
                SyncRunRow.late_by_seconds,
            ],
        ).returning(SyncRunRow.id, SyncRunRow.store_id, SyncRunRow.store_name, SyncRunRow.kind)

        def work(connection: Connection) -> tuple[int, int | None, str | None, str]:
            if run.status is RunStatus.RUNNING:
                interrupt_orphans(connection, timestamps.now_db())
                live = _runs().where(
                    (SyncRunRow.job_id == run.job_id) & (SyncRunRow.status == RunStatus.RUNNING.value)
                )
                if connection.execute(*dialect.postgresql(live)).fetchone() is not None:
                    raise AlreadyRunning(RUNNING_ELSEWHERE)
            row = connection.execute(*dialect.postgresql(insert)).fetchone()
            if row is None:
                raise StorageError("This job no longer exists.")
            run_id = int(row[0])
            if run.status is RunStatus.RUNNING:
                self._owners.claim(run_id)  # before the commit: no one sees the row unowned
            return run_id, row[1], row[2], row[3]

        run_id, store_id, store_name, kind = await self._db.write(work)
        return replace(run, id=run_id, store_id=store_id, store_name=store_name, kind=JobKind(kind))

    async def finish_run(self, run: SyncRun, requests: RequestProfile | None = None) -> None:
        if run.id is None:
            raise StorageError("A run must be started before it can finish.")
        counts = run.counts
        update = SyncRunRow.update(
            status=run.status.value,
            finished_at=run.finished_at,
            fetched=counts.fetched,
            created=counts.created,
            updated=counts.updated,
            unchanged=counts.unchanged,
            deleted=counts.deleted,
            failed=counts.failed,
            skipped=counts.skipped,
            duration_seconds=run.duration_seconds,
            error_kind=run.error_kind,
            error_message=None if run.error_message is None else self._redactor.redact(run.error_message),
            attempt=run.attempt,
            late_by_seconds=run.late_by_seconds,
            requests=None if requests is None else requests.to_json(),
        ).where(SyncRunRow.id == run.id)
        statement = dialect.postgresql(update)
        try:
            await self._db.write(lambda connection: connection.execute(*statement).rowcount)
        finally:
            # Ended either way: if its end could not be saved, whoever looks next records it interrupted.
            self._owners.release(run.id)

    async def interrupt_orphaned_runs(self) -> int:
        """Runs recorded as running whose worker's session is gone are marked interrupted; live runs of
        every worker are left alone. Returns how many were marked."""
        return len(
            await self._db.write(lambda connection: interrupt_orphans(connection, timestamps.now_db()))
        )

    def close(self) -> None:
        """Let go of the runs still held: the next worker that looks marks them interrupted."""
        self._owners.close()

    def get_run(self, run_id: int) -> SyncRun | None:
        rows = self._db.read(dialect.postgresql(_runs().where(SyncRunRow.id == run_id)))
        return run_from_row(rows[0]) if rows else None

    def request_profile(self, run_id: int) -> RequestProfile | None:
        query = SyncRunRow.select(SyncRunRow.requests).where(SyncRunRow.id == run_id)
        return profile_from_text(run_id, self._db.read_value(dialect.postgresql(query)))

    def last_run(self, job_id: int) -> SyncRun | None:
        return self._first(_newest_first(_runs().where(SyncRunRow.job_id == job_id)))

    def last_finished_run(self, job_id: int) -> SyncRun | None:
        ended = SyncRunRow.status.not_in((RunStatus.RUNNING.value, RunStatus.SKIPPED.value))
        return self._first(_newest_first(_runs().where((SyncRunRow.job_id == job_id) & ended)))

    def last_scheduled_slot(self, job_id: int) -> datetime | None:
        query = (
            SyncRunRow.select(SyncRunRow.started_at)
            .where((SyncRunRow.job_id == job_id) & SyncRunRow.trigger.not_in(UNSCHEDULED_TRIGGERS))
            .order_by(SyncRunRow.started_at.desc())
            .limit(1)
        )
        return timestamps.from_db(self._db.read_value(dialect.postgresql(query)))

    def count_runs(self, query: RunQuery) -> int:
        counted = _matching(query).select(peewee.fn.COUNT(peewee.SQL("*")))
        return int(self._db.read_value(dialect.postgresql(counted)))

    def list_runs(self, query: RunQuery, offset: int = 0, limit: int = 100) -> list[SyncRun]:
        """Newest first, one page."""
        page = _newest_first(_matching(query)).limit(limit).offset(offset)
        return [run_from_row(row) for row in self._db.read(dialect.postgresql(page))]

    def job_histories(self, job_ids: Collection[int]) -> dict[int, JobHistory]:
        return job_history.job_histories(self._read, job_ids)

    def last_good_reads(self, store_ids: Collection[int]) -> dict[int, datetime]:
        return job_history.last_good_reads(self._read, store_ids)

    def _read(self, query: Any) -> list[Any]:
        return self._db.read(dialect.postgresql(query))

    def _first(self, query: Any) -> SyncRun | None:
        rows = self._db.read(dialect.postgresql(query.limit(1)))
        return run_from_row(rows[0]) if rows else None
