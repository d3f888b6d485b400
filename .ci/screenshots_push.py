"""Screenshots of the README's worked example "an ERP as master for two shops with a 2-unit buffer":
the push preview and a SKU's history chart, on the demo stores (loopback simulators) in a
throwaway data folder. Run like .ci/screenshots.py, e.g.
`xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python .ci/screenshots_push.py`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import WINDOW_SIZE, run_shots, save, settle, wait_idle

from app.bootstrap import StartOptions, add_demo_stores, start_services, stop_services
from app.core.models import Job, JobKind
from app.core.schedule import ScheduleSpec
from app.ui.app import DesktopApp

MASTER = "Demo ERP (JSON API)"
SHOPS = ("Demo WooCommerce", "Demo BaseLinker")
BUFFER = {"rule": {"keep_back": 2}}


async def take(out: Path, data_dir: Path) -> None:
    options = StartOptions(data_dir=str(data_dir), demo=True, console_level=logging.INFO)
    runtime = await start_services(options)
    desktop = DesktopApp(runtime, stop_services, add_demo_stores)
    desktop.start()
    desktop.window.resize(*WINDOW_SIZE)
    services = desktop.services
    try:
        await wait_idle(desktop)
        stores = {store.name: store for store in services.stores.list_stores()}
        jobs = []
        for shop in SHOPS:
            jobs.append(
                await services.stores.save_job(
                    Job(
                        JobKind.STOCK_PUSH,
                        ScheduleSpec.every(minutes=30),
                        store_id=stores[shop].id,
                        paused=True,
                        options={"source_store_id": stores[MASTER].id, "buffer": BUFFER},
                    )
                )
            )
        opened: list[Any] = []
        desktop.actions.preview_opened.connect(opened.append)
        written: set[str] = set()
        for job in jobs:
            assert job.id is not None
            opened.clear()
            desktop.actions.preview_push(job.id)
            while not opened:
                await settle(0.2)
            dialog = opened[0]
            dialog.resize(980, 640)
            await settle(0.5)
            if job is jobs[0]:
                save(dialog, out / "push-preview.png")
            written.update(row.sku for row in dialog.planned.plan.writes)
            dialog.push_button.click()
            await settle(1.0)
            await wait_idle(desktop)
        sku = sorted(written)[0]
        history = desktop.window.inventory_panel.show_history(sku)
        history.resize(900, 640)
        await settle(0.8)
        save(history, out / "sku-history.png")
        history.close()
    finally:
        desktop.request_quit()
        await desktop.finished


def main() -> int:
    return run_shots(take, __doc__)


if __name__ == "__main__":
    sys.exit(main())
