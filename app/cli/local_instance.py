"""The calls a command makes, answered by the running instance's control API when one runs, and in
this process (LocalInstance, the same operations) when none does."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from app.cli.common import instance_client, running_services
from app.core.services import AppServices


class LocalInstance:
    """The control API's calls, answered in this process by the same operations when no instance runs
    (the ControlClient answers them when one does): commands are written once against these calls."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime
        self.services: AppServices = runtime.services

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

    # --- stores -----------------------------------------------------------------------------------

    async def stores(self) -> list[dict[str, Any]]:
        from app.core.operations.stores import store_entry

        return [store_entry(store, self.services) for store in self.services.stores.list_stores()]

    async def store(self, store: str | int) -> dict[str, Any]:
        from app.core.operations.lookup import find_store
        from app.core.operations.stores import store_entry

        return store_entry(find_store(self.services.stores, store), self.services)

    async def check_connection(self, store: Mapping[str, Any]) -> dict[str, Any]:
        from app.core.operations.stores import check_connection

        return await check_connection(self.services, store)

    async def add_store(self, store: Mapping[str, Any]) -> dict[str, Any]:
        from app.core.operations.stores import add_store, store_entry

        return store_entry(await add_store(self.services, store), self.services)

    async def change_store(self, store: str | int, changes: Mapping[str, Any]) -> dict[str, Any]:
        from app.core.operations.lookup import find_store
        from app.core.operations.stores import edit_store, store_entry

        found = find_store(self.services.stores, store)
        return store_entry(await edit_store(self.services, found, changes), self.services)

    async def remove_store(self, store: str | int) -> dict[str, Any]:
        from app.core.operations.lookup import find_store
        from app.core.operations.stores import remove_store, removed_entry

        found = find_store(self.services.stores, store)
        secrets_kept = await remove_store(self.services, found)
        return removed_entry(self.services, found, secrets_kept)

    async def test_store(self, store: str | int) -> dict[str, Any]:
        from app.core.operations.lookup import find_store
        from app.core.operations.stores import test_store

        return await test_store(self.services, find_store(self.services.stores, store))

    async def preview_store(self, store: str | int, *, limit: int = 5) -> dict[str, Any]:
        from app.core.operations.lookup import find_store
        from app.core.operations.stores import preview_store

        return await preview_store(self.services, find_store(self.services.stores, store), limit)

    async def trigger_and_follow(self, on_progress: Any = None, **choice: Any) -> dict[str, Any]:
        """Run the chosen jobs here to their end (paused ones too, as asked for by name): the runs as
        the history lists them, as the ControlClient's trigger_and_follow answers."""
        from app.core.models import Trigger
        from app.core.operations.history import run_entry
        from app.core.operations.triggering import chosen_jobs

        jobs = chosen_jobs(self.services, choice)
        engine = self.runtime.engine
        runs = await asyncio.gather(*(engine.run(job, Trigger.CLI) for job in jobs))
        return {"runs": [run_entry(run) for run in runs], "skipped": []}

    # --- stock -------------------------------------------------------------------------------------

    async def inventory(
        self,
        *,
        sku: str | None = None,
        store: str | None = None,
        low: bool = False,
        search: str | None = None,
    ) -> dict[str, Any]:
        from app.core.operations.inventory import inventory_rows

        return inventory_rows(self.services, {"sku": sku, "store": store, "low": low, "search": search})

    async def sku_history(self, sku: str) -> dict[str, Any]:
        from app.core.operations.inventory import sku_history

        return sku_history(self.services, sku)

    async def thresholds(self) -> dict[str, Any]:
        from app.core.operations.thresholds import thresholds_document

        return thresholds_document(self.services)

    async def change_thresholds(
        self, skus: Mapping[str, int | None], *, replace: bool = False
    ) -> dict[str, Any]:
        from app.core.operations.thresholds import change_thresholds

        return await change_thresholds(self.services, {"skus": dict(skus), "replace": replace})

    # --- pushes ------------------------------------------------------------------------------------

    async def push_previews(self, **choice: Any) -> dict[str, Any]:
        from app.core.operations.pushes import preview_pushes

        return await preview_pushes(self.services, choice)

    async def approve_push(self, job_id: int, plan: Mapping[str, Any]) -> dict[str, Any]:
        from app.core.operations.pushes import approve_push

        return await approve_push(self.services, job_id, {"plan": plan})

    # --- alerts, logs, backup ------------------------------------------------------------------------

    async def alerts(self) -> dict[str, Any]:
        from app.core.operations.alerts import alerts_document

        return await alerts_document(self.services)

    async def change_alerts(
        self, settings: Mapping[str, Any], secrets: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        from app.core.operations.alerts import change_alerts

        body = {"settings": dict(settings), "secrets": dict(secrets or {})}
        return await change_alerts(self.services, body)

    async def test_alert(self, channel: str) -> dict[str, Any]:
        from app.core.operations.alerts import send_test_alert

        return await send_test_alert(self.services, channel)

    async def logs(
        self, *, level: str | None = None, store: str | None = None, text: str | None = None, limit: int = 50
    ) -> dict[str, Any]:
        from app.core.operations.logs import log_lines

        return log_lines(self.services, {"level": level, "store": store, "text": text, "limit": limit})

    async def backup(self, path: str) -> dict[str, Any]:
        from app.core.operations.maintenance import backup_database

        return await backup_database(self.services, {"path": path})

    # --- configuration ----------------------------------------------------------------------------

    async def export_config(self) -> dict[str, Any]:
        from app.core.operations.config import export_config

        return export_config(self.services)

    async def import_config(
        self, document: Mapping[str, Any], *, replace: bool = False, source: str = "the configuration"
    ) -> dict[str, Any]:
        from app.core.operations.config import import_config

        return await import_config(self.services, document, replace=replace, source=source)


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
