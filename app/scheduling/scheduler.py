"""SyncScheduler: every job on its schedule through APScheduler 3 on the running asyncio loop.

APScheduler only says *when*; the engine decides whether a run can start and records every outcome,
so each fire starts an asyncio task calling `engine.run` and returns at once. That keeps APScheduler's
own instance limit out of the way (a fire while the job still runs reaches the engine, which records
it as skipped) and leaves nothing of ours for APScheduler to cancel, with a traceback, at shutdown.

Late and missed runs: fires within `misfire_grace_seconds` run as scheduled (coalesced to one); a slot
missed for longer, or while the app was closed, runs once as catch-up with how late it is, when the
job and the `catch_up_missed_runs` setting allow it. A job that never ran runs once at start
(Trigger.INITIAL). A heartbeat job keeps APScheduler's wake-ups short (qasync's Qt timer overflows
past ~24.8 days) and notices wall-clock jumps such as sleep and resume.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from apscheduler.events import EVENT_JOB_MISSED, EVENT_JOB_SUBMITTED
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger
from tzlocal import get_localzone

from app.core import settings as setting_defaults
from app.core.bus import EventBus
from app.core.errors import ScheduleError
from app.core.events import PausedAllChanged, ScheduleChanged, WallClockJumped
from app.core.models import Job, Trigger
from app.core.pausing import paused_or_resumed
from app.core.ports import JobHistory, RunRepository, SettingsRepository, StoreRepository
from app.core.schedule import set_system_timezone, system_timezone
from app.scheduling.auto_pause import AutoPause
from app.scheduling.catch_up import catch_up_run
from app.scheduling.clock import ClockWatch
from app.scheduling.runner import SyncRunner
from app.scheduling.stale_watch import StaleWatch
from app.scheduling.triggers import SpecTrigger

log = logging.getLogger(__name__)

PAUSED_ALL_SETTING = "paused_all"
HEARTBEAT_JOB_ID = "heartbeat"


# Jobs handled between two turns of the loop while the scheduler starts.
START_BATCH = 25


def _batches(jobs: list[Job]) -> list[list[Job]]:
    return [jobs[start : start + START_BATCH] for start in range(0, len(jobs), START_BATCH)]


def _system_zone() -> tzinfo:
    """tzlocal knows the system zone on every platform (the stdlib alone does not on Windows); specs
    without a zone use it from now on."""
    try:
        zone: tzinfo = get_localzone()
    except (LookupError, ValueError, OSError) as error:
        log.warning("Could not tell the system time zone (%s); using the current UTC offset", error)
        return system_timezone()
    set_system_timezone(zone)
    return zone


class SyncScheduler:
    """Implements app.core.ports.SchedulerControl. Await `start()` inside the running loop and
    `shutdown()` before the loop stops. `clock` and `monotonic` are there so tests can move time."""

    def __init__(
        self,
        engine: SyncRunner,
        stores: StoreRepository,
        runs: RunRepository,
        settings: SettingsRepository,
        bus: EventBus,
        *,
        clock: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        heartbeat_seconds: float = 60.0,
        jump_threshold_seconds: float = 90.0,
        misfire_grace_seconds: int = 600,
    ) -> None:
        self._engine = engine
        self._stores = stores
        self._runs = runs
        self._settings = settings
        self._bus = bus
        self._clock = clock or (lambda: datetime.now(UTC))
        self._clock_watch = ClockWatch(self._clock, monotonic, jump_threshold_seconds)
        self._heartbeat_seconds = heartbeat_seconds
        self._misfire_grace = misfire_grace_seconds
        self._scheduler: AsyncIOScheduler | None = None
        self._shutting_down = False
        self._paused_all = False
        self._tasks: set[asyncio.Task[None]] = set()
        self._active: dict[int, int] = {}  # job id -> our run tasks in flight
        self._pending_fires: set[int] = set()  # submitted by APScheduler, not yet started
        self._auto_pause = AutoPause(self, stores, settings, bus)
        self._stale_watch = StaleWatch(stores, runs, settings, bus, self._clock)

    # --- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Schedule every job of an enabled store, then catch up what came due while closed."""
        if self._scheduler is not None:
            return
        loop = asyncio.get_running_loop()
        zone = _system_zone()
        self._paused_all = bool(self._settings.get_setting(PAUSED_ALL_SETTING, False))
        scheduler = AsyncIOScheduler(
            event_loop=loop,
            timezone=zone,
            job_defaults={"coalesce": True, "misfire_grace_time": self._misfire_grace, "max_instances": 1},
        )
        scheduler.add_listener(self._on_submitted, EVENT_JOB_SUBMITTED)
        scheduler.add_listener(self._on_missed, EVENT_JOB_MISSED)
        scheduler.start(paused=self._paused_all)
        self._scheduler = scheduler
        self._auto_pause.attach()
        self._stale_watch.attach()
        scheduler.add_job(
            self._heartbeat,
            IntervalTrigger(seconds=self._heartbeat_seconds),
            id=HEARTBEAT_JOB_ID,
            name="heartbeat",
        )
        jobs = self._stores.list_jobs()
        stores = [store for store in self._stores.list_stores() if store.enabled]
        enabled: set[int | None] = {store.id for store in stores}
        self._engine.prepare({store.platform for store in stores})
        for batch in _batches(jobs):
            for job in batch:
                self._schedule(job, enabled)
            if not await self._still_starting(scheduler):
                return
        for batch in _batches(jobs):
            for job in batch:
                self._publish_job(job)
            if not await self._still_starting(scheduler):
                return
        self._clock_watch.reset()
        if self._paused_all:
            return
        scheduled = self._scheduled_job_ids()
        for batch in _batches(jobs):
            for job in batch:
                if job.id in scheduled and not job.paused:
                    self._catch_up_job(job, allow_initial=True)
            if not await self._still_starting(scheduler):
                return

    async def _still_starting(self, scheduler: AsyncIOScheduler) -> bool:
        """Let the loop turn between batches of jobs at start (scheduling hundreds of jobs in one go
        held the window for a quarter of a second); False once a shutdown has begun meanwhile."""
        await asyncio.sleep(0)
        return self._scheduler is scheduler and not self._shutting_down

    async def shutdown(self, timeout: float = 10.0) -> None:  # noqa: ASYNC109 - bounded by design
        """Stop firing, let running syncs reach a transaction boundary (at most `timeout` s), stop."""
        scheduler = self._scheduler
        if scheduler is None:
            return
        self._shutting_down = True
        self._auto_pause.detach()
        self._stale_watch.detach()
        scheduler.pause()
        await self._engine.drain(timeout)
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=min(1.0, timeout))
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)
        self._scheduler = None
        self._shutting_down = False
        scheduler.shutdown(wait=False)
        # AsyncIOScheduler shuts down in a loop callback; one queued after it marks it done.
        stopped = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(stopped.set_result, None)
        await stopped

    @property
    def apscheduler(self) -> AsyncIOScheduler | None:
        """The underlying APScheduler while started, for diagnostics such as the self-test."""
        return self._scheduler

    # --- SchedulerControl -----------------------------------------------------------------------

    def next_run_time(self, job_id: int) -> datetime | None:
        if self._scheduler is None or self._paused_all:
            return None
        scheduled = self._scheduler.get_job(str(job_id))
        when: datetime | None = scheduled.next_run_time if scheduled is not None else None
        if when is not None and isinstance(scheduled.trigger, SpecTrigger):
            return when.astimezone(scheduled.trigger.spec.zone())
        return when

    def next_run_times(
        self, jobs: Sequence[Job], histories: Mapping[int, JobHistory] | None = None
    ) -> dict[int, datetime | None]:
        """From APScheduler's jobs in memory: nothing to read."""
        return {job.id: self.next_run_time(job.id) for job in jobs if job.id is not None}

    def run_now(self, job_id: int, trigger: Trigger = Trigger.MANUAL) -> bool:
        if self.is_running(job_id):
            return False
        job = self._stores.get_job(job_id)
        if job is None:
            return False
        self._spawn(job, trigger, None)
        return True

    def is_running(self, job_id: int) -> bool:
        return job_id in self._active or self._engine.is_running(job_id)

    def queued_jobs(self) -> frozenset[int]:
        return self._engine.queued_job_ids()

    def workers(self) -> int | None:
        return None  # this process runs them

    async def pause_job(self, job_id: int, reason: str | None = None) -> None:
        """`reason` is kept and shown until the job is resumed (a job that paused itself says why)."""
        scheduled = self._scheduler.get_job(str(job_id)) if self._scheduler else None
        if scheduled is not None:
            scheduled.pause()
        await self._save_paused(job_id, True, reason)
        self._publish(job_id)

    async def resume_job(self, job_id: int) -> None:
        job = await self._save_paused(job_id, False)
        if job is not None:
            self._schedule(job)
        self._publish(job_id)

    async def pause_all(self) -> None:
        self._paused_all = True
        if self._scheduler is not None:
            self._scheduler.pause()
        await self._settings.set_setting(PAUSED_ALL_SETTING, True)
        self._bus.publish(PausedAllChanged(paused=True))
        self._publish_all()

    async def resume_all(self) -> None:
        """Slots that passed while paused are not replayed: every job counts on from now."""
        self._paused_all = False
        if self._scheduler is not None:
            self._count_from_now()
            self._clock_watch.reset()
            self._scheduler.resume()
        await self._settings.set_setting(PAUSED_ALL_SETTING, False)
        self._bus.publish(PausedAllChanged(paused=False))
        self._publish_all()

    def reload_job(self, job_id: int) -> None:
        job = self._stores.get_job(job_id)
        if job is None:
            self._unschedule(job_id)
        else:
            self._schedule(job)
        self._publish(job_id)

    def remove_job(self, job_id: int) -> None:
        self._unschedule(job_id)
        self._publish(job_id)

    @property
    def paused_all(self) -> bool:
        return self._paused_all

    def reload_all(self) -> None:
        """Schedule every job as the database has it now; jobs gone from it are unscheduled."""
        known = {job.id for job in self._stores.list_jobs() if job.id is not None}
        for job_id in self._scheduled_job_ids() - known:
            self._unschedule(job_id)
        for job in self._stores.list_jobs():
            self._schedule(job)
        self._publish_all()

    # --- clock ----------------------------------------------------------------------------------

    def check_clock(self) -> float | None:
        """On a wall-clock jump beyond the threshold since the last check (sleep and resume, a clock
        change): publish WallClockJumped, catch up and recompute next runs. Returns the jump in s."""
        jump = self._clock_watch.jump()
        if jump is None:
            return None
        log.info("The clock jumped by %.0f s (sleep or clock change); checking the schedules", jump)
        self._bus.publish(WallClockJumped(seconds=jump))
        if self._scheduler is not None and not self._paused_all:
            self._catch_up(allow_initial=False)
            if jump < 0:
                self._count_from_now()  # set back: next runs computed before would come late
            self._publish_all()
        return jump

    async def _heartbeat(self) -> None:
        self.check_clock()
        self._stale_watch.check()

    # --- firing ---------------------------------------------------------------------------------

    async def _fire(self, job_id: int) -> None:
        self._pending_fires.discard(job_id)
        job = self._stores.get_job(job_id)
        if job is None:
            self._unschedule(job_id)
            return
        if job.paused or self._paused_all:
            return
        self._spawn(job, Trigger.SCHEDULED, None)
        self._publish(job_id)

    def _spawn(self, job: Job, trigger: Trigger, late_by_seconds: float | None) -> None:
        assert job.id is not None
        job_id = job.id
        self._active[job_id] = self._active.get(job_id, 0) + 1
        ended = [False]
        task = asyncio.get_running_loop().create_task(
            self._run(job, trigger, late_by_seconds, ended), name=f"scheduled-run-{job_id}"
        )
        self._tasks.add(task)

        def forget(done: asyncio.Task[None]) -> None:
            self._tasks.discard(done)
            if not ended[0]:  # cancelled before it started
                self._run_ended(job_id)

        task.add_done_callback(forget)

    async def _run(
        self, job: Job, trigger: Trigger, late_by_seconds: float | None, ended: list[bool]
    ) -> None:
        assert job.id is not None
        try:
            await self._engine.run(job, trigger, late_by_seconds=late_by_seconds)
        except Exception:
            log.exception("The %s run of job %s stopped unexpectedly", trigger.value, job.id)
        finally:
            # At once, not in a done callback a loop turn later: a clock jump noticed in between
            # would take the job for still running and skip its catch-up.
            ended[0] = True
            self._run_ended(job.id)

    def _run_ended(self, job_id: int) -> None:
        remaining = self._active.get(job_id, 1) - 1
        if remaining:
            self._active[job_id] = remaining
        else:
            self._active.pop(job_id, None)

    def _on_submitted(self, event: Any) -> None:
        if event.job_id != HEARTBEAT_JOB_ID:
            self._pending_fires.add(int(event.job_id))

    def _on_missed(self, event: Any) -> None:
        if event.job_id == HEARTBEAT_JOB_ID:
            return
        job_id = int(event.job_id)
        self._pending_fires.discard(job_id)
        job = self._stores.get_job(job_id)
        if job is not None and not job.paused and not self._paused_all:
            self._catch_up_job(job, allow_initial=False, missed_slot=event.scheduled_run_time)

    # --- catch-up -------------------------------------------------------------------------------

    def _catch_up(self, *, allow_initial: bool) -> None:
        scheduled = self._scheduled_job_ids()
        for job in self._stores.list_jobs():
            if job.id in scheduled and not job.paused:
                self._catch_up_job(job, allow_initial=allow_initial)

    def _catch_up_job(self, job: Job, *, allow_initial: bool, missed_slot: datetime | None = None) -> None:
        assert job.id is not None
        if job.id in self._pending_fires or self.is_running(job.id):
            return
        decision = catch_up_run(
            job,
            self._runs,
            self._clock(),
            catch_up_allowed=job.catch_up and self._catch_up_enabled(),
            allow_initial=allow_initial,
            missed_slot=missed_slot,
        )
        if decision is None:
            return
        if decision.slot is not None:
            missed = f"{decision.slot:%Y-%m-%d %H:%M}"
            log.info("Job %s missed its run of %s; catching up once", job.id, missed)
        self._spawn(job, decision.trigger, decision.late_by_seconds)

    def _catch_up_enabled(self) -> bool:
        key = "catch_up_missed_runs"
        return bool(self._settings.get_setting(key, setting_defaults.default(key)))

    # --- bookkeeping ----------------------------------------------------------------------------

    def _schedule(self, job: Job, enabled_stores: set[int | None] | None = None) -> None:
        """`enabled_stores` (the ids of the enabled stores), when given, saves reading the job's store."""
        if job.id is None or self._scheduler is None:
            return
        if not self._store_enabled(job, enabled_stores):
            self._unschedule(job.id)
            return
        try:
            trigger = SpecTrigger(job.schedule)
        except ScheduleError as error:
            log.warning("Job %s is not scheduled: %s", job.id, error)
            self._unschedule(job.id)
            return
        paused: dict[str, Any] = {"next_run_time": None} if job.paused else {}
        self._scheduler.add_job(
            self._fire,
            trigger,
            args=(job.id,),
            id=str(job.id),
            name=f"{job.kind.value} job {job.id}",
            replace_existing=True,
            **paused,
        )

    def _count_from_now(self) -> None:
        """Give every unpaused job its next slot from now, so slots that passed are not replayed."""
        assert self._scheduler is not None
        for scheduled in self._scheduler.get_jobs():
            if scheduled.id != HEARTBEAT_JOB_ID and scheduled.next_run_time is not None:
                scheduled.reschedule(scheduled.trigger)

    def _unschedule(self, job_id: int) -> None:
        if self._scheduler is not None and self._scheduler.get_job(str(job_id)) is not None:
            self._scheduler.remove_job(str(job_id))

    def _store_enabled(self, job: Job, enabled_stores: set[int | None] | None = None) -> bool:
        if job.store_id is None:
            return True
        if enabled_stores is not None:
            return job.store_id in enabled_stores
        store = self._stores.get_store(job.store_id)
        return store is not None and store.enabled

    def _scheduled_job_ids(self) -> set[int]:
        if self._scheduler is None:
            return set()
        return {int(job.id) for job in self._scheduler.get_jobs() if job.id != HEARTBEAT_JOB_ID}

    async def _save_paused(self, job_id: int, paused: bool, reason: str | None = None) -> Job | None:
        job = self._stores.get_job(job_id)
        if job is None:
            return None
        changed = paused_or_resumed(job, paused, reason, datetime.now(UTC))
        return job if changed is None else await self._stores.save_job(changed)

    def _publish(self, job_id: int) -> None:
        job = self._stores.get_job(job_id)
        if job is not None:
            self._publish_job(job)
            return
        changed = ScheduleChanged(job_id=job_id, next_run=self.next_run_time(job_id), paused=self._paused_all)
        self._bus.publish(changed)

    def _publish_job(self, job: Job) -> None:
        if job.id is None:
            return
        self._bus.publish(
            ScheduleChanged(
                job_id=job.id,
                next_run=self.next_run_time(job.id),
                paused=self._paused_all or job.paused,
                paused_reason=job.paused_reason,
            )
        )

    def _publish_all(self) -> None:
        for job in self._stores.list_jobs():
            self._publish_job(job)
