"""The window serves the control API too: a tool sees the window's stores and what it changes, and a
change made through the API shows in the window."""

from __future__ import annotations

from pathlib import Path

from app.control.client import ControlClient, find_instance
from tests.ui.conftest import open_desktop, wait_idle, wait_until


async def test_the_window_serves_the_api_and_shows_its_changes(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as desktop:
        await wait_idle(desktop)
        endpoint = find_instance(desktop.services.data_dir)
        assert endpoint is not None
        async with ControlClient(endpoint) as client:
            status = await client.status()
            served = {job["id"] for store in status["stores"] for job in store["jobs"]}
            served |= {job["id"] for job in status["global_jobs"]}
            assert served == {state.job_id for state in desktop.status.states()}
            assert len(status["stores"]) >= 2

            await client.pause_all()
            await wait_until(lambda: desktop.actions.all_paused, what="the window to show everything paused")
            assert desktop.window.pause_all_action.text() == "&Resume all"

            desktop.actions.resume_all()
            await wait_until(
                lambda: not desktop.services.scheduler.paused_all,
                what="the window's resume to reach the scheduler",
            )
            assert (await client.status())["scheduler"]["paused"] is False

            settings = {"base_url": "http://127.0.0.1:9", "auth": "none", "endpoint": "/products"}
            await client.add_store(
                {
                    "name": "From a script",
                    "platform": "generic_json",
                    "settings": {**settings, "record_path": "p"},
                }
            )
            job = await client.add_job(
                {
                    "store": "From a script",
                    "kind": "inventory_pull",
                    "schedule": {"kind": "daily", "at": "06:00"},
                }
            )
            await wait_until(
                lambda: any(state.job_id == job["id"] for state in desktop.status.states()),
                what="the window to list the job added through the API",
            )
    assert not (tmp_path / "data" / "control-api.json").exists()
