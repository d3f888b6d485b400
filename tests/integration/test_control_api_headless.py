"""The control API of a real `storesync headless` child process, used from this test as the CLI or
another tool would: found by its token file, closed to a wrong token and to every address but
loopback, and every change made through it acted on by that instance within a second."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import stat
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

import psutil
import pytest

from app.control.client import ControlClient, StaleTokenFile, TokenRejected, find_instance
from app.control.token_file import ControlEndpoint, token_file_path
from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import poll, start_simulator, store_settings

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(50)
    yield server
    server.stop()


@asynccontextmanager
async def _headless(data_dir: Path) -> AsyncIterator[tuple[asyncio.subprocess.Process, ControlEndpoint]]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "main.py", "--data-dir", str(data_dir), "headless",
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        found: list[ControlEndpoint] = []

        def started() -> bool:
            endpoint = find_instance(data_dir) if token_file_path(data_dir).exists() else None
            if endpoint is not None and endpoint.pid == process.pid:
                found.append(endpoint)
            return bool(found)

        await poll(started, 30, what="the instance's token file")
        yield process, found[0]
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def _run_ends(client: ControlClient, run_id: int) -> dict[str, object]:
    for _ in range(200):
        run = await client.run(run_id)
        if run["status"] != "running":
            return run
        await asyncio.sleep(0.05)
    raise AssertionError(f"run {run_id} did not end")


async def test_a_headless_instance_is_driven_through_its_api(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    async with _headless(data_dir) as (process, endpoint), ControlClient(endpoint) as client:
        assert stat.S_IMODE(token_file_path(data_dir).stat().st_mode) == 0o600
        listening = [
            c.laddr.ip
            for c in psutil.Process(process.pid).net_connections(kind="inet")
            if c.status == psutil.CONN_LISTEN and c.laddr.port == endpoint.port
        ]
        assert listening == ["127.0.0.1"]
        async with ControlClient(dataclasses.replace(endpoint, token="x" * 43)) as wrong:
            with pytest.raises(TokenRejected):
                await wrong.status()

        status = await client.status()
        assert status["scheduler"]["pid"] == process.pid and status["scheduler"]["running"] is True

        await client.add_store(
            {"name": "Warehouse", "platform": "generic_json", "settings": store_settings(simulator)}
        )
        job = await client.add_job(
            {"store": "Warehouse", "kind": "inventory_pull", "schedule": {"kind": "daily", "at": "04:00"}}
        )
        assert job["next_run"] is not None, "scheduled in the instance at once"

        asked = time.monotonic()
        started = (await client.trigger(stores=["Warehouse"]))["started"]
        assert started and time.monotonic() - asked < 1.0, "the run started within a second"
        run = await _run_ends(client, started[0]["run_id"])
        assert run["status"] == "succeeded" and run["counts"]["fetched"] == 50  # type: ignore[index]

        rescheduled = await client.change_job(job["id"], {"schedule": {"kind": "daily", "at": "05:30"}})
        assert datetime.fromisoformat(rescheduled["next_run"]).astimezone().strftime("%H:%M") == "05:30"

        paused = await client.pause_job(job["id"])
        assert paused["paused"] is True and paused["next_run"] is None
        held = await client.trigger(jobs=[job["id"]])
        assert held["started"] == [] and "paused" in held["skipped"][0]["reason"]
        forced = await client.trigger(jobs=[job["id"]], force=True)
        assert (await _run_ends(client, forced["started"][0]["run_id"]))["status"] == "succeeded"
        assert (await client.history(store="Warehouse"))["total"] == 2

        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 30)
        assert process.returncode == 0 and "Traceback" not in err.decode()
    assert not token_file_path(data_dir).exists(), "a clean stop removes the token file"


async def test_a_killed_instance_leaves_a_token_file_told_apart_as_stale(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    async with _headless(data_dir) as (process, _):
        process.kill()
        await process.wait()
    with pytest.raises(StaleTokenFile, match=f"StoreSync process {process.pid}, which no longer runs"):
        find_instance(data_dir)
