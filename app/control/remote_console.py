"""RemoteConsole: the window's Console (app.core.console) for an instance on a server, through its
control API: the stores and jobs of its status, its run history, log, orders and stock
(RemoteRecords), its events re-published on a bus of this process, and Sync now / Pause / Resume / a
new schedule sent as requests. How the server is reached: app.control.server_address."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from app.control.client import ControlClient, ControlError, TokenRejected
from app.control.remote_records import RemoteRecords, RemoteWholeRecords
from app.control.server_address import server_client
from app.core.bus import EventBus
from app.core.console import JobView
from app.core.events import (
    LogRecorded,
    PausedAllChanged,
    ScheduleChanged,
    SettingsChanged,
    StoresChanged,
    SyncFailed,
    SyncFinished,
    SyncSkipped,
    SyncStarted,
)
from app.core.models import Job, JobKind, Platform, Store
from app.core.operations.events import event_from_data
from app.core.operations.history import run_from_entry
from app.core.schedule import ScheduleSpec

log = logging.getLogger(__name__)

# After these, what the status says (next runs, paused, stores) has changed: read it again.
REFRESHED_BY = (SyncFinished, SyncFailed, SyncSkipped, ScheduleChanged, PausedAllChanged)
# After these, the history has a new or changed run.
RUNS_CHANGED_BY = (SyncStarted, SyncFinished, SyncFailed)
# After these, orders and stock may have changed (a run ended; thresholds or settings changed).
STOCK_CHANGED_BY = (SyncFinished, SyncFailed, SettingsChanged)
RECONNECT_SECONDS = 2.0
STATUS_SECONDS = 30.0


async def connect_remote_console(address: str, token: str, certificate: str | None = None) -> RemoteConsole:
    """A console on the server at `address`, its status read and its events followed; ControlError
    with one line when it cannot be used (no answer, token refused, certificate not trusted)."""
    client = server_client(address, token, certificate)
    endpoint = client.endpoint
    console = RemoteConsole(client, f"{endpoint.host}:{endpoint.port}")
    try:
        await console.refresh()
    except BaseException:
        await client.aclose()
        raise
    console.follow()
    return console


class RemoteConsole:
    """Implements app.core.console.Console for one server; `aclose()` stops following it."""

    def __init__(self, client: ControlClient, where: str) -> None:
        self._client = client
        self._where = where
        self._bus = EventBus()
        self._views: dict[int, JobView] = {}
        self._stores: list[Store] = []
        self._records = RemoteRecords(client, self)
        self._whole = RemoteWholeRecords(client)
        self._follower: asyncio.Task[None] | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._refreshing: asyncio.Task[None] | None = None
        self._stale = False
        self._paused_all = False
        self._connected = False
        self._problem: str | None = None
        self._refused = False
        self._workers: int | None = None
        self._overview_followed = False

    @property
    def bus(self) -> EventBus:
        return self._bus

    @property
    def where(self) -> str:
        return self._where

    @property
    def connected(self) -> bool:
        return self._connected

    @property
    def connection_problem(self) -> str | None:
        return None if self._connected else self._problem

    @property
    def workers(self) -> int | None:
        return self._workers

    @property
    def retrying(self) -> bool:
        return not self._refused

    @property
    def paused_all(self) -> bool:
        return self._paused_all

    @property
    def records(self) -> RemoteRecords:
        return self._records

    @property
    def whole_records(self) -> RemoteWholeRecords:
        return self._whole

    def follow_records(self, runs_arrived: Callable[[], None], logs_arrived: Callable[[], None]) -> None:
        self._records.runs.pages.arrived = runs_arrived
        self._records.logs.pages.arrived = logs_arrived

    def follow_stock(self, orders_arrived: Callable[[], None], stock_arrived: Callable[[], None]) -> None:
        orders, inventory = self._records.orders, self._records.inventory
        orders.pages.arrived = orders.pages.refused = orders_arrived
        for pages in (inventory.pages, inventory.thresholds):
            pages.arrived = pages.refused = stock_arrived

    def follow_overview(self, figures_arrived: Callable[[], None]) -> None:
        pages = self._records.overview.pages
        pages.arrived = pages.refused = figures_arrived
        self._overview_followed = True

    def follow_details(
        self, order_history_arrived: Callable[[], None], sku_history_arrived: Callable[[], None]
    ) -> None:
        self._records.orders.histories.arrived = order_history_arrived
        self._records.inventory.histories.arrived = sku_history_arrived

    # --- reading --------------------------------------------------------------------------------

    async def refresh(self) -> None:
        """Read the server's status again, then tell the panels (StoresChanged)."""
        self._take(await self._client.status())

    def _take(self, status: dict[str, Any]) -> None:
        views: dict[int, JobView] = {}
        stores: list[Store] = []
        for entry in status["stores"]:
            store = Store(
                entry["name"],
                Platform(entry["platform"]),
                {"demo": True} if entry.get("demo") else {},
                bool(entry["enabled"]),
                id=entry["id"],
            )
            stores.append(store)
            for job in entry["jobs"]:
                views[job["id"]] = _view(store, job, entry.get("stale"))
        for job in status["global_jobs"]:
            views[job["id"]] = _view(None, job, None)
        self._views = views
        self._stores = stores
        self._records.invalidate()
        self._paused_all = bool(status["scheduler"]["paused"])
        self._workers = status["scheduler"].get("workers")
        self._connected = True
        self._bus.publish(StoresChanged())

    def job_views(self) -> list[JobView]:
        return list(self._views.values())

    def list_stores(self) -> list[Store]:
        """The server's stores as its status last listed them (app.core.console.StoreLister)."""
        return list(self._stores)

    def next_run_time(self, job_id: int) -> datetime | None:
        view = self._views.get(job_id)
        return None if view is None else view.next_run

    def is_running(self, job_id: int) -> bool:
        view = self._views.get(job_id)
        return view is not None and view.running

    def is_queued(self, job_id: int) -> bool:
        view = self._views.get(job_id)
        return view is not None and view.queued

    # --- doing ----------------------------------------------------------------------------------

    async def sync_now(self, job_ids: Sequence[int]) -> int:
        answer = await self._client.trigger(jobs=list(job_ids), trigger="manual")
        return len(answer["started"])

    async def pause(self, job_ids: Sequence[int]) -> None:
        for job_id in job_ids:
            await self._client.pause_job(job_id)

    async def resume(self, job_ids: Sequence[int]) -> None:
        for job_id in job_ids:
            await self._client.resume_job(job_id)

    async def set_schedule(self, job_id: int, schedule: ScheduleSpec) -> None:
        await self._client.change_job(job_id, {"schedule": schedule.to_dict()})

    # --- following ------------------------------------------------------------------------------

    def follow(self) -> None:
        """Re-publish the server's events here until `aclose()`; when the stream breaks, try again. The
        status is also read again every STATUS_SECONDS: what changes without an event (a worker that
        stopped or started) shows within that time."""
        self._follower = asyncio.ensure_future(self._follow())
        self._ticker = asyncio.ensure_future(self._read_status_now_and_then())

    async def _read_status_now_and_then(self) -> None:
        """The panels are told only when the workers changed: a listing read again resets the tables'
        selection."""
        while True:
            await asyncio.sleep(STATUS_SECONDS)
            if not self._connected:
                continue
            try:
                status = await self._client.status()
            except ControlError:
                continue  # the event stream tells of a lost server
            if status["scheduler"].get("workers") != self._workers:
                self._take(status)

    async def _follow(self) -> None:
        while not self._refused:
            opened = asyncio.Event()
            catch_up = asyncio.ensure_future(self._refresh_once_open(opened))
            try:
                async for data in self._client.events(opened=opened):
                    self._on_event(data)
                self._lost("the server closed the connection")
            except Exception as error:  # whatever ends the stream: said, and tried again
                self._lost_by(error)
            finally:
                catch_up.cancel()
            while not self._refused:
                await asyncio.sleep(RECONNECT_SECONDS)
                try:
                    await self.refresh()
                    break
                except Exception as error:
                    self._lost_by(error)

    def _lost_by(self, error: Exception) -> None:
        if isinstance(error, ControlError):
            self._lost(str(error), refused=isinstance(error, TokenRejected))
            return
        log.debug("The server %s answered in a form this version cannot read", self._where, exc_info=True)
        self._lost(f"the server answered in a form this version cannot read ({type(error).__name__})")

    def _lost(self, problem: str, *, refused: bool = False) -> None:
        """Not connected, and why; a refused token (changed on the server) is not tried again."""
        changed = self._connected or problem != self._problem or refused
        self._connected, self._problem, self._refused = False, problem, refused
        if changed:  # a server down for an hour is one line in the log, not one per attempt
            log.warning("Lost the server %s: %s", self._where, problem)
            self._bus.publish(StoresChanged())

    async def _refresh_once_open(self, opened: asyncio.Event) -> None:
        """A run that ended between the last status read and the stream's start is in no event (it
        would show running for ever): read the status again once the stream listens."""
        await opened.wait()
        self._refresh_soon()

    def _on_event(self, data: dict[str, Any]) -> None:
        event = event_from_data(data)
        if event is None:
            return
        if isinstance(event, StoresChanged):  # published once the new status is read
            self._refresh_soon()
            return
        if isinstance(event, RUNS_CHANGED_BY):
            self._records.runs.pages.invalidate()
        elif isinstance(event, LogRecorded):
            self._records.logs.pages.invalidate()
        if isinstance(event, STOCK_CHANGED_BY):
            self._records.orders.invalidate()
            self._records.inventory.invalidate()
            self._records.overview.invalidate()
            if self._overview_followed:
                # The figures the Overview adds a run's counts to may have read part of that run (it
                # began between the status and the figures): the server's own figures replace them.
                self._records.overview.fetch()
        if isinstance(event, REFRESHED_BY):
            self._refresh_soon()
        self._bus.publish(event)

    def _refresh_soon(self) -> None:
        """Read the status again; a change that arrives during a read is followed by one more read."""
        self._stale = True
        if self._refreshing is None or self._refreshing.done():
            self._refreshing = asyncio.ensure_future(self._refresh_quietly())

    async def _refresh_quietly(self) -> None:
        while self._stale:
            self._stale = False
            try:
                await self.refresh()
            except ControlError as error:
                log.warning("Could not read the status of %s: %s", self._where, error)

    async def aclose(self) -> None:
        for task in (self._follower, self._ticker, self._refreshing):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await self._records.aclose()
        await self._client.aclose()


def _view(store: Store | None, job: dict[str, Any], stale: str | None) -> JobView:
    """A job of the server's status, with why it paused itself and why its store is stale."""
    last = job.get("last_run")
    next_run = job.get("next_run")
    return JobView(
        store=store,
        job=Job(
            kind=JobKind(job["kind"]),
            schedule=ScheduleSpec.from_dict(job["schedule"]),
            store_id=None if store is None else store.id,
            paused=bool(job["paused"]),
            id=job["id"],
            paused_reason=job.get("paused_reason"),
        ),
        last_run=None if last is None else run_from_entry(last, job["id"]),
        next_run=None if next_run is None else datetime.fromisoformat(next_run),
        running=bool(job["running"]),
        stale_reason=stale,
        queued=bool(job.get("queued")),
    )
