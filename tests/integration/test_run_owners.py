"""A run belongs to a live process (issue 10, items 3 and 4), checked with real `storesync` processes
against loopback stores: a `sync` killed with SIGKILL shows as interrupted at once to the next
command, SIGTERM stops a `sync` that records its own run interrupted, and `headless` started during a
`sync` leaves that live run alone while its own runs wait for the database instead of failing."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.sandbox.faults import Fault
from app.sandbox.simple import SimpleSimulator
from tests.integration.processes import add_store, cli, finished, last_run, run_rows, running, stop
from tests.sync.harness import poll, start_simulator

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def slow_store() -> Iterator[SimpleSimulator]:
    """A store that answers each page of products after 0.3 s, so a sync of it is caught mid-way."""
    server = start_simulator(600)
    server.faults.randomly(1.0, Fault.latency(0.3), path="/products")
    yield server
    server.stop()


def _running_now(data_dir: Path, store: str = "Warehouse") -> bool:
    run = last_run(data_dir, store)
    return run is not None and run.trigger == "cli" and run.status == "running"


def _all_ended(data_dir: Path, store: str) -> bool:
    statuses = [run.status for run in run_rows(data_dir) if run.store == store]
    return bool(statuses) and "running" not in statuses


async def test_a_killed_sync_shows_as_interrupted_at_once_and_the_next_sync_runs(
    tmp_path: Path, slow_store: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    await add_store(data_dir, slow_store, "--no-first-sync")
    async with running(data_dir, "sync", "--store", "Warehouse") as child:
        await poll(lambda: _running_now(data_dir), seconds=30, what="the sync running")
        child.kill()
        await child.wait()

    code, out, err = await cli(data_dir, "status", "--json")
    assert code == 0, err
    [job] = [job for job in json.loads(out)["stores"][0]["jobs"] if job["kind"] == "inventory_pull"]
    assert job["running"] is False
    assert job["last_run"]["status"] == "interrupted"
    assert "stopped before this run finished" in job["last_run"]["error_message"]

    slow_store.faults.clear()
    code, out, err = await cli(data_dir, "sync", "--store", "Warehouse", "--kind", "inventory_pull")
    assert code == 0, out + err
    assert "Warehouse · inventory_pull: succeeded - fetched 600" in out


async def test_sigterm_stops_a_sync_that_records_its_run_interrupted(
    tmp_path: Path, slow_store: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    await add_store(data_dir, slow_store, "--no-first-sync")
    async with running(data_dir, "sync", "--store", "Warehouse", "--kind", "inventory_pull") as child:
        await poll(lambda: _running_now(data_dir), seconds=30, what="the sync running")
        code, out, err = await stop(child, signal.SIGTERM)

    assert code == 1, out + err
    assert "Traceback" not in out + err
    assert "Warehouse · inventory_pull: interrupted" in out
    run = last_run(data_dir, "Warehouse")
    assert run is not None and run.status == "interrupted"
    assert run.message is not None and "safe point" in run.message, "recorded by the sync itself"
    assert run.created > 0 and run.created % 50 == 0, "the pages stored before the stop are counted"


async def test_headless_started_during_a_sync_leaves_its_run_alone_and_waits_for_the_database(
    tmp_path: Path, slow_store: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    busy_store = start_simulator(5000, orders=500)
    # Each store's stock job due half a day from now: the default every 15 minutes runs on the quarter
    # hours of the clock, and a slot falling during the test ran Slow in headless beside the sync.
    at = (datetime.now() + timedelta(hours=12)).strftime("%H:%M")
    try:
        for name, server in (("Slow", slow_store), ("Busy", busy_store)):
            await add_store(data_dir, server, "--no-jobs", name=name)
            code, _, err = await cli(
                data_dir, "job", "add", "--store", name, "--kind", "inventory_pull", "--daily", at
            )
            assert code == 0, err
        async with running(data_dir, "sync", "--store", "Slow", "--kind", "inventory_pull") as sync:
            await poll(lambda: _running_now(data_dir, "Slow"), seconds=30, what="the sync running")
            async with running(data_dir, "headless") as headless:
                # Headless runs the Busy store's jobs (never run) at once, writing beside the sync.
                await poll(lambda: _all_ended(data_dir, "Busy"), seconds=60, what="headless's first runs")
                assert _running_now(data_dir, "Slow"), "the live run of the sync is not interrupted"
                slow_store.faults.clear()
                code, out, err = await finished(sync)
                assert code == 0, out + err
                assert "Slow · inventory_pull: succeeded - fetched 600, created 600" in out
                headless_code, headless_out, headless_err = await stop(headless, signal.SIGTERM)
    finally:
        busy_store.stop()
    assert headless_code == 0, headless_err
    every_run = run_rows(data_dir)
    assert [(run.store, run.kind, run.status) for run in every_run if run.status != "succeeded"] == []
    assert "database is locked" not in headless_out + headless_err + out + err
