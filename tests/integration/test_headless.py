"""`storesync headless` as a service manager runs it: schedules fire without a window, Ctrl-C and
SIGTERM stop it cleanly (running syncs stop at a safe point, no traceback), and a run cut off by
kill -9 shows as interrupted once StoreSync starts again."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from app.sandbox.faults import Fault
from app.sandbox.simple import SimpleSimulator
from app.storage.paths import database_file
from tests.sync.harness import poll, start_simulator

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(300)
    yield server
    server.stop()


async def _cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "main.py", "--data-dir", str(data_dir), *args,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def _add_store(data_dir: Path, simulator: SimpleSimulator) -> None:
    code, _, err = await _cli(
        data_dir, "store", "add", "Warehouse", "--platform", "generic_json", "--no-first-sync",
        "--set", f"base_url={simulator.url}", "--set", "auth=none", "--set", "endpoint=/products",
        "--set", "record_path=products", "--set", "page_size=50",
    )  # fmt: skip
    assert code == 0, err


def _runs(data_dir: Path) -> list[tuple[str, str]]:
    path = database_file(data_dir)
    if not path.exists():
        return []
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as connection:
        try:
            rows = connection.execute("SELECT kind, status FROM sync_run ORDER BY id").fetchall()
        except sqlite3.OperationalError:
            return []
    return [(str(kind), str(status)) for kind, status in rows]


@asynccontextmanager
async def _running(data_dir: Path, *args: str) -> AsyncIterator[asyncio.subprocess.Process]:
    """`storesync headless` in a child; killed on the way out if the test did not stop it."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "main.py", "--data-dir", str(data_dir), "headless", *args,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def _stop(process: asyncio.subprocess.Process, signum: int) -> tuple[int, str, str]:
    process.send_signal(signum)
    out, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_headless_syncs_on_schedule_and_stops_cleanly(
    tmp_path: Path, simulator: SimpleSimulator, signum: int
) -> None:
    data_dir = tmp_path / "data"
    await _add_store(data_dir, simulator)
    async with _running(data_dir) as process:
        await poll(
            lambda: ("inventory_pull", "succeeded") in _runs(data_dir),
            seconds=30,
            what="first scheduled sync",
        )
        code, out, err = await _stop(process, signum)
    assert code == 0, err
    assert "running without a window" in out
    assert "Stopped." in out
    assert "Traceback" not in err + out
    assert "inventory_pull of Warehouse succeeded: fetched 300, created 300" in out


async def test_stopping_during_a_sync_stops_it_at_a_safe_point(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    await _add_store(data_dir, simulator)
    simulator.faults.randomly(1.0, Fault.latency(0.3), path="/products")
    async with _running(data_dir) as process:
        await poll(
            lambda: ("inventory_pull", "running") in _runs(data_dir), seconds=30, what="a sync running"
        )
        code, out, err = await _stop(process, signal.SIGTERM)
    assert code == 0, err
    assert "Traceback" not in err + out
    assert ("inventory_pull", "interrupted") in _runs(data_dir)
    with sqlite3.connect(database_file(data_dir)) as connection:
        stored = connection.execute("SELECT count(*) FROM inventory_item").fetchone()[0]
    assert stored % 50 == 0 and stored < 300


async def test_a_killed_run_shows_as_interrupted_after_the_next_start(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    await _add_store(data_dir, simulator)
    simulator.faults.randomly(1.0, Fault.latency(0.3), path="/products")
    async with _running(data_dir) as process:
        await poll(
            lambda: ("inventory_pull", "running") in _runs(data_dir), seconds=30, what="a sync running"
        )
        process.kill()
        await process.wait()

    assert ("inventory_pull", "running") in _runs(data_dir), "nobody was left to record the end"

    async with _running(data_dir) as again:
        await poll(
            lambda: ("inventory_pull", "interrupted") in _runs(data_dir),
            seconds=30,
            what="the killed run marked at start",
        )
        code, _, err = await _stop(again, signal.SIGTERM)
    assert code == 0, err
    code, out, _ = await _cli(data_dir, "status", "--json")
    assert code == 0
    job = json.loads(out)["stores"][0]["jobs"][0]
    assert job["last_run"]["status"] == "interrupted"
    assert job["running"] is False


async def test_headless_demo_syncs_the_demo_stores(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    async with _running(data_dir, "--demo") as process:
        await poll(
            lambda: sum(1 for _, status in _runs(data_dir) if status == "succeeded") >= 5,
            seconds=45,
            what="demo syncs",
        )
        code, out, err = await _stop(process, signal.SIGINT)
    assert code == 0, err
    assert "Traceback" not in err + out
    assert " failed (" not in out, out
    code, out, _ = await _cli(data_dir, "store", "list", "--json")
    stores = json.loads(out)
    assert len(stores) >= 2 and all(store["demo"] for store in stores)
