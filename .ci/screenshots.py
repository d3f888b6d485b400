"""Screenshots of every panel, a store's detail (items changed, and a rate-limited run's requests), the
Overview right to left and dark, the store editor, the settings dialog and the tray menu, for the README.

Runs the real app on the demo stores (loopback simulators) in a throwaway data folder, lets the
start-up syncs finish, then saves PNGs to resources/screenshots/. Best under Xvfb, e.g.
`xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python .ci/screenshots.py`; without a display
it falls back to Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.bootstrap import StartOptions, add_demo_stores, start_services, stop_services  # noqa: E402
from app.sandbox.faults import Fault  # noqa: E402
from app.ui.app import DesktopApp  # noqa: E402
from app.ui.theme import ThemeFollower  # noqa: E402

WINDOW_SIZE = (1280, 780)


async def settle(seconds: float = 0.3) -> None:
    """Time for the window to draw, through the running loop (a nested processEvents() inside a
    coroutine loses qasync's queued callbacks, and the script then hung at exit)."""
    await asyncio.sleep(seconds)


def save(widget: QWidget, target: Path) -> None:
    widget.grab().save(str(target), "PNG")
    print(f"saved {target.relative_to(ROOT)}")


async def wait_idle(desktop: DesktopApp, limit: float = 60.0) -> None:
    scheduler = desktop.services.scheduler
    jobs = [job.id for job in desktop.services.stores.list_jobs() if job.id is not None]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while loop.time() < deadline:
        if not any(scheduler.is_running(job) for job in jobs):
            return
        await asyncio.sleep(0.1)


async def take(out: Path, data_dir: Path) -> None:
    options = StartOptions(data_dir=str(data_dir), demo=True, console_level=logging.INFO)
    runtime = await start_services(options)
    desktop = DesktopApp(runtime, stop_services, add_demo_stores)
    desktop.start()
    window = desktop.window
    window.resize(*WINDOW_SIZE)
    try:
        await wait_idle(desktop)
        shopify = desktop.services.stores.find_store("Demo Shopify")
        assert shopify is not None and shopify.id is not None
        # 429s (1 s Retry-After each) and slow answers in the runs below, for the request chart.
        shopify_faults = desktop.runtime.demo.sandbox.servers["shopify"].faults
        shopify_faults.next_requests(3, Fault.rate_limit(1.0))
        shopify_faults.randomly(1.0, Fault.latency(0.4))
        for job in desktop.services.stores.list_jobs(shopify.id):
            assert job.id is not None
            desktop.services.scheduler.run_now(job.id)
        await settle(1.0)
        await wait_idle(desktop)
        shopify_faults.clear()
        await settle(1.5)

        for panel, name in (
            (window.overview_panel, "overview"),
            (window.stores_panel, "stores"),
            (window.upcoming_panel, "upcoming"),
            (window.history_panel, "history"),
            (window.inventory_panel, "inventory"),
            (window.log_panel, "log"),
        ):
            window.tabs.setCurrentWidget(panel)
            await settle()
            save(window, out / f"{name}.png")

        window.tabs.setCurrentWidget(window.overview_panel)
        detail = window.overview_panel.open_store(shopify)
        detail.resize(900, 760)
        await settle(0.5)
        save(detail, out / "store-detail.png")
        detail.charts.setCurrentIndex(1)
        profiles = [
            (index, desktop.services.runs.request_profile(detail.request_run.itemData(index)))
            for index in range(detail.request_run.count())
        ]
        throttled = [(p.total_requests, i) for i, p in profiles if p is not None and p.total_throttled]
        if throttled:
            detail.request_run.setCurrentIndex(max(throttled)[1])
        await settle(0.5)
        save(detail, out / "store-detail-requests.png")
        detail.close()

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        await settle(0.5)
        save(window, out / "overview-rtl.png")
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        theme = ThemeFollower(app)
        theme.apply(Qt.ColorScheme.Dark)
        await settle(0.5)
        save(window, out / "overview-dark.png")
        window.tabs.setCurrentWidget(window.history_panel)
        await settle(0.5)
        save(window, out / "history-dark.png")
        theme.apply(Qt.ColorScheme.Light)
        await settle(0.3)

        window.tabs.setCurrentWidget(window.overview_panel)
        editor = desktop.actions.edit_store(shopify.id)
        if editor is not None:
            editor.resize(760, 720)
            await settle(0.5)
            save(editor, out / "store-editor.png")
            editor.close()

        settings = desktop.actions.open_settings()
        if settings is not None:
            await settle(0.5)
            save(settings, out / "settings.png")
            settings.close()

        menu = desktop.tray.menu
        menu.aboutToShow.emit()
        menu.popup(window.mapToGlobal(QPoint(window.width() - menu.sizeHint().width() - 20, 40)))
        await settle(0.5)
        save(menu, out / "tray-menu.png")
        menu.hide()
    finally:
        desktop.request_quit()
        await desktop.finished


def run_shots(take_shots: Callable[[Path, Path], Awaitable[None]], description: str | None) -> int:
    """Parses --out, runs `take_shots(out, data_dir)` on a qasync loop in a throwaway data folder."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="storesync-shots-") as data_dir:
        try:
            loop.run_until_complete(take_shots(args.out, Path(data_dir)))
        finally:
            asyncio.set_event_loop(None)
            loop.close()
    return 0


def main() -> int:
    return run_shots(take, __doc__)


if __name__ == "__main__":
    sys.exit(main())
