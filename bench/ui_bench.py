"""`python -m bench ui --skus N --json`: the largest event-loop gap while an N-SKU inventory sync runs
with the real window open on its Inventory panel and a live Log panel beside it; and the idle RSS
of the window before the sync. Offscreen Qt unless DISPLAY is set."""

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


async def _measure(skus: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import StartOptions, start_services, stop_services
    from app.ui.app import DesktopApp
    from app.ui.panels.logs import LogPanel

    figures: dict[str, Any] = {"skus": skus, "load_average_1m": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="storesync-ui-") as tmp:
        options = StartOptions(
            data_dir=str(Path(tmp) / "data"), owner=True, scheduler=False, simulators=False
        )
        runtime = await start_services(options)
        desktop = DesktopApp(runtime, stop_services)
        window = desktop.window
        window.show()
        window.tabs.setCurrentWidget(window.inventory_panel)
        log_window = LogPanel(desktop.actions, desktop.bridge)
        log_window.setWindowTitle("StoreSync log")
        log_window.resize(900, 500)
        log_window.show()
        await asyncio.sleep(IDLE_SECONDS)
        figures["idle_rss_mb"] = round(rss_mb(), 1)
        figures["window_visible"] = window.isVisible() and window.inventory_panel.isVisible()
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
            app = QApplication.instance()
            if app is not None:
                app.processEvents()
    return figures


def measure_ui(skus: int) -> dict[str, Any]:
    try:
        import app.ui.app
        import app.ui.panels.logs  # noqa: F401
    except ImportError as error:
        return {"skus": skus, "available": False, "reason": f"the desktop app is not importable: {error}"}
    figures = run(lambda: _measure(skus), "qasync", gui=True)
    figures["available"] = True
    figures["targets"] = check("ui", figures)
    return figures
