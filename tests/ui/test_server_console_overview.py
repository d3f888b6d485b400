"""The Overview of a real server: PostgreSQL, a `storesync worker` that syncs two stores from a simulated
shop and `storesync serve` in child processes, a failed run of a third store recorded as a worker records
it, and thresholds set through serve's API. GET /api/v1/overview through serve answers each store's items,
low stock, failures and run times and the day's totals as worked out by hand, and the window's console
connected to serve shows a card per store with those figures instead of a line saying they cannot be read."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.control.client import ControlClient
from app.control.remote_console import connect_remote_console
from app.control.server_address import server_endpoint
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.schedule import ScheduleSpec
from app.storage.postgres_storage import open_postgres_storage
from app.ui.models.store_status import StoreStatusModel
from app.ui.server_window import ServerWindow
from tests.sync.harness import start_simulator, store_settings
from tests.ui.conftest import open_desktop, wait_until
from tests.worker.harness import DEADLINE, add_stores, api_server, migrate_database, poll, runs, workers

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(300)]

# The simulated shop's four SKUs and their quantities; SKU 2 has a threshold of its own.
QUANTITIES = (0, 3, 8, 20)
SKU_2_THRESHOLD = 2
SHOP_01_THRESHOLD = 10  # its low-stock check's own; Shop 00 and Closed use the Settings' default, 5


async def closed_store_with_a_failed_run(url: str, simulator: Any, started: datetime) -> int:
    """Closed: its stock job paused (no worker runs it), and a failed run of 2.5 s recorded through the
    server's storage as a worker records one. Also Shop 01's low-stock check, paused, with its threshold.
    The failed run's id."""
    storage = open_postgres_storage(url)
    try:
        store = await storage.stores.save_store(
            Store("Closed", Platform.GENERIC_JSON, store_settings(simulator, 50))
        )
        job = await storage.stores.save_job(
            Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store_id=store.id, paused=True)
        )
        run = await storage.runs.start_run(SyncRun(job.id or 0, Trigger.SCHEDULED, started))
        failed = replace(
            run,
            status=RunStatus.FAILED,
            finished_at=started + timedelta(seconds=2.5),
            error_kind="network",
            error_message="the shop did not answer",
        )
        await storage.runs.finish_run(failed)
        [shop_01] = [entry for entry in storage.stores.list_stores() if entry.name == "Shop 01"]
        await storage.stores.save_job(
            Job(
                JobKind.LOW_STOCK_CHECK,
                ScheduleSpec.daily("07:00"),
                store_id=shop_01.id,
                paused=True,
                options={"threshold": SHOP_01_THRESHOLD},
            )
        )
        return run.id or 0
    finally:
        storage.close()


def stock_runs_ended(url: str, job_ids: list[int]) -> bool:
    return sorted(job for job, _trigger, status in runs(url) if status == "succeeded") == sorted(job_ids)


def figures_by_name(answer: dict[str, Any], names: dict[int, str]) -> dict[str, tuple[Any, ...]]:
    """store name -> (items, low stock, failures, how many durations) as the API answered them."""
    return {
        names[entry["store_id"]]: (
            entry["items"],
            entry["low_stock"],
            entry["failures"],
            len(entry["durations"]),
        )
        for entry in answer["stores"]
    }


def cards(window: ServerWindow) -> dict[str, tuple[int, int, int, int]]:
    """store name -> (items, low stock, failures, how many run times) as the console's cards show them."""
    return {
        card.store.name: (
            card.figures.items,
            card.figures.low_stock,
            card.figures.failures,
            len(card.figures.durations),
        )
        for card in window.overview_panel.model.cards()
    }


async def test_the_servers_overview_answers_its_figures_and_the_console_shows_them(
    postgres_url: str, tmp_path: Path
) -> None:
    url = migrate_database(postgres_url)
    simulator = start_simulator(len(QUANTITIES))
    catalog = simulator.catalog
    for index, quantity in enumerate(QUANTITIES):
        catalog.set_quantity(catalog.sku(index), quantity)
    began = datetime.now(UTC)
    async with contextlib.AsyncExitStack() as stack:
        stack.callback(simulator.stop)
        stock_jobs = await add_stores(url, simulator, 2)
        failed_run = await closed_store_with_a_failed_run(url, simulator, began - timedelta(minutes=30))
        served = await stack.enter_async_context(api_server(url, tmp_path / "serve", tmp_path / "serve.log"))
        endpoint = server_endpoint(f"127.0.0.1:{served.port}", served.token)
        server = await stack.enter_async_context(ControlClient(endpoint))
        await server.change_thresholds({catalog.sku(1): SKU_2_THRESHOLD})
        await stack.enter_async_context(workers(url, tmp_path, 1))
        await poll(lambda: stock_runs_ended(url, stock_jobs), seconds=DEADLINE, what="both stores synced")

        since = (began - timedelta(hours=1)).isoformat()
        answer = await server.overview(failures_since=since, day_since=since, ended_since=since)
        names = {entry["id"]: entry["name"] for entry in await server.stores()}
        assert figures_by_name(answer, names) == {
            # 0 at or below the default 5; 3 above SKU 2's own 2; 8 and 20 above 5.
            "Shop 00": (4, 1, 0, 1),
            # 0 and 8 at or below the store's 10; 3 above SKU 2's own 2; 20 above 10.
            "Shop 01": (4, 2, 0, 1),
            "Closed": (0, 0, 1, 1),
        }
        [closed] = [entry for entry in answer["stores"] if names[entry["store_id"]] == "Closed"]
        assert closed["durations"] == [2.5]
        assert answer["today"] == {"runs": 3, "items_changed": 8, "orders_imported": 0}
        worker_runs = [run["id"] for run in (await server.history(since=since))["runs"]]
        assert sorted(answer["ended_run_ids"]) == sorted(worker_runs) and failed_run in worker_runs
        assert len(worker_runs) == 3

        desktop = await stack.enter_async_context(open_desktop(tmp_path))
        console = await connect_remote_console(f"127.0.0.1:{served.port}", served.token)
        window = desktop.actions.open_server_window(console)
        assert isinstance(window, ServerWindow)
        overview = window.overview_panel
        window.tabs.setCurrentWidget(overview)
        await wait_until(
            lambda: (
                cards(window) == {"Closed": (0, 0, 1, 1), "Shop 00": (4, 1, 0, 1), "Shop 01": (4, 2, 0, 1)}
            ),
            within=30,
            what="a card per server store with its figures",
        )
        assert [card.store.name for card in overview.model.cards()] == ["Closed", "Shop 00", "Shop 01"]
        assert overview.totals.text().startswith("Today: "), overview.totals.text()
        window.close()
        await window.wait_closed()
    assert "Traceback" not in served.text()


async def test_a_console_on_a_server_without_a_worker_says_queued_runs_wait(
    postgres_url: str, tmp_path: Path
) -> None:
    """serve alone runs nothing: the console and the tray say so instead of "All good", and a run asked
    for reads "Queued" (waiting for a worker) instead of "Idle"; once a worker runs, nothing of it is
    said and the waiting run runs."""
    url = migrate_database(postgres_url)
    simulator = start_simulator(30)
    async with contextlib.AsyncExitStack() as stack:
        stack.callback(simulator.stop)
        [job_id] = await add_stores(url, simulator, 1)
        served = await stack.enter_async_context(api_server(url, tmp_path / "serve", tmp_path / "serve.log"))
        desktop = await stack.enter_async_context(open_desktop(tmp_path))
        console = await connect_remote_console(f"127.0.0.1:{served.port}", served.token)
        window = desktop.actions.open_server_window(console)
        assert isinstance(window, ServerWindow)
        server_line = f"Server 127.0.0.1:{served.port}: "
        waiting = "No worker is running: queued runs wait until one starts"
        assert window.state_words() == waiting and window.overall_state() == "attention"
        await wait_until(lambda: server_line + waiting in desktop.tray.tooltip(), within=30, what="the tray")

        window.select_job(job_id)
        window.sync_button.click()
        state = window.model.state_for_job(job_id)
        await wait_until(lambda: state.queued, within=30, what="the run to be seen in the server's queue")
        row = window.model.states().index(state)
        status = window.model.index(row, StoreStatusModel.STATUS)
        assert window.model.data(status) == "Queued"
        assert window.model.data(status, Qt.ItemDataRole.ToolTipRole) == (
            "Waiting in the server's queue until a worker is free"
        )

        await stack.enter_async_context(workers(url, tmp_path, 1))
        await wait_until(lambda: console.workers == 1, within=60, what="the worker seen by the console")
        await wait_until(
            lambda: state.last_run is not None and state.last_run.trigger is Trigger.MANUAL,
            within=DEADLINE,
            what="the worker to run the waiting run",
        )
        await wait_until(lambda: window.state_words() == "All good", within=10, what="All good")
        assert not state.queued
        window.close()
        await window.wait_closed()
