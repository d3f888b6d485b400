"""The window as the console of a real server: PostgreSQL, a `storesync worker` and `storesync serve` over
TLS (a certificate of its own, made here) in child processes, its token handed over as systemd does. File
-> Connect to server refuses the certificate until its file is named, and a wrong token, each in one line;
then Sync now is queued for the worker, History shows the run the worker ran with its counts, and Pause
and Edit schedule are read back from the server's API. The certificate holds a name and an address: the
console connects by either, through the same dialog."""

from __future__ import annotations

import contextlib
import ssl
from pathlib import Path

import pytest

from app.control.client import ControlClient
from app.control.server_address import server_endpoint
from app.core.models import RunStatus, Trigger
from app.core.schedule import ScheduleSpec
from app.ui.dialogs.job_schedule import JobScheduleDialog
from app.ui.models.history import HistoryModel
from app.ui.server_window import ServerWindow
from tests.known_secrets import SERVER_TOKEN
from tests.sync.harness import start_simulator
from tests.ui.conftest import open_desktop, wait_until
from tests.ui.test_server_console import connect_dialog
from tests.worker.harness import (
    DEADLINE,
    add_stores,
    api_server,
    eventually,
    finished_runs,
    migrate_database,
    poll,
    self_signed_certificate,
    systemd_credentials,
    workers,
)

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(300)]


def worker_runs(window: ServerWindow, trigger: Trigger) -> list[tuple[str, str]]:
    """(status, fetched) of the History panel's runs of the shop started by `trigger`."""
    model = window.history_panel.model
    return [
        (run.status.value, model.text(run, HistoryModel.FETCHED))
        for run in model.loaded()
        if run.trigger is trigger and model.text(run, HistoryModel.STORE) == "Shop 00"
    ]


def paused(window: ServerWindow, job_id: int) -> bool:
    state = window.model.state_for_job(job_id)
    return state is not None and state.job.paused


async def test_the_console_over_tls_runs_sync_now_on_the_servers_worker(
    postgres_url: str, tmp_path: Path
) -> None:
    url = migrate_database(postgres_url)
    simulator = start_simulator(120)
    certificate, key = self_signed_certificate(tmp_path / "tls", names=("localhost",))
    tls = ("--tls-cert", str(certificate), "--tls-key", str(key))
    async with contextlib.AsyncExitStack() as stack:
        env = stack.enter_context(systemd_credentials(tmp_path / "credentials"))
        stack.callback(simulator.stop)
        [job_id] = await add_stores(url, simulator, 1)
        await stack.enter_async_context(workers(url, tmp_path, 1))
        served = await stack.enter_async_context(
            api_server(url, tmp_path / "serve", tmp_path / "serve.log", *tls, env=env)
        )
        desktop = await stack.enter_async_context(open_desktop(tmp_path))
        await poll(lambda: finished_runs(url) >= 1, seconds=DEADLINE, what="the worker's first run")
        desktop.window.connect_server_action.trigger()
        dialog = connect_dialog()
        dialog.address.setText(f"https://127.0.0.1:{served.port}")
        dialog.token.setText(SERVER_TOKEN)
        dialog.connect_button.click()
        await wait_until(lambda: "not trusted" in dialog.message.text(), within=30, what="the refusal")
        assert dialog.message.text().count("\n") == 0 and SERVER_TOKEN not in dialog.message.text()

        dialog.certificate.setText(str(certificate))
        dialog.token.setText("not-the-token")
        dialog.connect_button.click()
        await wait_until(lambda: "refused the token" in dialog.message.text(), within=30, what="refusal")
        assert dialog.message.text().count("\n") == 0 and "not-the-token" not in dialog.message.text()

        dialog.token.setText(SERVER_TOKEN)
        dialog.connect_button.click()
        await wait_until(lambda: desktop.actions.server_windows, within=30, what="the server's console")
        window: ServerWindow = desktop.actions.server_windows[0]
        await wait_until(
            lambda: window.model.state_for_job(job_id) is not None, within=30, what="the server's job"
        )

        window.select_job(job_id)
        window.sync_button.click()
        await wait_until(
            lambda: worker_runs(window, Trigger.MANUAL) == [("succeeded", "120")],
            within=DEADLINE,
            what="History to show the run the worker ran for Sync now",
        )
        trusted = ssl.create_default_context(cafile=str(certificate))
        endpoint = server_endpoint(f"https://localhost:{served.port}", SERVER_TOKEN)
        async with ControlClient(endpoint, verify=trusted) as server:
            [run] = [run for run in (await server.history(job=job_id))["runs"] if run["trigger"] == "manual"]
            assert run["status"] == RunStatus.SUCCEEDED.value and run["counts"]["fetched"] == 120
            await eventually(  # the worker stores its lines every half second
                lambda: server.logs(run=run["id"], limit=50),
                lambda answer: (
                    "Started inventory_pull of Shop 00 (manual)"
                    in [line["message"] for line in answer["lines"]]
                ),
                "the worker's own log line of the run in the server's log",
            )

            window.select_job(job_id)
            window.pause_button.click()
            await wait_until(lambda: paused(window, job_id), within=30, what="the job paused")
            assert (await server.job(job_id))["paused"] is True

            window.select_job(job_id)
            dialog_for_schedule = window.edit_schedule()
            assert isinstance(dialog_for_schedule, JobScheduleDialog)
            dialog_for_schedule.editor.set_spec(ScheduleSpec.every(minutes=7))
            results: list[int] = []
            dialog_for_schedule.finished.connect(results.append)
            dialog_for_schedule.save_button.click()
            await wait_until(lambda: results, within=30, what="the schedule dialog to close")
            assert results == [JobScheduleDialog.DialogCode.Accepted]
            assert (await server.job(job_id))["schedule"] == {"kind": "interval", "every_minutes": 7}

        window.close()
        await window.wait_closed()

        # By the name the certificate holds, through the same dialog.
        desktop.window.connect_server_action.trigger()
        by_name = connect_dialog()
        by_name.address.setText(f"https://localhost:{served.port}")
        by_name.token.setText(SERVER_TOKEN)
        by_name.certificate.setText(str(certificate))
        by_name.connect_button.click()
        await wait_until(lambda: desktop.actions.server_windows, within=30, what="the console by name")
        named: ServerWindow = desktop.actions.server_windows[0]
        assert f"localhost:{served.port}" in named.windowTitle()
        await wait_until(lambda: paused(named, job_id), within=30, what="the paused job, read by name")
        named.close()
        await named.wait_closed()
    assert SERVER_TOKEN not in served.text() and "Traceback" not in served.text()
