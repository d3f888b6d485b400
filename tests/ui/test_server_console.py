"""The window as a server's console: File -> Connect to server with the address and token of
`storesync headless` running in a child process (a server that does not answer, and a wrong token,
each give one line in the dialog); the server's stores show in the console's table,
and Sync now there starts a run on the server that the console then shows."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from app.control.token_file import ControlEndpoint, read_token_file
from app.core.models import RunStatus, Trigger
from app.ui.dialogs.connect_server import ConnectServerDialog
from app.ui.models.job_state import RowStatus
from app.ui.models.store_status import StoreStatusModel
from app.ui.server_window import ServerWindow
from tests.integration.processes import ROOT, add_store, cli
from tests.sync.harness import start_simulator
from tests.ui.conftest import open_desktop, wait_until


@asynccontextmanager
async def headless_server(data_dir: Path, *options: str) -> AsyncIterator[ControlEndpoint]:
    """`storesync headless` (with `options`, such as --demo) in a child process, until its control
    API's token file is written."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "app.cli", "--data-dir", str(data_dir), "headless", *options,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        await wait_until(
            lambda: process.returncode is not None or read_token_file(data_dir) is not None,
            within=60,
            what="the server's token file",
        )
        endpoint = read_token_file(data_dir)
        assert process.returncode is None and endpoint is not None
        yield endpoint
    finally:
        if process.returncode is None:
            process.terminate()
            await asyncio.wait_for(process.wait(), 30)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def connect_dialog() -> ConnectServerDialog:
    found = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, ConnectServerDialog) and widget.isVisible()
    ]
    assert found, "File -> Connect to server opened no dialog"
    return found[-1]


def connect_from_the_window(desktop: Any, address: str, token: str) -> ConnectServerDialog:
    """File -> Connect to server, the address and token typed, Connect pressed: the dialog."""
    desktop.window.connect_server_action.trigger()
    dialog = connect_dialog()
    dialog.address.setText(address)
    dialog.token.setText(token)
    dialog.connect_button.click()
    return dialog


def rows(window: ServerWindow) -> dict[str, Any]:
    model = window.model
    return {state.store_name: state for state in model.states() if state.store is not None}


async def test_the_window_connected_to_a_server_syncs_there_and_shows_the_run(tmp_path: Path) -> None:
    simulator = start_simulator(250)
    server_dir = tmp_path / "server"
    try:
        await add_store(server_dir, simulator, "--no-first-sync")
        async with headless_server(server_dir) as endpoint, open_desktop(tmp_path) as desktop:
            dialog = connect_from_the_window(desktop, f"127.0.0.1:{closed_port()}", endpoint.token)
            await wait_until(
                lambda: "refused the connection" in dialog.message.text(), within=30, what="the refusal"
            )
            assert dialog.message.text().count("\n") == 0 and endpoint.token not in dialog.message.text()
            assert not desktop.actions.server_windows

            dialog.address.setText(f"127.0.0.1:{endpoint.port}")
            dialog.token.setText("not-the-token")
            dialog.connect_button.click()
            await wait_until(
                lambda: "refused the token" in dialog.message.text(), within=30, what="the refusal"
            )
            assert dialog.message.text().count("\n") == 0 and "not-the-token" not in dialog.message.text()
            # The whole reason shows (the dialog kept its first size and cut the end of it off).
            label = dialog.message
            assert label.height() >= label.heightForWidth(label.width()), (label.size(), dialog.size())
            hint = dialog.certificate.fontMetrics().horizontalAdvance(dialog.certificate.placeholderText())
            assert dialog.certificate.width() > hint

            dialog.token.setText(endpoint.token)
            dialog.connect_button.click()
            await wait_until(lambda: desktop.actions.server_windows, within=30, what="the server's console")
            window: ServerWindow = desktop.actions.server_windows[0]
            assert f"127.0.0.1:{endpoint.port}" in window.windowTitle()
            await wait_until(
                lambda: "Warehouse" in rows(window), within=30, what="the server's store in the console"
            )
            state = rows(window)["Warehouse"]
            assert not (desktop.services.stores.list_stores()), "the server's store is not copied here"

            window.select_job(state.job_id)
            resets: list[bool] = []
            window.model.modelReset.connect(lambda: resets.append(True))
            window.sync_button.click()
            await wait_until(
                lambda: (
                    (run := window.model.state_for_job(state.job_id).last_run) is not None
                    and run.trigger is Trigger.MANUAL
                    and run.status is RunStatus.SUCCEEDED
                ),
                within=60,
                what="the console to show the run Sync now started on the server",
            )
            shown = window.model.state_for_job(state.job_id)
            assert shown.last_run.counts.fetched == 250
            # The status read again after the run kept the row selected, and its buttons usable.
            await wait_until(lambda: resets, within=30, what="the server's status read again")
            assert window.selected_job_ids() == [state.job_id] and window.pause_button.isEnabled()
            row = window.model.states().index(shown)
            last_run_text = window.model.data(window.model.index(row, StoreStatusModel.LAST_RUN))
            assert "250 fetched" in last_run_text

            window.select_job(state.job_id)
            window.pause_button.click()
            await wait_until(
                lambda: window.model.state_for_job(state.job_id).job.paused,
                within=30,
                what="the console to show the job paused on the server",
            )
            # Connecting again to the same server (after a new token, say) replaces its console.
            connect_from_the_window(desktop, f"127.0.0.1:{endpoint.port}", endpoint.token)
            await wait_until(
                lambda: desktop.actions.server_windows[-1] is not window, within=30, what="the new console"
            )
            await window.wait_closed()
            assert len(desktop.actions.server_windows) == 1 and not window.isVisible()
            newer: ServerWindow = desktop.actions.server_windows[0]
            newer.close()
            await newer.wait_closed()
    finally:
        simulator.stop()


async def test_the_console_says_why_a_servers_job_paused_itself(tmp_path: Path) -> None:
    """The server's status had the reason; the console showed "Failed" and its last error instead, and
    its card and the tray "a sync failed", while README promises the reason in the Stores panel."""
    simulator = start_simulator(20)
    server_dir = tmp_path / "server"
    await add_store(server_dir, simulator, "--no-first-sync")
    simulator.stop()  # the store's address now refuses: its first sync fails
    assert (await cli(server_dir, "alerts", "set", "--pause-after", "1"))[0] == 0
    async with headless_server(server_dir) as endpoint, open_desktop(tmp_path) as desktop:
        connect_from_the_window(desktop, f"127.0.0.1:{endpoint.port}", endpoint.token)
        await wait_until(lambda: desktop.actions.server_windows, within=30, what="the server's console")
        window: ServerWindow = desktop.actions.server_windows[0]

        def paused_itself() -> bool:
            state = rows(window).get("Warehouse")
            return state is not None and bool(state.job.paused_reason)

        await wait_until(paused_itself, within=60, what="the job paused by its failure, in the console")
        state = rows(window)["Warehouse"]
        assert state.status() is RowStatus.ATTENTION
        status = window.model.status_text(state)
        assert status.startswith("Needs attention: paused after 1 failed run: could not reach "), status
        window.close()
        await window.wait_closed()
