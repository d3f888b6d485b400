"""What the status reads of the runs of every job and store at once (RunRepository.job_histories and
last_good_reads), written once with peewee's query builder and run in each backend's words
(app.storage.dialect). Each job's or store's newest matching run is a subquery per row of the job or
store table, answered from the sync_run indexes, so a fleet's status costs the same few statements
whatever its size (asked per job, 200 jobs cost 2,800 round trips to PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from typing import Any

import peewee

from app.core.models import RunStatus, SyncRun
from app.core.ports import JobHistory
from app.core.staleness import READ_KINDS
from app.storage import timestamps
from app.storage.models import JobRow, StoreRow, SyncRunRow
from app.storage.run_rows import RUN_COLUMNS, UNSCHEDULED_TRIGGERS, run_from_row

Read = Callable[[Any], list[Any]]
"""Runs a peewee query on one backend and returns its rows."""

_GOOD_READS = tuple(
    (kind.value, status.value) for kind in READ_KINDS for status in (RunStatus.SUCCEEDED, RunStatus.PARTIAL)
)


def _newest(run: Any, query: Any) -> Any:
    return query.order_by(run.started_at.desc(), run.id.desc()).limit(1)


def _job_rows(job_ids: Collection[int]) -> Any:
    """Per job: its id, run count, last scheduled start, and the ids of its newest run, newest failed
    run and newest partly failed run."""
    run = SyncRunRow.alias("run")
    of_job = run.job_id == JobRow.id

    def newest_id(*conditions: Any) -> Any:
        return _newest(run, run.select(run.id).where(of_job, *conditions))

    return JobRow.select(
        JobRow.id,
        run.select(peewee.fn.COUNT(peewee.SQL("*"))).where(of_job),
        run.select(run.started_at)
        .where(of_job, run.trigger.not_in(UNSCHEDULED_TRIGGERS))
        .order_by(run.started_at.desc())
        .limit(1),
        newest_id(),
        newest_id(run.status == RunStatus.FAILED.value),
        newest_id(run.status == RunStatus.PARTIAL.value),
    ).where(JobRow.id.in_(list(job_ids)))


def job_histories(read: Read, job_ids: Collection[int]) -> dict[int, JobHistory]:
    """Two statements: the jobs' counts and the ids of the runs they show, then those runs."""
    if not job_ids:
        return {}
    rows = read(_job_rows(job_ids))
    wanted = {run_id for row in rows for run_id in row[3:] if run_id is not None}
    runs: dict[int, SyncRun] = {}
    if wanted:
        selected = SyncRunRow.select(peewee.SQL(RUN_COLUMNS)).where(SyncRunRow.id.in_(sorted(wanted)))
        runs = {run.id: run for run in map(run_from_row, read(selected)) if run.id is not None}
    return {
        int(job_id): JobHistory(
            total_runs=int(count),
            last_run=runs.get(last),
            last_failed=runs.get(failed),
            last_partial=runs.get(partial),
            last_scheduled_slot=timestamps.from_db(slot),
        )
        for job_id, count, slot, last, failed, partial in rows
    }


def last_good_reads(read: Read, store_ids: Collection[int]) -> dict[int, datetime]:
    """One statement: per store, the end (or start) of its newest good read of each kind and outcome,
    of which the latest counts."""
    if not store_ids:
        return {}
    run = SyncRunRow.alias("run")
    ends = [
        _newest(
            run,
            run.select(peewee.fn.COALESCE(run.finished_at, run.started_at)).where(
                run.store_id == StoreRow.id, run.kind == kind, run.status == status
            ),
        )
        for kind, status in _GOOD_READS
    ]
    found: dict[int, datetime] = {}
    for store_id, *texts in read(StoreRow.select(StoreRow.id, *ends).where(StoreRow.id.in_(list(store_ids)))):
        moments = [timestamps.required(text) for text in texts if text is not None]
        if moments:
            found[int(store_id)] = max(moments)
    return found
