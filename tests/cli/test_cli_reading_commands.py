"""inventory and logs, run as the real command line in a child process against a real data folder
that a first sync from a loopback store simulator filled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sandbox.simple import SimpleSimulator
from tests.cli.process import ROOT, json_store_args, run_cli
from tests.sync.harness import start_simulator


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(60)
    yield server
    server.stop()


@pytest.fixture
def data_dir(tmp_path: Path, simulator: SimpleSimulator) -> Path:
    """A data folder with the store Warehouse, synced once."""
    folder = tmp_path / "data"
    added = run_cli(
        "--data-dir", str(folder), "store", "add", "Warehouse", "--platform", "generic_json",
        *json_store_args(simulator),
    )  # fmt: skip
    assert added.code == 0, added.err
    return folder


def inventory(data_dir: Path, *args: str) -> list[dict[str, object]]:
    result = run_cli("--data-dir", str(data_dir), "inventory", "--json", *args)
    assert result.code == 0, result.err
    rows: list[dict[str, object]] = json.loads(result.out)
    return rows


def test_inventory_lists_the_synced_stock_and_narrows_it(data_dir: Path, simulator: SimpleSimulator) -> None:
    stock = simulator.catalog.quantities()

    every = inventory(data_dir)
    assert {row["sku"]: row["quantity"] for row in every} == stock
    assert {row["store"] for row in every} == {"Warehouse"}

    sku = sorted(stock)[7]
    assert [(row["sku"], row["quantity"]) for row in inventory(data_dir, "--sku", sku)] == [(sku, stock[sku])]
    low = {row["sku"] for row in inventory(data_dir, "--low", "--store", "Warehouse")}
    assert low == {s for s, quantity in stock.items() if quantity <= 5}  # the default threshold

    table = run_cli("--data-dir", str(data_dir), "inventory", "--sku", sku).out.splitlines()
    assert table[0].split() == ["SKU", "store", "quantity", "price", "name"]
    assert table[1].split()[:3] == [sku, "Warehouse", str(stock[sku])]
    unknown = run_cli("--data-dir", str(data_dir), "inventory", "--store", "Nope")
    assert unknown.code == 2 and "no store named 'Nope' (stores: Warehouse)" in unknown.err


def test_logs_show_the_runs_lines_filtered_by_store_and_level(data_dir: Path) -> None:
    shown = run_cli("--data-dir", str(data_dir), "logs", "--store", "Warehouse")

    assert shown.code == 0, shown.err
    assert "Started inventory_pull of Warehouse (initial)" in shown.out
    assert "inventory_pull of Warehouse succeeded: fetched 60, created 60" in shown.out
    assert all("[Warehouse]" in line for line in shown.out.splitlines())
    errors = run_cli("--data-dir", str(data_dir), "logs", "--level", "error")
    assert errors.code == 0 and errors.out == ""


def test_logs_follow_prints_the_lines_of_a_sync_run_by_another_process(
    data_dir: Path, simulator: SimpleSimulator
) -> None:
    follower = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--data-dir", str(data_dir), "logs", "--follow", "--limit", "1"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(follower.stdout.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        deadline = time.monotonic() + 20
        while not lines:  # the one past line: the follower has read where the log ends
            assert time.monotonic() < deadline, "logs --follow printed no past line"
            time.sleep(0.05)
        assert len(lines) == 1
        simulator.catalog.mutate_count(4)
        synced = run_cli("--data-dir", str(data_dir), "sync", "--store", "Warehouse")
        assert synced.code == 0, synced.err
        deadline = time.monotonic() + 10
        while not any("succeeded: fetched 60, created 0, updated 4" in line for line in lines):
            assert time.monotonic() < deadline, f"logs --follow did not print the sync's end: {lines}"
            time.sleep(0.05)
    finally:
        follower.terminate()
        follower.wait(10)
