"""SyncEngine: runs one job at a time per job, a bounded number at once, and records every run.

A run never raises for a sync failure: the outcome is a SyncRun (stored in sync_run) and an event
on the bus. Drain stops new runs, lets running ones stop at a transaction boundary, then cancels
what is left, so shutdown leaves no half-written page and no traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import Any

from app.core.bus import EventBus
from app.core.errors import AlreadyRunning, ConfigError, KeychainUnavailable, RateLimited
from app.core.events import ALREADY_QUEUED, ALREADY_RUNNING, RateLimitedUntil, SyncQueued
from app.core.log_context import lines_of_run
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.platforms import secrets_in_use
from app.core.ports import (
    Connector,
    ConnectorFactory,
    CredentialStore,
    CursorRepository,
    OrderRepository,
    Retention,
    RunInventory,
    RunRepository,
    SettingsRepository,
    StoreRepository,
)
from app.core.push_plan import PlannedPush
from app.core.request_meter import metering
from app.core.settings import default
from app.sync.collector import FULL_COLLECTIONS
from app.sync.context import Repositories, RunContext, StopSignal, run_logger
from app.sync.jobs import HANDLERS
from app.sync.limiter import RunLimiter
from app.sync.outcome import Outcome, RunRecorder
from app.sync.push_planning import PushPlanner
from app.sync.retry import RetryPolicy
from app.sync.stock_reading import whole_stock

log = logging.getLogger("app.sync")

SHUTTING_DOWN = "StoreSync is shutting down"


class SyncEngine:
    def __init__(
        self,
        *,
        bus: EventBus,
        stores: StoreRepository,
        runs: RunRepository,
        inventory: RunInventory,
        orders: OrderRepository,
        cursors: CursorRepository,
        credentials: CredentialStore,
        connectors: ConnectorFactory,
        settings: SettingsRepository,
        retention: Retention,
        max_concurrent: int = 4,
        retry_base_delay: float = 1.0,
        redact: Callable[[str], str] | None = None,
    ) -> None:
        self._bus = bus
        self._stores = stores
        self._runs = runs
        self._credentials = credentials
        self._connectors = connectors
        self._settings = settings
        self._repos = Repositories(stores, inventory, orders, cursors, settings, retention, runs)
        self._planner = PushPlanner(stores, runs, inventory, settings)
        self._limiter = RunLimiter(max_concurrent)
        self._retry_base_delay = retry_base_delay
        self._recorder = RunRecorder(bus, runs, redact or (lambda text: text))
        self._running: set[int] = set()
        self._queued: set[int] = set()
        self._tasks: dict[int, asyncio.Task[SyncRun]] = {}
        self._loading: asyncio.Future[None] | None = None
        self._blocked_until: dict[int, datetime] = {}
        self._stop = StopSignal()
        self._draining = False

    # --- what the scheduler, window and command line ask ---------------------------------------

    def is_running(self, job_id: int) -> bool:
        return job_id in self._running

    def running_job_ids(self) -> frozenset[int]:
        return frozenset(self._running)

    def queued_job_ids(self) -> frozenset[int]:
        """Jobs whose run waits for a free run slot (SyncQueued told each)."""
        return frozenset(self._queued)

    @property
    def max_concurrent(self) -> int:
        return self._limiter.limit

    def set_max_concurrent(self, n: int) -> None:
        self._limiter.set_limit(n)

    def blocked_until(self, store_id: int) -> datetime | None:
        """When a store's rate-limit block (BaseLinker token block) lifts; None when not blocked."""
        until = self._blocked_until.get(store_id)
        if until is not None and until <= datetime.now(UTC):
            del self._blocked_until[store_id]
            return None
        return until

    async def run(self, job: Job, trigger: Trigger, *, late_by_seconds: float | None = None) -> SyncRun:
        """Run `job` now and return its recorded run (skipped with the reason when it cannot start)."""
        if job.id is None:
            raise ValueError("only a saved job can run")
        job_id = job.id
        store = self._stores.get_store(job.store_id) if job.store_id is not None else None
        reason = self._in_flight_reason(job) or self._blocked_reason(job, store, trigger)
        if reason is not None:
            kind = AlreadyRunning.kind if reason in (ALREADY_RUNNING, ALREADY_QUEUED) else "skipped"
            return await self._recorder.skipped(job, trigger, reason, kind, late_by_seconds)
        self._running.add(job_id)
        task = asyncio.get_running_loop().create_task(
            self._execute(job, store, trigger, late_by_seconds), name=f"sync-job-{job_id}"
        )
        self._tasks[job_id] = task
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            # Our caller was cancelled: stop the run too, let it record itself, then pass it on.
            task.cancel()
            await asyncio.wait([task])
            raise
        finally:
            if task.done():
                self._running.discard(job_id)
                self._tasks.pop(job_id, None)
            else:
                task.add_done_callback(lambda _: self._forget(job_id, task))

    async def preview_push(self, job: Job) -> PlannedPush:
        """What a run of the stock push `job` would write now, and why the guard would refuse it:
        the same plan the run computes, without writing (the preview and `sync --dry-run`)."""
        if job.kind is not JobKind.STOCK_PUSH or job.store_id is None:
            raise ConfigError("Only a stock push can be previewed.")
        store = self._stores.get_store(job.store_id)
        if store is None:
            raise ConfigError("The store of this stock push was removed.")
        connector = self._open_connector(store)
        try:
            with FULL_COLLECTIONS.during_sync():  # it holds a plan row per SKU, as a run does
                return await self._planner.plan(job, whole_stock(connector)())
        finally:
            await connector.aclose()

    async def approve_push(self, job: Job, planned: PlannedPush) -> None:
        """The merchant's go for exactly this plan: the job's next run writes it, guard or not,
        skipping each SKU that changed since the preview."""
        assert job.id is not None
        await self._planner.approve(job.id, planned.plan)

    def prepare(self, platforms: Collection[Platform]) -> None:
        """Start loading, in a thread, the connector modules, the HTTP transport and the keychain's
        backend (keyring finds it through the installed packages' entry points and imports it); runs
        wait for it. The first runs loaded them on the loop, freezing the window for a tenth of a
        second when the schedules started; waiting for them here would delay the window instead."""
        self._loading = asyncio.ensure_future(asyncio.to_thread(self._load, frozenset(platforms)))

    async def prepared(self) -> None:
        """Until what prepare() started loading is loaded; at once when nothing is loading. A module
        that failed to load fails the run that needs it, recorded like any other failure."""
        if self._loading is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(self._loading)  # shared by every run: one cancelled run leaves it be

    def _load(self, platforms: frozenset[Platform]) -> None:
        for platform in platforms:
            self._connectors.load(platform)
        with contextlib.suppress(Exception):  # an unusable keychain is told by the runs that need it
            self._credentials.backend_name()

    async def drain(self, timeout: float) -> None:  # noqa: ASYNC109 - the scheduler's contract
        """Start nothing new; give running runs `timeout` seconds to stop at a transaction boundary,
        then cancel the rest (recorded interrupted)."""
        self._draining = True
        self._stop.requested = True
        tasks = [task for task in self._tasks.values() if not task.done()]
        if not tasks:
            return
        waiting = len(self._queued)  # they take their slot only to be skipped as shutting down
        log.info(
            "Waiting up to %.0f s for %d running syncs to stop%s",
            timeout,
            len(tasks) - waiting,
            f" ({waiting} waiting for a slot are skipped)" if waiting else "",
        )
        _, pending = await asyncio.wait(tasks, timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            log.warning("Stopped %d syncs that did not reach a safe point in time", len(pending))
            await asyncio.wait(pending, timeout=max(1.0, timeout))

    # --- internals ------------------------------------------------------------------------------

    async def _execute(
        self, job: Job, store: Store | None, trigger: Trigger, late_by_seconds: float | None
    ) -> SyncRun:
        await self.prepared()
        assert job.id is not None
        waits = self._limiter.full
        if waits:
            self._queued.add(job.id)
            self._bus.publish(SyncQueued(job.id, job.store_id, trigger))
        try:
            async with self._limiter.slot():
                self._queued.discard(job.id)
                if waits:  # the job, its store or the rate limits may have changed meanwhile
                    current = self._stores.get_job(job.id)
                    if current is None:
                        return self._recorder.removed_while_waiting(job, trigger)
                    job = current
                    store = self._stores.get_store(job.store_id) if job.store_id is not None else None
                    reason = self._blocked_reason(job, store, trigger)
                    if reason is not None:
                        return await self._recorder.skipped(job, trigger, reason, "skipped", late_by_seconds)
                with FULL_COLLECTIONS.during_sync():
                    return await self._execute_in_slot(job, store, trigger, late_by_seconds)
        finally:
            self._queued.discard(job.id)

    async def _execute_in_slot(
        self, job: Job, store: Store | None, trigger: Trigger, late_by_seconds: float | None
    ) -> SyncRun:
        if self._draining:
            return await self._recorder.skipped(job, trigger, SHUTTING_DOWN, "skipped", late_by_seconds)
        run = await self._recorder.started(job, store, trigger, late_by_seconds)
        if run.id is None or run.status is not RunStatus.RUNNING:  # not recorded, or skipped
            return run
        ctx = RunContext(
            job=job,
            store=store,
            run=run,
            repos=self._repos,
            bus=self._bus,
            retry=self._retry_policy(),
            stop=self._stop,
            log=run_logger(store, run),
            open_connector=lambda: self._open_connector(store),
            open_connector_for=self._open_connector,
        )
        with metering(ctx.meter), lines_of_run(ctx.store.id if ctx.store else None, run.id):
            outcome = await self._outcome_of(ctx)
        if isinstance(outcome.error, RateLimited) and store is not None and store.id is not None:
            self._block(store.id, outcome.error)
        return await self._recorder.finished(ctx, outcome)

    async def _outcome_of(self, ctx: RunContext) -> Outcome:
        """Run the job kind under the run timeout and turn however it ended into an Outcome."""
        handler = HANDLERS[ctx.job.kind]
        timeout = float(self._setting("run_timeout_seconds"))
        try:
            try:
                async with asyncio.timeout(timeout):
                    await handler.execute(ctx)
            finally:
                await ctx.close()
        except asyncio.CancelledError:
            return Outcome.interrupted("The run was stopped before it finished.")
        except TimeoutError:
            return Outcome.timed_out(timeout)
        except Exception as error:  # every failure becomes a recorded run, never a crash
            return Outcome.from_error(error, ctx.log)
        return Outcome.completed(ctx)

    def _block(self, store_id: int, error: RateLimited) -> None:
        """Every job of the store is skipped until the limit lifts (BaseLinker blocks the whole token)."""
        self._blocked_until[store_id] = error.until
        self._bus.publish(RateLimitedUntil(store_id=store_id, until=error.until, message=str(error)))
        log.warning(
            "Store %s is rate limited until %s; its jobs are skipped until then",
            store_id,
            f"{error.until.astimezone():%H:%M:%S}",
            extra={"store_id": store_id},
        )

    def _forget(self, job_id: int, task: asyncio.Task[SyncRun]) -> None:
        if self._tasks.get(job_id) is task:
            del self._tasks[job_id]
            self._running.discard(job_id)

    def _in_flight_reason(self, job: Job) -> str | None:
        """Why no new run of the job starts now, whatever its settings."""
        if self._draining:
            return SHUTTING_DOWN
        if job.id in self._queued:
            return ALREADY_QUEUED
        if job.id in self._running:
            return ALREADY_RUNNING
        return None

    def _blocked_reason(self, job: Job, store: Store | None, trigger: Trigger) -> str | None:
        """Why the job may not run now: paused, its store removed, disabled or rate limited."""
        if job.paused and trigger in (Trigger.SCHEDULED, Trigger.CATCH_UP):
            return "the job is paused"
        if job.store_id is None:
            return None
        if store is None:
            return "the store was removed"
        if not store.enabled:
            return "the store is disabled"
        until = self.blocked_until(job.store_id)
        if until is not None:
            return f"the store is rate limited until {until.astimezone():%Y-%m-%d %H:%M:%S %Z}"
        return None

    def _retry_policy(self) -> RetryPolicy:
        attempts = max(1, int(self._setting("retry_attempts")))
        return RetryPolicy(attempts=attempts, base_delay=self._retry_base_delay)

    def _setting(self, key: str) -> Any:
        return self._settings.get_setting(key, default(key))

    def _open_connector(self, store: Store | None) -> Connector:
        """The secrets the store's settings use come from the keychain (or a server's credentials
        directory); when one the run needs cannot be read, the run fails with the keychain's reason
        and how to fix it. Optional ones are skipped then, and a store whose API needs no login reads
        none, so it syncs on a machine without a keychain."""
        assert store is not None and store.id is not None, "only store jobs open a connector"
        in_use = secrets_in_use(store.platform, store.settings)
        secrets: dict[str, str] = {}
        for field_name in self._connectors.secret_fields(store.platform):
            if field_name not in in_use:
                continue
            try:
                value = self._credentials.get_secret(store.id, field_name)
            except KeychainUnavailable:
                if not in_use[field_name]:
                    continue
                raise
            if value is not None:
                secrets[field_name] = value
        return self._connectors.create(store, secrets)
