"""What the alerts had told before a restart, read from a real history on both backends: the jobs failing
at least `warn_after_failures` runs in a row (skipped runs do not end a streak, a good run does) and the
stores whose latest failure needs the merchant."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from app.core.alert_memory import ToldProblems, told_problems
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.schedule import ScheduleSpec
from app.sync.outcome import ATTENTION_KINDS

START = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


async def job_with_runs(storage: Any, name: str, *ended: tuple[RunStatus, str | None]) -> tuple[int, int]:
    """A store with a stock job whose runs ended as `ended` (status, error kind), oldest first."""
    store = await storage.stores.save_store(Store(name, Platform.GENERIC_JSON, {"base_url": "https://x"}))
    job = await storage.stores.save_job(
        Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store_id=store.id)
    )
    for minute, (status, error_kind) in enumerate(ended):
        started = START + timedelta(minutes=minute)
        run = await storage.runs.start_run(SyncRun(job.id, Trigger.SCHEDULED, started))
        run.status, run.finished_at, run.error_kind = status, started + timedelta(seconds=5), error_kind
        await storage.runs.finish_run(run)
    return store.id, job.id


async def test_failing_jobs_and_stores_needing_attention_are_read_from_the_history(
    backend: Callable[[], Any],
) -> None:
    failed, skipped, good = RunStatus.FAILED, RunStatus.SKIPPED, RunStatus.SUCCEEDED
    async with backend() as storage:
        refused_store, refused = await job_with_runs(
            storage, "Refused", (good, None), (failed, "auth"), (failed, "auth")
        )
        _, once = await job_with_runs(storage, "Failed once", (good, None), (failed, "network"))
        _, recovered = await job_with_runs(
            storage, "Recovered", (failed, "auth"), (failed, "auth"), (good, None)
        )
        _, with_skips = await job_with_runs(
            storage, "Skipped", (failed, "network"), (failed, "rate"), (skipped, None)
        )
        await job_with_runs(storage, "Never ran")

        told = told_problems(storage.stores, storage.runs, 2, ATTENTION_KINDS)
        assert told == ToldProblems(
            failing_jobs=frozenset({refused, with_skips}), attention_stores=frozenset({refused_store})
        )
        assert once not in told.failing_jobs and recovered not in told.failing_jobs
        # With the warning off, no failure was told; the attention was.
        assert told_problems(storage.stores, storage.runs, 0, ATTENTION_KINDS) == ToldProblems(
            attention_stores=frozenset({refused_store})
        )
