"""The window and the real command line in another process, on one data folder: what the merchant
changes in the window shows in the command line at once, and what the command line changes shows in
the window's Stores panel, because the command line goes through the window's control API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.sandbox.simple import SimpleSimulator
from app.ui.models.store_status import StoreStatusModel
from tests.cli.process import json_store_args
from tests.integration.processes import cli
from tests.sync.harness import start_simulator
from tests.ui.conftest import job_of, open_desktop, wait_idle, wait_until


def cell(panel: Any, job_id: int, column: int) -> str:
    model = panel.model
    state = model.state_for_job(job_id)
    return str(model.data(model.index(model.states().index(state), column)))


def store_names(panel: Any) -> set[str]:
    model = panel.model
    return {str(model.data(model.index(row, StoreStatusModel.STORE))) for row in range(model.rowCount())}


async def test_a_change_in_the_window_shows_in_the_cli(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as desktop:
        data_dir = desktop.services.data_dir
        panel = desktop.window.stores_panel
        job_id = job_of(desktop, "Demo Shopify", "orders_pull")
        await wait_idle(desktop)

        panel.row_actions(job_id).pause_button.click()
        await wait_until(lambda: panel.row_actions(job_id).pause_button.text() == "Resume", what="Resume")
        code, out, err = await cli(data_dir, "job", "show", str(job_id), "--json")
        assert code == 0, err
        shown = json.loads(out)
        assert shown["paused"] is True and shown["next_run"] is None

        desktop.window.pause_all_action.trigger()
        await wait_until(lambda: desktop.services.scheduler.paused_all, what="everything paused")
        code, out, err = await cli(data_dir, "status")
        assert code == 0, err
        assert out.splitlines()[0].startswith("StoreSync is running (process ")
        assert "everything is paused" in out.splitlines()[0]


async def test_a_change_from_the_cli_shows_in_the_window(tmp_path: Path) -> None:
    simulator: SimpleSimulator = start_simulator(120)
    try:
        async with open_desktop(tmp_path, demo=True) as desktop:
            data_dir = desktop.services.data_dir
            panel = desktop.window.stores_panel
            job_id = job_of(desktop, "Demo Shopify", "orders_pull")
            await wait_idle(desktop)

            code, _, err = await cli(data_dir, "job", "set-schedule", str(job_id), "--daily", "03:17")
            assert code == 0, err
            await wait_until(
                lambda: cell(panel, job_id, StoreStatusModel.SCHEDULE) == "Daily at 03:17",
                what="the window's row to show the schedule set from the CLI",
            )

            code, out, err = await cli(
                data_dir, "store", "add", "From the CLI", "--platform", "generic_json", "--no-first-sync",
                *json_store_args(simulator),
            )  # fmt: skip
            assert code == 0, err
            assert "Added From the CLI (generic_json): inventory_pull every 15 minutes." in out
            await wait_until(
                lambda: "From the CLI" in store_names(panel), what="the window to list the store added"
            )
            code, _, err = await cli(data_dir, "store", "edit", "From the CLI", "--rename", "Renamed")
            assert code == 0, err
            await wait_until(lambda: "Renamed" in store_names(panel), what="the window to show the new name")
            assert "From the CLI" not in store_names(panel)
            added = job_of(desktop, "Renamed", "inventory_pull")
            assert desktop.services.scheduler.next_run_time(added) is not None  # the window schedules it
    finally:
        simulator.stop()
