"""`python -m bench ui --skus N [--stores S] [--panel overview|inventory|detail] --json`: the largest
event-loop gap while an N-SKU inventory sync runs with the real window open on a panel (the Overview by
default; `detail` keeps the Overview and opens the synced store's detail on its request chart, showing an
earlier run of MAX_BUCKETS buckets) and a live Log panel beside it; the idle RSS of the window before
the sync; with --stores, S-1 more stores (each with a job and 20 ended runs) exist before the window
opens, and the time to build the window and the Overview is reported. Offscreen Qt unless DISPLAY is set."""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from app.core.models import Platform, RunStatus
from bench.baseline import warm_simple_pages
from bench.engine_setup import BenchApp
from bench.loop import LoopGapMonitor, peak_rss_mb, rss_mb, run
from bench.simulator_process import SimulatorProcess
from bench.targets import check

IDLE_SECONDS = 3.0
RUNS_PER_STORE = 20


async def _add_fleet(runtime: Any, count: int) -> None:
    """`count` stores with one daily job and RUNS_PER_STORE ended runs each (written in one
    transaction: the benchmark measures the window, not how runs are recorded)."""
    from datetime import UTC, datetime, timedelta

    from app.core.models import Job, JobKind, RunStatus, Store
    from app.core.schedule import ScheduleSpec
    from app.storage import timestamps

    storage = runtime.storage
    now = datetime.now(UTC)
    rows: list[tuple[Any, ...]] = []
    for number in range(count):
        store = await storage.stores.save_store(
            Store(f"Fleet store {number + 1:03d}", Platform.GENERIC_JSON, {})
        )
        job = await storage.stores.save_job(
            Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(hours=24), store_id=store.id)
        )
        for number_of_run in range(RUNS_PER_STORE):
            started = now - timedelta(hours=RUNS_PER_STORE - number_of_run)
            seconds = 1.0 + (number * 7 + number_of_run * 3) % 11
            status = RunStatus.FAILED if (number + number_of_run) % 17 == 0 else RunStatus.SUCCEEDED
            rows.append(
                (
                    job.id,
                    store.id,
                    store.name,
                    JobKind.INVENTORY_PULL.value,
                    "scheduled",
                    timestamps.to_db(started),
                    status.value,
                    timestamps.to_db(started + timedelta(seconds=seconds)),
                    500,
                    2,
                    5,
                    seconds,
                )
            )

    def write() -> None:
        with storage.database.transaction() as connection:
            connection.executemany(
                "INSERT INTO sync_run (job_id, store_id, store_name, kind, trigger, started_at, status, "
                "finished_at, fetched, created, updated, duration_seconds) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    await storage.database.write(write)


async def _measure(skus: int, stores: int = 1, panel: str = "overview") -> dict[str, Any]:

    from app.bootstrap import StartOptions, start_services, stop_services
    from app.ui.app import DesktopApp
    from app.ui.panels.logs import LogPanel
    from app.ui.panels.overview import OverviewPanel

    figures: dict[str, Any] = {
        "skus": skus,
        "stores": stores,
        "panel": panel,
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory(prefix="storesync-ui-") as tmp:
        options = StartOptions(
            data_dir=str(Path(tmp) / "data"), owner=True, scheduler=False, simulators=False
        )
        runtime = await start_services(options)
        if stores > 1:
            await _add_fleet(runtime, stores - 1)
        built = time.perf_counter()
        desktop = DesktopApp(runtime, stop_services)
        window = desktop.window
        figures["window_build_ms"] = round((time.perf_counter() - built) * 1000, 1)
        built = time.perf_counter()
        OverviewPanel(desktop.actions, desktop.bridge, desktop.status).deleteLater()
        figures["overview_build_ms"] = round((time.perf_counter() - built) * 1000, 1)
        window.show()
        in_front = window.inventory_panel if panel == "inventory" else window.overview_panel
        window.tabs.setCurrentWidget(in_front)
        log_window = LogPanel(desktop.actions, desktop.bridge)
        log_window.setWindowTitle("StoreSync log")
        log_window.resize(900, 500)
        log_window.show()
        await asyncio.sleep(IDLE_SECONDS)
        figures["idle_rss_mb"] = round(rss_mb(), 1)
        figures["window_visible"] = window.isVisible() and window.tabs.currentWidget().isVisible()
        figures["overview_cards"] = window.overview_panel.model.rowCount()
        figures["log_panel_visible"] = log_window.isVisible()
        try:
            with SimulatorProcess("simple", skus) as simulator:
                await warm_simple_pages(simulator.url, simulator.secrets.get("secret", ""), skus)
                bench = BenchApp(runtime)
                job = (
                    await bench.add_store(
                        "Bench window", Platform.GENERIC_JSON, simulator.settings, simulator.secrets
                    )
                )[0]
                desktop.actions.jobs_changed.emit()
                if panel == "detail":
                    detail = await _open_request_chart(desktop, job)
                    await asyncio.sleep(IDLE_SECONDS)
                    figures["detail_visible"] = detail.request_chart.isVisible()
                    figures["detail_request_points"] = len(detail.request_chart.series("requests"))
                started = time.perf_counter()
                async with LoopGapMonitor() as monitor:
                    result = await bench.run(job)
                    figures["seconds"] = round(time.perf_counter() - started, 3)
                    await asyncio.sleep(1.0)  # the panels catch up with the finished run
                figures["status"] = result.status.value
                figures["fetched"] = result.counts.fetched
                figures["max_loop_gap_ms"] = round(monitor.max_gap_ms, 1)
                figures["inventory_items_stored"] = runtime.storage.inventory.count_items()
                figures["rss_after_mb"] = round(rss_mb(), 1)
                figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
                if result.status is not RunStatus.SUCCEEDED:
                    figures["error"] = f"{result.error_kind}: {result.error_message}"
        finally:
            log_window.close()
            log_window.deleteLater()
            desktop.request_quit()
            await desktop.finished
            await asyncio.sleep(0)  # through the loop: a nested processEvents() here loses its callbacks
    return figures


async def _open_request_chart(desktop: Any, job: Any) -> Any:
    """The store detail of `job`'s store on its request chart, drawing an ended run with every bucket
    (the widest chart the meter stores) with requests, 429s and waits in each."""
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from app.core.models import SyncRun, Trigger
    from app.core.request_meter import MAX_BUCKETS, RequestProfile

    runs = desktop.services.runs
    started = datetime.now(UTC) - timedelta(hours=1)
    run = await runs.start_run(SyncRun(job_id=job.id, trigger=Trigger.SCHEDULED, started_at=started))
    profile = RequestProfile(
        bucket_seconds=1.0,
        requests=tuple(5 + index % 7 for index in range(MAX_BUCKETS)),
        throttled=tuple(1 if index % 9 == 0 else 0 for index in range(MAX_BUCKETS)),
        waited=tuple(0.5 if index % 9 == 0 else 0.0 for index in range(MAX_BUCKETS)),
    )
    ended = replace(run, status=RunStatus.SUCCEEDED, finished_at=started + timedelta(seconds=MAX_BUCKETS))
    await runs.finish_run(ended, profile)
    store = desktop.services.stores.get_store(job.store_id)
    detail = desktop.window.overview_panel.open_store(store)
    detail.charts.setCurrentIndex(1)
    return detail


def measure_ui(skus: int, stores: int = 1, panel: str = "overview") -> dict[str, Any]:
    try:
        import app.ui.app
        import app.ui.panels.logs  # noqa: F401
    except ImportError as error:
        return {"skus": skus, "available": False, "reason": f"the desktop app is not importable: {error}"}
    figures = run(lambda: _measure(skus, stores, panel), "qasync", gui=True)
    figures["available"] = True
    figures["targets"] = check("ui", figures)
    return figures
