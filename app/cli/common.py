"""What every command shares: exit codes, the two errors a command raises, and service start-up.

Command modules import from here; this module imports no other module of the cli package, so the
package has no import cycle.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from app.core.errors import InvalidRequest

log = logging.getLogger("app.cli")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


class UsageError(Exception):
    """The request cannot be done as asked (unknown store, missing option); exit code 2."""


class CommandFailed(Exception):
    """The work ran and failed; the message has already said why, or says it now; exit code 1."""


def start_options(args: argparse.Namespace, **overrides: Any) -> Any:
    """StartOptions for a command: a short command neither owns the database (marks no runs
    interrupted, starts no schedules) nor starts the demo simulators unless it syncs."""
    from app.bootstrap import StartOptions

    values: dict[str, Any] = {
        "data_dir": args.data_dir,
        "debug": args.debug,
        "console_level": logging.DEBUG if args.debug else logging.WARNING,
        "owner": False,
        "scheduler": False,
        "simulators": False,
    }
    values.update(overrides)
    return StartOptions(**values)


@asynccontextmanager
async def running_services(args: argparse.Namespace, **overrides: Any) -> AsyncIterator[Any]:
    """The services for one command, stopped cleanly however the command ends."""
    from app.bootstrap import start_services, stop_services

    runtime = await start_services(start_options(args, **overrides))
    try:
        for notice in runtime.notices:
            print(f"storesync: {notice}", file=sys.stderr)
        yield runtime
    except (UsageError, InvalidRequest, CommandFailed, BrokenPipeError):
        raise
    except Exception:
        # Logged while the log file is still open; main() then prints one line.
        log.error("The %s command failed", args.command, exc_info=True)
        raise
    finally:
        await stop_services(runtime)


def on_stop_signals(callback: Callable[[], None]) -> None:
    """Call `callback` on the running loop at SIGINT (Ctrl-C) or SIGTERM (a service manager, `kill`)
    instead of dying mid-write, so running syncs stop at a safe point and are recorded."""
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, callback)
        except (NotImplementedError, RuntimeError):  # Windows: Ctrl-C arrives as KeyboardInterrupt
            signal.signal(signum, lambda *_: loop.call_soon_threadsafe(callback))


def store_named(stores: Any, name: str) -> Any:
    """The store called `name`; a usage error listing the stores there are when none is."""
    found = stores.find_store(name)
    if found is None:
        listing = ", ".join(store.name for store in stores.list_stores()) or "none yet"
        raise UsageError(f"no store named {name!r} (stores: {listing})")
    return found


# --- the running instance, or this process ---------------------------------------------------


class LocalInstance:
    """The control API's calls, answered in this process by the same operations when no instance runs
    (the ControlClient answers them when one does): commands are written once against these calls."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime
        self.services = runtime.services

    async def status(self) -> dict[str, Any]:
        from app.core.operations.status import status_report
        from app.core.staleness import stale_hours
        from app.scheduling.scheduler import PAUSED_ALL_SETTING

        services = self.services  # started by start_services, which recorded runs of gone processes
        report = status_report(
            services.stores, services.runs, services.scheduler, False, stale_hours(services.settings)
        )
        paused = bool(services.settings.get_setting(PAUSED_ALL_SETTING, False))  # kept for the next start
        return {"scheduler": {"running": False, "paused": paused}, **report}

    async def pause_all(self) -> dict[str, Any]:
        await self.services.scheduler.pause_all()
        return {"running": False, "paused": True}

    async def resume_all(self) -> dict[str, Any]:
        await self.services.scheduler.resume_all()
        return {"running": False, "paused": False}

    async def history(self, **filters: Any) -> dict[str, Any]:
        from app.core.operations.history import history_page

        return history_page(self.services.stores, self.services.runs, filters)

    async def run(self, run_id: int) -> dict[str, Any]:
        from app.core.operations.history import run_detail

        services = self.services
        return run_detail(services.runs, services.logs, services.inventory, run_id)

    async def orders(self, **filters: Any) -> dict[str, Any]:
        from app.core.operations.orders import orders_page

        return orders_page(self.services.stores, self.services.orders, filters)

    async def order(self, order_id: int) -> dict[str, Any]:
        from app.core.operations.orders import order_detail

        return order_detail(self.services.orders, order_id)

    async def upcoming(self, **filters: Any) -> dict[str, Any]:
        from app.core.operations.jobs import upcoming

        return upcoming(self.services, filters)

    async def jobs(self, store: str | None = None) -> list[dict[str, Any]]:
        from app.core.operations.lookup import find_store

        stores = self.services.stores
        store_id = find_store(stores, store).id if store else None
        return [self._entry(job) for job in stores.list_jobs(store_id)]

    async def job(self, job_id: int) -> dict[str, Any]:
        from app.core.operations.lookup import find_job

        return self._entry(find_job(self.services.stores, job_id))

    async def add_job(self, data: dict[str, Any]) -> dict[str, Any]:
        from app.core.operations.jobs import add_job

        return self._entry(await add_job(self.services, data))

    async def change_job(self, job_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        from app.core.operations.jobs import change_job
        from app.core.operations.lookup import find_job

        job = find_job(self.services.stores, job_id)
        return self._entry(await change_job(self.services, job, changes))

    async def pause_job(self, job_id: int) -> dict[str, Any]:
        return await self.change_job(job_id, {"paused": True})

    async def resume_job(self, job_id: int) -> dict[str, Any]:
        return await self.change_job(job_id, {"paused": False})

    async def remove_job(self, job_id: int) -> dict[str, Any]:
        from app.core.operations.jobs import remove_job
        from app.core.operations.lookup import find_job

        job = find_job(self.services.stores, job_id)
        await remove_job(self.services, job)
        return {"removed": job.id}

    def _entry(self, job: Any) -> dict[str, Any]:
        """The API's job entry; with no scheduler running here, the next run is the schedule's."""
        from datetime import UTC, datetime

        from app.core.operations.jobs import job_entry
        from app.core.operations.status import next_run_time

        upcoming = next_run_time(job, None, datetime.now(UTC))
        return {
            **job_entry(self.services, job),
            "next_run": None if upcoming is None else upcoming.isoformat(),
        }

    async def reload(self) -> dict[str, Any]:
        """Nothing to tell: this process reads the database afresh for every command."""
        return {}


def running_instance(args: argparse.Namespace) -> Any:
    """The endpoint of the instance that owns the data folder, or None when none runs. A token file
    left by an instance that died is said in one line and ignored."""
    from app.control.client import StaleTokenFile, find_instance
    from app.storage.paths import resolve_data_dir

    try:
        return find_instance(resolve_data_dir(args.data_dir))
    except StaleTokenFile as error:
        print(f"storesync: {error}; working without it.", file=sys.stderr)
        return None


@asynccontextmanager
async def instance_client(args: argparse.Namespace) -> AsyncIterator[Any]:
    """A ControlClient of the instance that owns the data folder, or None when none runs."""
    endpoint = running_instance(args)
    if endpoint is None:
        yield None
        return
    from app.control.client import ControlClient

    async with ControlClient(endpoint) as client:
        yield client


async def reload_instance(args: argparse.Namespace) -> None:
    """After this process changed stores or jobs in the database: the running instance, if any,
    re-reads them, so its scheduler follows the change at once."""
    async with instance_client(args) as client:
        if client is not None:
            await client.reload()


@asynccontextmanager
async def instance_or_local(args: argparse.Namespace, **overrides: Any) -> AsyncIterator[Any]:
    """The running instance's control API when one runs, else the services in this process; both
    answer the same calls with the same data."""
    async with instance_client(args) as client:
        if client is not None:
            yield client
            return
    async with running_services(args, **overrides) as runtime:
        yield LocalInstance(runtime)
