"""Stores with a stock job each in every state the status shows, at fixed times, on either backend: never
run, succeeded (after an older failure), failed, partly failed, running, a scheduled slot missed, paused,
a disabled store's. All schedules are daily at 18:00 UTC and every store and job was added at ADDED, so
what the status says at NOW can be written out by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.core.models import Job, JobKind, Platform, RunCounts, RunStatus, Store, SyncRun, Trigger
from app.core.schedule import ScheduleSpec

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
ADDED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
DAILY = ScheduleSpec.daily("18:00", timezone="UTC")
YESTERDAY = datetime(2026, 12, 5, 18, 0, tzinfo=UTC)  # the latest slot before NOW
DAY_BEFORE = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)
RUNNING_SINCE = datetime(2026, 12, 6, 11, 50, tzinfo=UTC)
PAUSED_REASON = "paused after 10 failed runs"
STATES = ("never", "succeeded", "failed", "partial", "running", "missed", "paused", "disabled")


async def ended(
    storage: Any,
    job_id: int,
    started: datetime,
    status: RunStatus,
    counts: RunCounts,
    error: tuple[str, str] | None = None,
) -> None:
    """A scheduled run of the job that took 30 s and ended with `status`."""
    run = await storage.runs.start_run(SyncRun(job_id, Trigger.SCHEDULED, started))
    await storage.runs.finish_run(
        SyncRun(
            job_id,
            Trigger.SCHEDULED,
            started,
            status=status,
            finished_at=started + timedelta(seconds=30),
            counts=counts,
            error_kind=None if error is None else error[0],
            error_message=None if error is None else error[1],
            id=run.id,
        )
    )


GOOD = RunCounts(fetched=120, updated=4, unchanged=116)
FAILED = ("http", "the store answered 502")
PARTIAL = ("items", "2 items could not be read")


async def add_job_in_state(storage: Any, state: str, name: str) -> int:
    """One store with a stock job in `state` (one of STATES); the job's id."""
    store = await storage.stores.save_store(
        Store(
            name,
            Platform.GENERIC_JSON,
            {"base_url": "https://x.invalid"},
            state != "disabled",
            created_at=ADDED,
        )
    )
    paused = state == "paused"
    job = await storage.stores.save_job(
        Job(
            JobKind.INVENTORY_PULL,
            DAILY,
            store_id=store.id,
            paused=paused,
            paused_reason=PAUSED_REASON if paused else None,
            created_at=ADDED,
        )
    )
    job_id: int = job.id
    if state == "succeeded":
        await ended(storage, job_id, DAY_BEFORE, RunStatus.FAILED, RunCounts(), FAILED)
    if state in ("succeeded", "running", "paused", "disabled"):
        await ended(storage, job_id, YESTERDAY, RunStatus.SUCCEEDED, GOOD)
    elif state == "failed":
        await ended(storage, job_id, YESTERDAY, RunStatus.FAILED, RunCounts(), FAILED)
    elif state == "partial":
        await ended(storage, job_id, YESTERDAY, RunStatus.PARTIAL, RunCounts(fetched=120, failed=2), PARTIAL)
    elif state == "missed":
        await ended(storage, job_id, DAY_BEFORE, RunStatus.SUCCEEDED, GOOD)
    if state == "running":  # held by this storage (its process, or its PostgreSQL session) until it closes
        await storage.runs.start_run(SyncRun(job_id, Trigger.MANUAL, RUNNING_SINCE))
    return job_id


async def add_fleet(storage: Any, count: int, first: int = 0) -> list[int]:
    """`count` stores with a job each, numbered from `first`, in the states of STATES in turn; the jobs'
    ids."""
    return [
        await add_job_in_state(storage, STATES[number % len(STATES)], f"Shop {number:03}")
        for number in range(first, first + count)
    ]
