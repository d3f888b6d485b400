"""Stores, jobs and their runs as plain data: what `status --json` prints and the control API serves."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from app.core.errors import StoreSyncError
from app.core.models import Job, RunStatus, SyncRun
from app.core.ports import RunQuery, RunRepository, SchedulerControl, StoreRepository
from app.core.staleness import stale_reason


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
    `stale` (None otherwise). `now` is the moment the report is for (the clock's by default)."""
    now = now or datetime.now(UTC)
    live = scheduler if scheduler_running else None
    entries = [
        {
            "id": store.id,
            "name": store.name,
            "platform": store.platform.value,
            "enabled": store.enabled,
            "demo": bool(store.settings.get("demo")),
            "stale": stale_reason(store, stores, runs, now, stale_after_hours),
            "jobs": [job_report(job, runs, live, now) for job in stores.list_jobs(store.id)],
        }
        for store in stores.list_stores()
    ]
    global_jobs = [job for job in stores.list_jobs() if job.store_id is None]
    return {
        "generated_at": now.isoformat(),
        "stores": entries,
        "global_jobs": [job_report(job, runs, live, now) for job in global_jobs],
    }


def job_report(
    job: Job, runs: RunRepository, scheduler: SchedulerControl | None, now: datetime
) -> dict[str, Any]:
    """One job: its schedule in words, last run, next run and last error."""
    assert job.id is not None
    last = runs.last_run(job.id)
    next_run = next_run_time(job, scheduler, now)
    return {
        "id": job.id,
        "kind": job.kind.value,
        "schedule": job.schedule.to_dict(),
        "schedule_words": describe_schedule(job),
        "paused": job.paused,
        "paused_reason": job.paused_reason,
        "running": last is not None and last.status is RunStatus.RUNNING,
        "last_run": None if last is None else run_report(last),
        "next_run": None if next_run is None else next_run.isoformat(),
        "total_runs": runs.count_runs(RunQuery(job_id=job.id)),
        "last_error": _last_error(job.id, runs),
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


def _last_error(job_id: int, runs: RunRepository) -> dict[str, Any] | None:
    for run_status in (RunStatus.FAILED, RunStatus.PARTIAL):
        found = runs.list_runs(RunQuery(job_id=job_id, status=run_status), limit=1)
        if found:
            run = found[0]
            return {"at": run.started_at.isoformat(), "kind": run.error_kind, "message": run.error_message}
    return None
