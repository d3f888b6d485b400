"""QueueSchedulerControl: the SchedulerControl of a process that runs no sync itself (`storesync serve`).

The workers own the schedule: each tick of their due-runs task reads the jobs table and the settings, so a
pause, a resume, pause-all or a new schedule is written there and takes effect at the next tick. Sync now
queues the same task the tick queues (app.worker.queue.queue_run), with both of the job's locks, so a job
already waiting is not queued twice. Next run times come from the decision the tick makes
(app.worker.due_runs); whether a job runs comes from the runs table, whichever worker runs it."""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

import procrastinate

from app.core.bus import EventBus
from app.core.errors import StoreSyncError
from app.core.events import ALREADY_QUEUED, PausedAllChanged, ScheduleChanged, SyncSkipped
from app.core.models import Job, RunStatus, Trigger
from app.core.pausing import paused_or_resumed
from app.core.ports import JobHistory, RunRepository, ServerQueue, SettingsRepository, StoreRepository
from app.scheduling.scheduler import PAUSED_ALL_SETTING
from app.worker.due_runs import DueRun, catch_up_setting, due_run
from app.worker.queue import QUEUE_WORKERS_PER_PROCESS, QueueTiming, queue_run

log = logging.getLogger("app.worker")


class QueueSchedulerControl:
    """Implements app.core.ports.SchedulerControl over the workers' queue and the shared tables."""

    def __init__(
        self,
        queue: procrastinate.App,
        stores: StoreRepository,
        runs: RunRepository,
        settings: SettingsRepository,
        bus: EventBus,
        *,
        timing: QueueTiming | None = None,
        clock: Callable[[], datetime] | None = None,
        queue_state: ServerQueue | None = None,
    ) -> None:
        self._queue = queue
        self._queue_state = queue_state
        self._stores = stores
        self._runs = runs
        self._settings = settings
        self._bus = bus
        self._timing = timing or QueueTiming()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._queueing: dict[int, asyncio.Task[None]] = {}

    def next_run_time(self, job_id: int) -> datetime | None:
        """Now when the next tick queues the job, else its schedule's next slot; None when it will not
        run on its own (paused, everything paused, its store disabled, a schedule that never fires)."""
        job = self._stores.get_job(job_id)
        return None if job is None else self.next_run_times([job]).get(job_id)

    def next_run_times(
        self, jobs: Sequence[Job], histories: Mapping[int, JobHistory] | None = None
    ) -> dict[int, datetime | None]:
        """next_run_time of each job, from one read of the settings, the stores and (unless given) the
        jobs' history."""
        ids = [job.id for job in jobs if job.id is not None]
        if not ids or self.paused_all:
            return dict.fromkeys(ids)
        enabled = {store.id for store in self._stores.list_stores() if store.enabled}
        waiting = [
            job
            for job in jobs
            if job.id is not None and not job.paused and (job.store_id is None or job.store_id in enabled)
        ]
        if histories is None:
            histories = self._runs.job_histories([job.id for job in waiting if job.id is not None])
        catch_up = catch_up_setting(self._settings)
        now = self._clock()
        found: dict[int, datetime | None] = dict.fromkeys(ids)
        for job in waiting:
            assert job.id is not None
            history = histories.get(job.id, JobHistory())
            found[job.id] = self._next(job, history, now, catch_up)
        return found

    def run_now(self, job_id: int, trigger: Trigger = Trigger.MANUAL) -> bool:
        """Queue one run for the workers; False when the job runs now, or its run is being queued."""
        job = self._stores.get_job(job_id)
        if job is None or job_id in self._queueing or self.is_running(job_id):
            return False
        task = asyncio.get_running_loop().create_task(self._queue_one(job, trigger))
        self._queueing[job_id] = task
        task.add_done_callback(lambda _: self._queueing.pop(job_id, None))
        return True

    def is_running(self, job_id: int) -> bool:
        last = self._runs.last_run(job_id)
        return last is not None and last.status is RunStatus.RUNNING

    def queued_jobs(self) -> frozenset[int]:
        """The jobs with a run in the queue that no worker has taken yet (a taken one is told by its run;
        counted too, it read "queued" for the seconds between its run's end and the queue's)."""
        waiting = None if self._queue_state is None else self._queue_state.waiting()
        return frozenset(run.job_id for run in waiting or () if not run.taken)

    async def pause_job(self, job_id: int, reason: str | None = None) -> None:
        await self._save_paused(job_id, True, reason)
        self._publish(job_id)

    async def resume_job(self, job_id: int) -> None:
        await self._save_paused(job_id, False)
        self._publish(job_id)

    async def pause_all(self) -> None:
        await self._settings.set_setting(PAUSED_ALL_SETTING, True)
        self._bus.publish(PausedAllChanged(paused=True))
        self._publish_all()

    async def resume_all(self) -> None:
        await self._settings.set_setting(PAUSED_ALL_SETTING, False)
        self._bus.publish(PausedAllChanged(paused=False))
        self._publish_all()

    def reload_job(self, job_id: int) -> None:
        """The workers read the job at their next tick; the watchers hear of its next run now."""
        self._publish(job_id)

    def remove_job(self, job_id: int) -> None:
        self._publish(job_id)

    @property
    def paused_all(self) -> bool:
        return bool(self._settings.get_setting(PAUSED_ALL_SETTING, False))

    def workers(self) -> int | None:
        """The worker processes whose heartbeat is fresher than the time after which their runs count
        as stalled (one that has registered one of its two queue workers yet counts already)."""
        queue, stalled_after = self._queue_state, self._timing.stalled_after_seconds
        alive = None if queue is None else queue.alive(stalled_after)
        return None if alive is None else math.ceil(alive / QUEUE_WORKERS_PER_PROCESS)

    def reload_all(self) -> None:
        self._publish_all()

    async def wait_queued(self) -> None:
        """Until every run being queued is queued (used at shutdown)."""
        if self._queueing:
            await asyncio.gather(*self._queueing.values(), return_exceptions=True)

    async def _queue_one(self, job: Job, trigger: Trigger) -> None:
        assert job.id is not None
        try:
            queued = await queue_run(self._queue, DueRun(job.id, trigger, None))
        except Exception as error:
            log.warning("Could not queue a run of job %s: %s", job.id, error)
            self._bus.publish(SyncSkipped(job.id, job.store_id, trigger, f"it could not be queued: {error}"))
            return
        if queued:
            store = None if job.store_id is None else self._stores.get_store(job.store_id)
            log.info(
                "Queued %s %s run of %s of %s for the workers",
                "an" if trigger.value[0] in "aeiou" else "a",
                trigger.value,
                job.kind.value,
                "all stores" if store is None else store.name,
                extra={"store_id": job.store_id},
            )
        else:
            self._bus.publish(SyncSkipped(job.id, job.store_id, trigger, ALREADY_QUEUED))

    def _next(self, job: Job, history: JobHistory, now: datetime, catch_up: bool) -> datetime | None:
        """Now when the tick would queue the job at `now`, else its schedule's next slot."""
        if due_run(job, history, now, self._timing.on_time, catch_up_enabled=catch_up) is not None:
            return now
        try:
            times = job.schedule.next_times(1, now)
        except (StoreSyncError, NotImplementedError, ValueError):
            return None
        return times[0] if times else None

    async def _save_paused(self, job_id: int, paused: bool, reason: str | None = None) -> None:
        job = self._stores.get_job(job_id)
        changed = None if job is None else paused_or_resumed(job, paused, reason, datetime.now(UTC))
        if changed is not None:
            await self._stores.save_job(changed)

    def _publish(self, job_id: int) -> None:
        job = self._stores.get_job(job_id)
        if job is None:
            self._bus.publish(ScheduleChanged(job_id=job_id, next_run=None, paused=self.paused_all))
        else:
            self._publish_jobs([job])

    def _publish_all(self) -> None:
        self._publish_jobs(self._stores.list_jobs())

    def _publish_jobs(self, jobs: Sequence[Job]) -> None:
        next_runs = self.next_run_times(jobs)
        paused_all = self.paused_all
        for job in jobs:
            if job.id is not None:
                self._bus.publish(
                    ScheduleChanged(
                        job_id=job.id,
                        next_run=next_runs.get(job.id),
                        paused=paused_all or job.paused,
                        paused_reason=job.paused_reason,
                    )
                )
