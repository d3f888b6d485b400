"""The server's console shows that server's upcoming runs, run history, log, orders and inventory in
the window's own panels, and Edit schedule / Pause / Resume change the server's job: `storesync
headless` runs in a child process, the window offscreen talks to it through its control API, and what
the console did is read back from the server's API. A server that stops answering is told in one
line."""

from __future__ import annotations

import asyncio
import csv
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.control.client import ControlClient
from app.control.remote_console import RemoteConsole, connect_remote_console
from app.control.server_address import server_endpoint
from app.core.models import JobKind, RunStatus, Trigger
from app.core.schedule import ScheduleSpec
from app.sandbox.faults import Fault, FaultKind
from app.ui.dialogs.job_schedule import JobScheduleDialog
from app.ui.formatting import number
from app.ui.models.history import HistoryModel
from app.ui.models.logs import LogModel
from app.ui.models.orders import OrdersModel
from app.ui.models.store_status import StoreStatusModel
from app.ui.panels.inventory import InventoryPanel
from app.ui.panels.order_detail import OrderDetail
from app.ui.panels.orders import OrdersPanel
from app.ui.server_window import ServerWindow
from tests.integration.processes import add_store
from tests.sync.harness import start_simulator
from tests.ui.conftest import open_desktop, wait_until
from tests.ui.test_server_console import headless_server


def inventory_job(window: ServerWindow) -> int:
    states = [
        state
        for state in window.model.states()
        if state.store_name == "Warehouse" and state.job.kind is JobKind.INVENTORY_PULL
    ]
    return states[0].job_id if states else 0


def upcoming_rows(window: ServerWindow) -> dict[int, tuple[datetime | None, str]]:
    """job id -> (next run, the Next run cell as shown) for every row of the Upcoming panel."""
    model = window.upcoming_panel.model
    column = model.proxy_column(StoreStatusModel.NEXT_RUN)
    shown = {}
    for row in range(model.rowCount()):
        source_row = model.mapToSource(model.index(row, 0)).row()
        state = window.model.state_at(source_row)
        shown[state.job_id] = (state.next_run, str(model.data(model.index(row, column)) or ""))
    return shown


def manual_runs(window: ServerWindow) -> list[int]:
    model = window.history_panel.model
    return [
        run.id or 0
        for run in model.loaded()
        if run.trigger is Trigger.MANUAL
        and run.status is RunStatus.SUCCEEDED
        and model.text(run, HistoryModel.STORE) == "Warehouse"
        and model.text(run, HistoryModel.FETCHED) == "250"
    ]


async def test_the_console_shows_the_servers_upcoming_runs_history_and_log_and_edits_its_schedule(
    tmp_path: Path,
) -> None:
    simulator = start_simulator(250)
    server_dir = tmp_path / "server"
    try:
        await add_store(server_dir, simulator, "--no-first-sync")
        async with open_desktop(tmp_path) as desktop:
            window = await watch_server_until_it_stops(desktop, server_dir)
            job_id = inventory_job(window)

            # The server is gone: the console says so in one line, and so does Edit schedule.
            await wait_until(
                lambda: "Not connected" in window.statusBar().currentMessage(),
                within=30,
                what="the console to say the server is gone",
            )
            window.select_job(job_id)
            dialog = window.edit_schedule()
            assert isinstance(dialog, JobScheduleDialog)
            dialog.save_button.click()
            await wait_until(
                lambda: "Could not save the schedule" in dialog.message.text(), within=30, what="the refusal"
            )
            assert "refused the connection" in dialog.message.text()
            assert dialog.message.text().count("\n") == 0
            dialog.close()
            window.close()
            await window.wait_closed()
    finally:
        simulator.stop()


async def watch_server_until_it_stops(desktop: Any, server_dir: Path) -> ServerWindow:
    """The console's checks while the server runs; returns the console once the server stopped."""
    async with headless_server(server_dir) as endpoint, ControlClient(endpoint) as server:
        console = await connect_remote_console(f"127.0.0.1:{endpoint.port}", endpoint.token)
        window = desktop.actions.open_server_window(console)
        assert isinstance(window, ServerWindow)
        await wait_until(lambda: inventory_job(window), within=30, what="the server's job in the console")
        job_id = inventory_job(window)

        # Upcoming: the job at the time the server will run it.
        expected = (await server.upcoming(job=job_id))["jobs"][0]["times"][0]
        await wait_until(lambda: job_id in upcoming_rows(window), within=30, what="the upcoming run")
        next_run, text = upcoming_rows(window)[job_id]
        assert next_run == datetime.fromisoformat(expected)
        assert text

        # History: Sync now on the server, and the run is listed with its counts.
        window.select_job(job_id)
        window.sync_button.click()
        await wait_until(lambda: manual_runs(window), within=60, what="the run in the console's history")
        run_id = manual_runs(window)[0]
        listed = (await server.history(job=job_id, limit=1000))["runs"]
        assert run_id in [run["id"] for run in listed]
        assert window.history_panel.count_label.text() == f"{len(listed)} run(s)" or any(
            char.isdigit() for char in window.history_panel.count_label.text()
        )

        # Log: the run's own lines, narrowed to that run as in the local Log panel.
        panel = window.log_panel
        panel.run_filter.setText(str(run_id))
        panel.apply_filters()
        server_lines = (await server.logs(run=run_id, limit=500, level="debug"))["lines"]
        assert server_lines, "the server kept no log line for the run"

        def run_lines() -> list[str]:
            model = panel.model
            return [model.text(model.item(row), LogModel.MESSAGE) for row in range(model.rowCount())]

        wanted = {line["message"] for line in server_lines if line["level"] != "DEBUG"}
        await wait_until(lambda: wanted <= set(run_lines()), within=30, what="the run's log lines")
        assert all(panel.model.item(row).run_id == run_id for row in range(panel.model.rowCount()))
        await details_and_exports_read_the_server(window, server, run_id, server_dir.parent)

        # Edit schedule: the server's job takes the new schedule.
        window.select_job(job_id)
        dialog = window.edit_schedule()
        assert isinstance(dialog, JobScheduleDialog)
        dialog.editor.set_spec(ScheduleSpec.every(minutes=7))
        results: list[int] = []
        dialog.finished.connect(results.append)
        dialog.save_button.click()
        await wait_until(lambda: results, within=30, what="the schedule dialog to close")
        assert results == [JobScheduleDialog.DialogCode.Accepted]
        assert (await server.job(job_id))["schedule"] == {"kind": "interval", "every_minutes": 7}
        await wait_until(
            lambda: window.model.state_for_job(job_id).job.schedule == ScheduleSpec.every(minutes=7),
            within=30,
            what="the console to show the new schedule",
        )

        # Pause, then Resume: the server's job follows.
        window.select_job(job_id)
        window.pause_button.click()
        await wait_until(
            lambda: window.model.state_for_job(job_id).job.paused, within=30, what="the job paused"
        )
        assert (await server.job(job_id))["paused"] is True
        window.select_job(job_id)
        window.resume_button.click()
        await wait_until(
            lambda: not window.model.state_for_job(job_id).job.paused, within=30, what="the job resumed"
        )
        assert (await server.job(job_id))["paused"] is False

    return window


async def details_and_exports_read_the_server(
    window: ServerWindow, server: ControlClient, run_id: int, folder: Path
) -> None:
    """Run details, the history's CSV and the log's export show the server's run, runs and lines."""
    history = window.history_panel
    row = next(row for row in range(history.model.rowCount()) if history.model.item(row).id == run_id)
    served = await server.run(run_id)
    detail = history.open_detail(history.model.index(row, 0))
    assert detail.isVisible() and detail.windowTitle() == f"Run {run_id} — Warehouse"
    assert detail.loaded is not None
    await detail.loaded
    shown = detail.log_view.toPlainText().splitlines()
    assert len(shown) == len(served["log"]) and served["log"]
    assert all(line["message"] in text for line, text in zip(served["log"], shown, strict=True))
    assert detail.tabs.tabText(0) == f"Log ({len(served['log'])})"
    assert detail.tabs.tabText(1) == f"Changes ({len(served['changes'])})"
    detail.close()

    history_file = folder / "server-history.csv"
    await history.export_to(str(history_file))
    with history_file.open(newline="", encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    listed = (await server.history(limit=1000))["runs"]
    assert [int(entry["run_id"]) for entry in exported] == [run["id"] for run in listed]
    assert {entry["store"] for entry in exported if int(entry["run_id"]) == run_id} == {"Warehouse"}

    log_file = folder / "server-run.log"
    await window.log_panel.export_to(str(log_file))
    lines = log_file.read_text(encoding="utf-8").splitlines()
    served_lines = (await server.logs(run=run_id, level="info", limit=500))["lines"]
    assert len(lines) == len(served_lines) and served_lines
    assert all(line["message"] in text for line, text in zip(served_lines, lines, strict=True))


async def tray_shows(tray: Any, state: str, within: float, what: str) -> None:
    """Wait for the tray's state; a timeout says what the tray showed instead."""
    try:
        await wait_until(lambda: tray.state == state, within=within, what=what)
    except AssertionError:
        raise AssertionError(f"timed out waiting for {what}: the tray shows {tray.tooltip()!r}") from None


async def test_the_tray_shows_the_watched_servers_state(tmp_path: Path) -> None:
    """Running, paused, a failed run and a server that stopped answering each show in the tray (icon
    state and tooltip) while the console is open; closing the console gives the tray back to this
    computer."""
    simulator = start_simulator(250)
    server_dir = tmp_path / "server"
    try:
        await add_store(server_dir, simulator, "--no-first-sync")
        async with open_desktop(tmp_path) as desktop:
            tray = desktop.tray
            async with headless_server(server_dir) as endpoint, ControlClient(endpoint) as server:
                console = await connect_remote_console(f"127.0.0.1:{endpoint.port}", endpoint.token)
                window = desktop.actions.open_server_window(console)
                assert isinstance(window, ServerWindow)
                await wait_until(lambda: inventory_job(window), within=30, what="the server's job")
                job_id = inventory_job(window)
                server_line = f"Server 127.0.0.1:{endpoint.port}: "
                await tray_shows(tray, "ok", within=60, what="start-up runs")
                assert server_line + "All good" in tray.tooltip()
                # This computer has no store: its cleanup job's last and next runs are no news.
                assert not any(line.startswith(("Last:", "Next:")) for line in tray.tooltip().splitlines())

                # Running: a run started by another client (the API) on a slow store.
                simulator.faults.next_requests(1, Fault.latency(4))
                await server.trigger(jobs=[job_id], trigger="manual")
                await tray_shows(tray, "syncing", within=30, what="the tray to show the run")
                assert server_line + "Syncing" in tray.tooltip()
                await tray_shows(tray, "ok", within=60, what="the run to end")

                # Paused: everything on the server.
                await server.pause_all()
                await tray_shows(tray, "paused", within=30, what="the tray to show the pause")
                assert server_line + "Paused" in tray.tooltip()
                await server.resume_all()
                await tray_shows(tray, "ok", within=30, what="the tray to show the resume")

                # A run that fails: the store answers with a web page instead of its data.
                simulator.faults.next_requests(20, Fault(FaultKind.HTML))
                await server.trigger(jobs=[job_id], trigger="manual")
                await tray_shows(tray, "failed", within=60, what="the failure")
                assert server_line + "A sync failed" in tray.tooltip()

            # The server stopped: it needs attention, said in one line of the tooltip.
            await tray_shows(tray, "attention", within=30, what="the lost server")
            gone = f"Not connected (the StoreSync server at 127.0.0.1:{endpoint.port} refused the connection)"
            await wait_until(
                lambda: server_line + gone + "; trying again…" in tray.tooltip().splitlines(),
                within=30,
                what="the reason in the tooltip",
            )
            window.close()
            await window.wait_closed()
            await tray_shows(tray, "ok", within=30, what="the tray back to this computer")
            assert "Server" not in tray.tooltip()
    finally:
        simulator.stop()


async def test_a_run_that_ends_before_the_console_follows_the_server_is_not_shown_running(
    tmp_path: Path,
) -> None:
    """The status is read, then the event stream opens: a run that ends in between sends its end
    before anyone listens. The console reads the status again once it listens, so the run does not
    stay "running" in the console (and the tray) for ever."""
    simulator = start_simulator(250)
    server_dir = tmp_path / "server"
    try:
        await add_store(server_dir, simulator, "--no-first-sync")
        async with headless_server(server_dir) as endpoint, ControlClient(endpoint) as server:
            [job] = [job for job in await server.jobs() if job["kind"] == JobKind.INVENTORY_PULL.value]
            # Every page slow, so a run of the job (this one, or one the server started itself) is
            # still running when the console reads the status.
            simulator.faults.randomly(1.0, Fault.latency(2))
            await server.trigger(jobs=[job["id"]], trigger="manual")
            address = f"127.0.0.1:{endpoint.port}"
            console = RemoteConsole(ControlClient(server_endpoint(address, endpoint.token)), address)
            await wait_until_answer(console, lambda: console.is_running(job["id"]), "the run to start")

            # The run ends, and no other starts, before the console follows the server.
            await server.pause_job(job["id"])
            simulator.faults.clear()

            async def still_running() -> bool:
                status = await server.job(job["id"])
                return bool(status["running"])

            loop = asyncio.get_running_loop()
            deadline = loop.time() + 60
            while await still_running():
                assert loop.time() < deadline, "the run did not end on the server"
                await asyncio.sleep(0.1)
            assert console.is_running(job["id"])
            console.follow()
            try:
                await wait_until(lambda: not console.is_running(job["id"]), within=30, what="the run to end")
            finally:
                await console.aclose()
    finally:
        simulator.stop()


async def wait_until_answer(console: RemoteConsole, condition: Callable[[], bool], what: str) -> None:
    """Read the server's status until `condition` holds (the console does not follow events yet)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 30
    await console.refresh()
    while not condition():
        assert loop.time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.05)
        await console.refresh()


def order_numbers(panel: OrdersPanel) -> list[str]:
    """The Number column of the Orders panel, as listed."""
    model = panel.model
    return [model.text(model.item(row), OrdersModel.NUMBER) for row in range(model.rowCount())]


def order_stores(panel: OrdersPanel) -> set[str]:
    model = panel.model
    return {model.text(model.item(row), OrdersModel.STORE) for row in range(model.rowCount())}


def inventory_cells(panel: InventoryPanel) -> dict[tuple[str, str], str]:
    """(SKU, store column) -> the quantity shown, for every store item the Inventory panel lists,
    scrolled to the end."""
    model = panel.model
    while model.canFetchMore():
        model.fetchMore()
    cells = {}
    for row in range(model.rowCount()):
        sku = str(model.data(model.index(row, model.SKU)))
        for column in range(2, model.last_seen_column()):
            shown = str(model.data(model.index(row, column)))
            if shown != "—":
                cells[(sku, str(model.headerData(column, Qt.Orientation.Horizontal)))] = shown
    return cells


async def test_the_console_lists_the_servers_orders_and_inventory_with_their_filters(tmp_path: Path) -> None:
    """After Sync now on a demo store of the server, the console's Orders and Inventory panels list
    what the server's API lists, a store filter and a SKU search narrow them, an order's detail shows
    its status history, the Overview has the server's stores with their items, and a server that
    stopped answering is one line in the panel."""
    async with open_desktop(tmp_path) as desktop:
        server_dir = tmp_path / "server"
        async with headless_server(server_dir, "--demo") as endpoint, ControlClient(endpoint) as server:
            console = await connect_remote_console(f"127.0.0.1:{endpoint.port}", endpoint.token)
            window = desktop.actions.open_server_window(console)
            assert isinstance(window, ServerWindow)

            def orders_job() -> int:
                states = [s for s in window.model.states() if s.job.kind is JobKind.ORDERS_PULL]
                return min((s.job_id for s in states), default=0)

            await wait_until(orders_job, within=30, what="a demo store's orders job in the console")
            job_id = orders_job()
            store = window.model.state_for_job(job_id).store_name
            stores = await server.stores()
            store_id = next(entry["id"] for entry in stores if entry["name"] == store)

            # Sync now on that store's orders, then nothing more runs: the server's data stays put.
            window.select_job(job_id)
            window.sync_button.click()

            async def synced() -> bool:
                # Among the job's runs: a slot of the demo's schedule falling during it is recorded
                # skipped, as the job's last run.
                runs = (await server.history(job=job_id, limit=1000))["runs"]
                return any(run["trigger"] == "manual" and run["status"] == "succeeded" for run in runs)

            await wait_for_server(synced, "the manual orders run")
            await server.pause_all()

            async def quiet() -> bool:
                status = await server.status()
                return not any(job["running"] for entry in status["stores"] for job in entry["jobs"])

            await wait_for_server(quiet, "the server's runs to end")

            # Orders: what the server lists, newest first; a store filter narrows them.
            panel = window.orders_panel
            served = (await server.orders(limit=1000))["orders"]
            assert served, "the demo store imported no order"
            await wait_until(
                lambda: order_numbers(panel) == [order["number"] for order in served],
                within=30,
                what="the server's orders in the console",
            )
            assert panel.count_label.text() == f"{len(served)} orders"
            panel.store_filter.setCurrentIndex(panel.store_filter.findData(store_id))
            of_store = (await server.orders(store=str(store_id), limit=1000))["orders"]
            assert 0 < len(of_store) < len(served)
            await wait_until(
                lambda: order_numbers(panel) == [order["number"] for order in of_store],
                within=30,
                what="the store's orders",
            )
            assert order_stores(panel) == {store}
            assert panel.count_label.text() == f"{len(of_store)} orders"

            # An order's detail: its status history as the server recorded it.
            detail = panel.open_detail(panel.model.index(0, 0))
            assert isinstance(detail, OrderDetail)
            history = (await server.order(of_store[0]["id"]))["history"]
            await wait_until(
                lambda: [row[2] for row in detail.rows()] == [step["source"] for step in history],
                within=30,
                what="the order's status history",
            )
            detail.close()

            # Inventory: every store item the server lists, with its quantity; a SKU search narrows it.
            inventory = window.inventory_panel
            window.tabs.setCurrentWidget(inventory)
            items = (await server.inventory())["items"]
            expected = {(item["sku"], item["store"]): number(item["quantity"]) for item in items}
            await wait_until(
                lambda: inventory_cells(inventory) == expected, within=30, what="the server's inventory"
            )
            assert inventory.count_label.text() == f"{len(items)} store items"
            sku = items[0]["sku"]
            inventory.search.setText(sku)
            inventory.apply_search()
            found = (await server.inventory(search=sku))["items"]
            of_sku = {(item["sku"], item["store"]): number(item["quantity"]) for item in found}
            await wait_until(lambda: inventory_cells(inventory) == of_sku, within=30, what="the SKU search")
            assert len(of_sku) < len(expected)

            # Overview: a card per server store with its items, under the server's paused headline.
            overview = window.overview_panel
            window.tabs.setCurrentWidget(overview)
            per_store = Counter(item["store"] for item in items)
            await wait_until(
                lambda: (
                    {card.store.name: card.figures.items for card in overview.model.cards()}
                    == {entry["name"]: per_store.get(entry["name"], 0) for entry in stores}
                ),
                within=30,
                what="the server's figures on the Overview",
            )
            await wait_until(
                lambda: overview.headline.text() == "Syncing is paused", within=30, what="the paused headline"
            )
            assert overview.totals.text().startswith("Today: ")
            assert overview.open_card(overview.model.index(0)) is None  # a card's details are this computer's

        # The server is gone: a new filter is one line in the panel, not an empty list.
        await wait_until(
            lambda: "Not connected" in window.statusBar().currentMessage(),
            within=30,
            what="the console to say the server is gone",
        )
        panel.status_filter.setCurrentIndex(1)
        await wait_until(
            lambda: panel.count_label.text().startswith("Could not read the orders: "),
            within=30,
            what="the orders panel to say the server does not answer",
        )
        assert "refused the connection" in panel.count_label.text()
        assert "\n" not in panel.count_label.text()
        window.close()
        await window.wait_closed()


async def wait_for_server(condition: Callable[[], Awaitable[bool]], what: str) -> None:
    """Ask the server until `condition` holds (the console's own view lags the server's events)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 60
    while not await condition():
        assert loop.time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.1)
