"""Stock push from the command line: a dry run that writes nothing, the unmatched SKUs, approving a
push the guard refused, and one SKU's history."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.core.models import Job, JobKind
from app.core.schedule import ScheduleSpec
from app.sandbox.simple import SimpleSimulator
from app.storage import open_storage
from tests.sync.harness import start_simulator


@pytest.fixture
def stores() -> Iterator[tuple[SimpleSimulator, SimpleSimulator]]:
    erp, shop = start_simulator(20, seed=1), start_simulator(24, seed=1)
    yield erp, shop
    erp.stop()
    shop.stop()


def run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def add_store(data: Path, capsys: pytest.CaptureFixture[str], name: str, simulator: SimpleSimulator) -> None:
    code, _, err = run(
        data, capsys, "store", "add", name, "--platform", "generic_json",
        "--set", f"base_url={simulator.url}", "--set", "auth=none", "--set", "endpoint=/products",
        "--set", "record_path=products", "--set", "page_size=100", "--set", "stock_endpoint=/products/stock",
    )  # fmt: skip
    assert code == 0, err


def add_push(data: Path, source: str, target: str) -> None:
    async def work() -> None:
        storage = open_storage(data)
        try:
            stores = storage.stores
            source_store, target_store = stores.find_store(source), stores.find_store(target)
            assert source_store and target_store
            await stores.save_job(
                Job(
                    JobKind.STOCK_PUSH,
                    ScheduleSpec.every(minutes=30),
                    store_id=target_store.id,
                    options={"source_store_id": source_store.id, "buffer": {"rule": {"keep_back": 2}}},
                )
            )
        finally:
            storage.close()

    asyncio.run(work())


def test_dry_run_unmatched_approve_and_sku_history(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stores: tuple[SimpleSimulator, SimpleSimulator],
) -> None:
    erp, shop = stores
    data = tmp_path / "data"
    add_store(data, capsys, "ERP", erp)
    add_store(data, capsys, "Shop", shop)
    assert run(data, capsys, "sync", "--store", "ERP")[0] == 0
    add_push(data, "ERP", "Shop")
    before = shop.catalog.quantities()
    wanted = {sku: max(0, quantity - 2) for sku, quantity in erp.catalog.quantities().items()}
    changing = sum(1 for sku, quantity in wanted.items() if before[sku] != quantity)

    plan_file = tmp_path / "plan.csv"
    code, out, _ = run(
        data, capsys, "sync", "--store", "Shop", "--kind", "stock_push", "--dry-run", "--csv", str(plan_file)
    )
    assert code == 3, "a 2-unit buffer on every SKU changes most of the shop: the guard refuses"
    assert f"{changing} to write" in out and "4 only on the target" in out
    assert "refused: The push would change" in out and "keep back 2" in out
    assert shop.catalog.quantities() == before, "a dry run writes nothing"
    rows = list(csv.DictReader(plan_file.read_text(encoding="utf-8").splitlines()))
    assert {row["sku"]: int(row["target_after"]) for row in rows} == wanted

    code, out, _ = run(data, capsys, "push", "unmatched", "Shop")
    assert code == 0
    assert "only on the source: 0" in out and "only on the target: 4" in out and shop.catalog.sku(23) in out

    code, out, _ = run(data, capsys, "sync", "--store", "Shop", "--kind", "stock_push")
    assert code == 1 and shop.catalog.quantities() == before, "the guard refuses the push itself too"
    assert "Preview the push to approve it (Preview push, or storesync push approve 'Shop')." in out

    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    code, out, err = run(data, capsys, "push", "approve", "Shop")
    assert code == 0, out + err
    assert f"succeeded: written {changing}" in out
    after = shop.catalog.quantities()
    assert {sku: after[sku] for sku in wanted} == wanted

    written = next(sku for sku, quantity in wanted.items() if before[sku] != quantity)
    code, out, _ = run(data, capsys, "sku", written)
    assert code == 0
    lines = [line for line in out.splitlines() if "Shop" in line]
    assert lines and "confirmed push (keep back 2)" in lines[-1] and f" {wanted[written]} " in lines[-1]
    assert any("ERP" in line and "read" in line for line in out.splitlines())


def test_a_push_with_its_rules_and_several_sources_moves_to_another_computer_by_config_export(
    stores: tuple[SimpleSimulator, SimpleSimulator], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export carrying a push's buffer rule was refused by its own import ("options.buffer: not an
    option of stock_push jobs"), whole file and all."""
    erp, shop = stores
    here, there = tmp_path / "here", tmp_path / "there"
    add_store(here, capsys, "ERP", erp)
    add_store(here, capsys, "Outlet", erp)
    add_store(here, capsys, "Shop", shop)
    options = (
        '{"source_stores": ["ERP", "Outlet"], "combine": "min", "buffer": {"rule": {"keep_back": 2}}, '
        '"sku_map": {"add_prefix": "EU-"}}'
    )
    code, out, err = run(
        here, capsys, "job", "add", "--kind", "stock_push", "--store", "Shop", "--every", "30m"
    )
    assert code == 2 and "a stock push needs the store to take the stock from" in err
    code, out, err = run(
        here,
        capsys,
        "job",
        "add",
        "--kind",
        "stock_push",
        "--store",
        "Shop",
        "--every",
        "30m",
        "--options",
        options,
    )
    assert code == 0, err
    assert out.startswith("Added job ") and out.rstrip().endswith("every 30 minutes.")
    job_id = out.split()[2].rstrip(":")
    code, out, err = run(here, capsys, "job", "set-options", job_id, '{"combine": "most"}')
    assert (code, err.strip()) == (
        2,
        "storesync: A stock push combines its sources by sum or min, not “most”",
    )
    exported = tmp_path / "config.json"
    assert run(here, capsys, "config", "export", str(exported))[0] == 0
    written = [job for entry in json.loads(exported.read_text())["stores"] for job in entry["jobs"]]
    [push] = [job for job in written if job["kind"] == "stock_push"]
    assert push["options"] == {
        "source_stores": ["ERP", "Outlet"], "combine": "min", "buffer": {"rule": {"keep_back": 2}},
        "sku_map": {"add_prefix": "EU-"},
    }  # fmt: skip

    code, out, err = run(there, capsys, "config", "import", str(exported))
    assert code == 0, err
    storage = open_storage(there)
    try:
        ids = {store.name: store.id for store in storage.stores.list_stores()}
        [job] = [job for job in storage.stores.list_jobs(ids["Shop"]) if job.kind is JobKind.STOCK_PUSH]
    finally:
        storage.close()
    assert job.options == {
        "source_store_ids": [ids["ERP"], ids["Outlet"]], "combine": "min",
        "buffer": {"rule": {"keep_back": 2}}, "sku_map": {"add_prefix": "EU-"}, "previewed": False,
    }  # fmt: skip
