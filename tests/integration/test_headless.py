"""`storesync headless` as a service manager runs it: schedules fire without a window, Ctrl-C and
SIGTERM stop it cleanly (running syncs stop at a safe point, no traceback), and a run cut off by
kill -9 shows as interrupted once StoreSync starts again."""

from __future__ import annotations

import json
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sandbox.faults import Fault
from app.sandbox.simple import SimpleSimulator
from app.storage.paths import database_file
from tests.integration.processes import add_store, cli, running, runs, stop
from tests.sync.harness import poll, start_simulator

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(300)
    yield server
    server.stop()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_headless_syncs_on_schedule_and_stops_cleanly(
    tmp_path: Path, simulator: SimpleSimulator, signum: int
) -> None:
    data_dir = tmp_path / "data"
    await add_store(data_dir, simulator, "--no-first-sync")
    async with running(data_dir, "headless") as process:
        await poll(
            lambda: ("inventory_pull", "succeeded") in runs(data_dir),
            seconds=30,
            what="first scheduled sync",
        )
        code, out, err = await stop(process, signum)
    assert code == 0, err
    assert "running without a window" in out
    assert "Stopped." in out
    assert "Traceback" not in err + out
    assert "inventory_pull of Warehouse succeeded: fetched 300, created 300" in out


async def test_stopping_during_a_sync_stops_it_at_a_safe_point(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    await add_store(data_dir, simulator, "--no-first-sync")
    simulator.faults.randomly(1.0, Fault.latency(0.3), path="/products")
    async with running(data_dir, "headless") as process:
        await poll(lambda: ("inventory_pull", "running") in runs(data_dir), seconds=30, what="a sync running")
        code, out, err = await stop(process, signal.SIGTERM)
    assert code == 0, err
    assert "Traceback" not in err + out
    assert ("inventory_pull", "interrupted") in runs(data_dir)
    with sqlite3.connect(database_file(data_dir)) as connection:
        stored = connection.execute("SELECT count(*) FROM inventory_item").fetchone()[0]
    assert stored % 50 == 0 and stored < 300


async def test_a_killed_run_shows_as_interrupted_after_the_next_start(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    await add_store(data_dir, simulator, "--no-first-sync")
    simulator.faults.randomly(1.0, Fault.latency(0.3), path="/products")
    async with running(data_dir, "headless") as process:
        await poll(lambda: ("inventory_pull", "running") in runs(data_dir), seconds=30, what="a sync running")
        process.kill()
        await process.wait()

    assert ("inventory_pull", "running") in runs(data_dir), "nobody was left to record the end"

    async with running(data_dir, "headless") as again:
        await poll(
            lambda: ("inventory_pull", "interrupted") in runs(data_dir),
            seconds=30,
            what="the killed run marked at start",
        )
        code, _, err = await stop(again, signal.SIGTERM)
    assert code == 0, err
    code, out, _ = await cli(data_dir, "status", "--json")
    assert code == 0
    job = json.loads(out)["stores"][0]["jobs"][0]
    assert job["last_run"]["status"] == "interrupted"
    assert job["running"] is False


async def test_headless_demo_syncs_the_demo_stores(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    async with running(data_dir, "headless", "--demo") as process:
        await poll(
            lambda: (
                sum(1 for _, status in runs(data_dir) if status == "succeeded") >= 5
                and runs(data_dir).count(("orders_pull", "succeeded")) >= 3
            ),
            seconds=45,
            what="demo syncs, each demo shop's orders among them",
        )
        code, out, err = await stop(process, signal.SIGINT)
    assert code == 0, err
    assert "Traceback" not in err + out
    assert " failed (" not in out, out
    code, out, _ = await cli(data_dir, "store", "list", "--json")
    stores = json.loads(out)
    assert len(stores) >= 2 and all(store["demo"] for store in stores)
    code, out, _ = await cli(data_dir, "orders", "--limit", "1000", "--json")
    orders = json.loads(out)["orders"]
    assert [o for o in orders if o["status"] == "unknown"] == [], "every demo order maps to a status of ours"
