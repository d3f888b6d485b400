"""DatabaseEvents: the runs and log lines the workers write (other processes, other machines), turned into
the events the window and the event stream know (SyncQueued, SyncLeftQueue, SyncStarted, SyncFinished,
SyncFailed, SyncSkipped, LogRecorded), published on this process's bus.

The runs and log tables are read every `interval` seconds. Runs are compared by id and status over a
recent window, not only by "ids above the last one seen": two workers starting runs at once can commit
them out of id order, and a run that ended is told whether it was seen running or not. A run waiting in
the queue is told once, when a look first finds it there (read after the runs, so its start is never told
before it)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from app.core.bus import EventBus
from app.core.events import (
    LogRecorded,
    SyncFailed,
    SyncFinished,
    SyncLeftQueue,
    SyncQueued,
    SyncSkipped,
    SyncStarted,
)
from app.core.failure_streak import failed_in_a_row
from app.core.models import Job, LogEntry, RunStatus, SyncRun
from app.core.ports import RunQuery, RunRepository, ServerQueue

log = logging.getLogger("app.worker")

# Runs that started this long ago or less are compared at each look; older ones only while running.
RECENT = timedelta(minutes=10)
MOST_PER_LOOK = 500
ENDED_FAILING = (RunStatus.FAILED,)


class JobLookup(Protocol):
    def get_job(self, job_id: int) -> Job | None: ...


class LogFollowing(Protocol):
    def last_id(self) -> int: ...
    def list_after(self, last_id: int, limit: int = 500) -> list[LogEntry]: ...


class DatabaseEvents:
    def __init__(
        self,
        runs: RunRepository,
        logs: LogFollowing,
        bus: EventBus,
        *,
        interval: float = 1.0,
        clock: Callable[[], datetime] | None = None,
        queue: ServerQueue | None = None,
        jobs: JobLookup | None = None,
    ) -> None:
        """`jobs`: where a failed run's job is read, for when it was last resumed (its failures before
        do not count); without it, every failure since the job's last good run counts."""
        self._runs = runs
        self._jobs = jobs
        self._queue = queue
        self._untaken: frozenset[int] = frozenset()  # jobs told queued and not taken by a worker since
        self._held: dict[int, int | None] = {}  # job id -> store id of every job with a run in the queue
        self._logs = logs
        self._bus = bus
        self._interval = interval
        self._clock = clock or (lambda: datetime.now(UTC))
        self._known: dict[int, RunStatus] = {}
        self._last_log_id = 0
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Take what the tables hold now as seen (it is history, not news), then follow them."""
        runs = await asyncio.to_thread(self._recent_runs)
        self._known = {run.id: run.status for run in runs if run.id is not None}
        self._last_log_id = await asyncio.to_thread(self._logs.last_id)
        await self._tell_waiting(quietly=True)
        self._task = asyncio.get_running_loop().create_task(self._follow())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def look(self) -> None:
        """Publish what changed since the last look."""
        await self._runs.interrupt_orphaned_runs()  # a worker that died leaves no run "running"
        for run in await asyncio.to_thread(self._changed_runs):
            self._tell(*run)
        left = await self._tell_waiting()
        if left:  # a run that began and ended since the runs were read is told before its leaving
            for run in await asyncio.to_thread(self._changed_runs):
                self._tell(*run)
            for job_id, store_id in left.items():
                self._bus.publish(SyncLeftQueue(job_id, store_id))
        lines = await asyncio.to_thread(self._logs.list_after, self._last_log_id, MOST_PER_LOOK)
        for entry in lines:
            self._last_log_id = max(self._last_log_id, entry.id or 0)
            self._bus.publish(LogRecorded(entry))

    async def _follow(self) -> None:
        failing = False
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self.look()
            except Exception as error:  # the database is away: say so once, keep following
                if not failing:
                    log.warning("Cannot follow the workers' runs and log for now: %s", error)
                failing = True
                continue
            if failing:
                log.info("Following the workers' runs and log again")
            failing = False

    async def _tell_waiting(self, *, quietly: bool = False) -> dict[int, int | None]:
        """SyncQueued for each job whose run reached the queue untaken since the last look; the jobs
        (id -> store id) whose runs all left the queue since, for SyncLeftQueue: a worker that drops a
        run (its job removed, or a run of it had just happened) records none, and nothing else would
        tell a watcher it no longer waits."""
        waiting = None if self._queue is None else await asyncio.to_thread(self._queue.waiting)
        if waiting is None:
            return {}
        untaken = {run.job_id: run for run in waiting if not run.taken}
        held = {run.job_id: run.store_id for run in waiting}
        if not quietly:
            for job_id, run in untaken.items():
                if job_id not in self._untaken:
                    self._bus.publish(SyncQueued(job_id, run.store_id, run.trigger))
        left = {job_id: store_id for job_id, store_id in self._held.items() if job_id not in held}
        self._untaken, self._held = frozenset(untaken), held
        return {} if quietly else left

    def _recent_runs(self) -> list[SyncRun]:
        """Runs started in the recent window (oldest first), and those still running from before it."""
        since = self._clock() - RECENT
        recent = self._runs.list_runs(RunQuery(since=since), limit=MOST_PER_LOOK)
        seen = {run.id for run in recent}
        older = [
            run
            for run_id, status in self._known.items()
            if status is RunStatus.RUNNING and run_id not in seen
            and (run := self._runs.get_run(run_id)) is not None
        ]  # fmt: skip
        return sorted([*older, *recent], key=lambda run: run.id or 0)

    def _changed_runs(self) -> list[tuple[SyncRun, int]]:
        """The recent runs whose status changed since the last look, each with the failed runs in a row
        its job has now (for a failed run: the alarms and the auto-pause count on it)."""
        changed = [
            run
            for run in self._recent_runs()
            if run.id is not None and self._known.get(run.id) is not run.status
        ]
        return [(run, self._failed_in_a_row(run) if run.status in ENDED_FAILING else 0) for run in changed]

    def _failed_in_a_row(self, run: SyncRun) -> int:
        """The job's streak as this run left it (a later failure told in the same look has its own)."""
        job = None if self._jobs is None else self._jobs.get_job(run.job_id)
        return failed_in_a_row(self._runs, run.job_id, None if job is None else job.resumed_at, up_to=run)

    def _tell(self, run: SyncRun, failed: int) -> None:
        if run.id is None:
            return
        before = self._known.get(run.id)
        if before is run.status:
            return
        self._known[run.id] = run.status
        if run.status is RunStatus.SKIPPED:
            reason = run.error_message or "skipped"
            self._bus.publish(SyncSkipped(run.job_id, run.store_id, run.trigger, reason, run.id))
            return
        if before is None and run.kind is not None:
            self._bus.publish(SyncStarted(run.id, run.job_id, run.store_id, run.kind, run.trigger))
        if run.status is RunStatus.RUNNING:
            return
        if run.status in ENDED_FAILING:
            self._bus.publish(
                SyncFailed(
                    run, run.store_id, run.error_kind or "failed", run.error_message or "", max(1, failed)
                )
            )
        else:
            self._bus.publish(SyncFinished(run, run.store_id))
        self._forget_old()

    def _forget_old(self) -> None:
        """Keep the memory of ended runs bounded (the recent window holds at most MOST_PER_LOOK)."""
        if len(self._known) > 4 * MOST_PER_LOOK:
            ended = [run_id for run_id, status in self._known.items() if status is not RunStatus.RUNNING]
            for run_id in sorted(ended)[: len(self._known) - 2 * MOST_PER_LOOK]:
                del self._known[run_id]
