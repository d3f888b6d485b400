"""Stores, jobs and their runs as plain data: what `status --json` prints and the control API serves."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from app.core.errors import StoreSyncError
from app.core.models import Job, RunStatus, SyncRun
from app.core.ports import JobHistory, RunRepository, SchedulerControl, StoreRepository
from app.core.staleness import stale_among


def status_report(
    stores: StoreRepository,
    runs: RunRepository,
    scheduler: SchedulerControl | None,
    scheduler_running: bool,
    stale_after_hours: float = 0,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Stores and their jobs as plain data; next runs come from the live scheduler when one runs in
    this process, otherwise from each job's schedule. The caller has the runs whose process is gone
    recorded interrupted first (RunRepository.interrupt_orphaned_runs), so a run still marked running
    has a live owner. A store whose last good read is older than `stale_after_hours` says so in
    `stale` (None otherwise). `now` is the moment the report is for (the clock's by default).

    Every job is read at once (stores, jobs, their runs, their next runs), never one by one: the same
    few queries for a fleet of any size."""
    now = now or datetime.now(UTC)
    live = scheduler if scheduler_running else None
    all_stores = stores.list_stores()
    jobs = [job for job in stores.list_jobs() if job.id is not None]
    stale = stale_among(all_stores, jobs, runs, now, stale_after_hours)
    reports = job_reports(jobs, runs, live, now)
    by_store: dict[int | None, list[dict[str, Any]]] = {}
    for job in jobs:
        assert job.id is not None
        by_store.setdefault(job.store_id, []).append(reports[job.id])
    entries = [
        {
            "id": store.id,
            "name": store.name,
            "platform": store.platform.value,
            "enabled": store.enabled,
            "demo": bool(store.settings.get("demo")),
            "stale": None if store.id is None else stale.get(store.id),
            "jobs": by_store.get(store.id, []) if store.id is not None else [],
        }
        for store in all_stores
    ]
    return {
        "generated_at": now.isoformat(),
        "stores": entries,
        "global_jobs": by_store.get(None, []),
    }


def job_report(
    job: Job, runs: RunRepository, scheduler: SchedulerControl | None, now: datetime
) -> dict[str, Any]:
    """One job: its schedule in words, last run, next run and last error."""
    assert job.id is not None
    return job_reports([job], runs, scheduler, now)[job.id]


def job_reports(
    jobs: Sequence[Job], runs: RunRepository, scheduler: SchedulerControl | None, now: datetime
) -> dict[int, dict[str, Any]]:
    """job_report of each job (by id), from one read of their runs and one question to the scheduler."""
    histories = runs.job_histories([job.id for job in jobs if job.id is not None])
    next_runs = next_run_times(jobs, scheduler, now, histories)
    queued = scheduler.queued_jobs() if scheduler is not None else frozenset[int]()
    return {
        job.id: _job_report(job, histories.get(job.id, JobHistory()), next_runs.get(job.id), job.id in queued)
        for job in jobs
        if job.id is not None
    }


def _job_report(job: Job, history: JobHistory, next_run: datetime | None, queued: bool) -> dict[str, Any]:
    """`queued`: a run of the job waits for a free run slot or a worker (see SchedulerControl.queued_jobs)."""
    last = history.last_run
    running = last is not None and last.status is RunStatus.RUNNING
    return {
        "id": job.id,
        "kind": job.kind.value,
        "schedule": job.schedule.to_dict(),
        "schedule_words": describe_schedule(job),
        "paused": job.paused,
        "paused_reason": job.paused_reason,
        "running": running,
        "queued": queued and not running,
        "last_run": None if last is None else run_report(last),
        "next_run": None if next_run is None else next_run.isoformat(),
        "total_runs": history.total_runs,
        "last_error": _last_error(history),
    }


def run_report(run: SyncRun) -> dict[str, Any]:
    """A run's status, trigger, times, counts and error, as the history shows it."""
    c = run.counts
    return {
        "status": run.status.value,
        "trigger": run.trigger.value,
        "started_at": run.started_at.isoformat(),
        "finished_at": None if run.finished_at is None else run.finished_at.isoformat(),
        "duration_seconds": run.duration_seconds,
        "counts": {
            "fetched": c.fetched,
            "created": c.created,
            "updated": c.updated,
            "unchanged": c.unchanged,
            "deleted": c.deleted,
            "failed": c.failed,
            "skipped": c.skipped,
        },
        "error_kind": run.error_kind,
        "error_message": run.error_message,
    }


def next_run_time(job: Job, scheduler: SchedulerControl | None, now: datetime) -> datetime | None:
    """From the live scheduler when there is one, else from the job's schedule; None when paused."""
    if job.paused or job.id is None:
        return None
    if scheduler is not None:
        return scheduler.next_run_time(job.id)
    return _next_in_schedule(job, now)


def next_run_times(
    jobs: Sequence[Job],
    scheduler: SchedulerControl | None,
    now: datetime,
    histories: Mapping[int, JobHistory] | None = None,
) -> dict[int, datetime | None]:
    """next_run_time of each job, asking the scheduler once for all of them (with the jobs' runs when
    they were read already)."""
    found: dict[int, datetime | None] = {job.id: None for job in jobs if job.id is not None}
    waiting = [job for job in jobs if job.id is not None and not job.paused]
    if scheduler is not None:
        if waiting:
            found.update(scheduler.next_run_times(waiting, histories))
        return found
    for job in waiting:
        assert job.id is not None
        found[job.id] = _next_in_schedule(job, now)
    return found


def _next_in_schedule(job: Job, now: datetime) -> datetime | None:
    try:
        times = job.schedule.next_times(1, now)
    except (StoreSyncError, NotImplementedError, ValueError):
        return None
    return times[0] if times else None


def describe_schedule(job: Job) -> str:
    try:
        return job.schedule.describe()
    except (StoreSyncError, NotImplementedError, ValueError):
        return json.dumps(job.schedule.to_dict())


def _last_error(history: JobHistory) -> dict[str, Any] | None:
    """The newest failed run, else the newest partly failed one."""
    for run in (history.last_failed, history.last_partial):
        if run is not None:
            return {"at": run.started_at.isoformat(), "kind": run.error_kind, "message": run.error_message}
    return None
