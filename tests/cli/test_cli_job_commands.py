"""job, history and run show without a running instance: the real command line in a child process
works on the data folder itself, in the words the control API uses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.sandbox.faults import Fault, FaultKind
from app.sandbox.simple import SimpleSimulator
from tests.cli.process import Result, json_store_args, run_cli
from tests.sync.harness import start_simulator


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(40)
    yield server
    server.stop()


@pytest.fixture
def data_dir(tmp_path: Path, simulator: SimpleSimulator) -> Path:
    """Two stores, Warehouse synced once and Shop not."""
    folder = tmp_path / "data"
    for name, extra in (("Warehouse", ()), ("Shop", ("--no-first-sync", "--no-jobs"))):
        added = run_cli(
            "--data-dir", str(folder), "store", "add", name, "--platform", "generic_json",
            *json_store_args(simulator), *extra,
        )  # fmt: skip
        assert added.code == 0, added.err
    return folder


def cli(data_dir: Path, *args: str) -> Result:
    return run_cli("--data-dir", str(data_dir), *args)


def jobs(data_dir: Path, *args: str) -> list[dict[str, Any]]:
    listed = cli(data_dir, "job", "list", "--json", *args)
    assert listed.code == 0, listed.err
    found: list[dict[str, Any]] = json.loads(listed.out)
    return found


def test_job_add_covers_a_stock_push_with_its_source_and_a_low_stock_check_with_its_threshold(
    data_dir: Path,
) -> None:
    push = cli(data_dir, "job", "add", "--store", "Shop", "--kind", "stock_push", "--source", "Warehouse")
    low = cli(data_dir, "job", "add", "--store", "Shop", "--kind", "low_stock_check", "--threshold", "3")
    hourly = cli(
        data_dir, "job", "add", "--store", "Shop", "--kind", "orders_pull",
        "--every", "2h", "--between", "08:00-20:00", "--paused",
    )  # fmt: skip

    assert (push.code, low.code, hourly.code) == (0, 0, 0), push.err + low.err + hourly.err
    assert "stock_push of Shop, every 30 minutes" in push.out  # the window's default schedule
    shop = {job["kind"]: job for job in jobs(data_dir, "--store", "Shop")}
    stores = json.loads(cli(data_dir, "status", "--json").out)["stores"]
    warehouse_id = next(store["id"] for store in stores if store["name"] == "Warehouse")
    assert shop["stock_push"]["options"] == {"source_store_id": warehouse_id, "previewed": False}
    assert shop["low_stock_check"]["options"] == {"threshold": 3}
    assert shop["low_stock_check"]["schedule_words"] == "Daily at 08:00"
    assert shop["orders_pull"]["paused"] is True
    assert hourly.out.rstrip().endswith("; paused.")
    shown = cli(data_dir, "job", "show", str(shop["orders_pull"]["id"])).out.splitlines()
    assert "  state: paused" in shown  # it read "state: paused; paused"
    assert shop["orders_pull"]["schedule_words"] == "Every 2 hours from 08:00 to 20:00"


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("--store", "Shop", "--kind", "stock_push"), "a stock push needs the store to take the stock from"),
        (("--store", "Shop", "--kind", "stock_push", "--source", "Shop"), "cannot use its own store"),
        (("--store", "Nope", "--kind", "inventory_pull"), "no store named 'Nope' (stores: Shop, Warehouse)"),
        (("--store", "Shop", "--kind", "inventory_pull", "--every", "0"), "at least 1 minute"),
        (("--store", "Shop", "--kind", "inventory_pull", "--cron", "61 25 * * 8"), "cron"),
        (
            ("--store", "Shop", "--kind", "inventory_pull", "--every", "soon"),
            "--every takes minutes or hours",
        ),
    ],
)
def test_a_job_that_cannot_run_is_refused_in_one_line(
    data_dir: Path, args: tuple[str, ...], sentence: str
) -> None:
    refused = cli(data_dir, "job", "add", *args)

    assert refused.code == 2
    assert refused.err.startswith("storesync: ") and refused.err.count("\n") == 1
    assert sentence in refused.err
    assert jobs(data_dir, "--store", "Shop") == []


def test_set_schedule_pause_resume_and_remove_change_the_stored_job(data_dir: Path) -> None:
    job_id = jobs(data_dir, "--store", "Warehouse")[0]["id"]

    changed = cli(data_dir, "job", "set-schedule", str(job_id), "--weekly", "mon,fri@07:45")
    assert changed.code == 0, changed.err
    assert cli(data_dir, "job", "pause", str(job_id)).code == 0
    shown = cli(data_dir, "job", "show", str(job_id)).out
    assert ("Job " in shown and "weekly" not in shown.lower().split("every")[0]) or shown
    entry = json.loads(cli(data_dir, "job", "show", str(job_id), "--json").out)
    assert entry["schedule"] == {"kind": "weekly", "days": ["mon", "fri"], "at": "07:45"}
    assert entry["paused"] is True and entry["total_runs"] == 1
    assert cli(data_dir, "job", "resume", str(job_id)).code == 0
    assert json.loads(cli(data_dir, "job", "show", str(job_id), "--json").out)["paused"] is False
    removed = cli(data_dir, "job", "remove", str(job_id))
    assert removed.code == 0 and "Its runs stay in the history" in removed.out
    assert jobs(data_dir, "--store", "Warehouse") == []
    assert json.loads(cli(data_dir, "history", "--json").out)["total"] >= 1


def test_pause_all_is_kept_for_the_next_start(data_dir: Path) -> None:
    paused = cli(data_dir, "pause-all")

    assert paused.out == "Everything is paused (takes effect when StoreSync starts).\n"
    assert json.loads(cli(data_dir, "status", "--json").out)["scheduler"]["paused"] is True
    assert "everything is paused" in cli(data_dir, "status").out.splitlines()[0]
    cli(data_dir, "resume-all")
    assert json.loads(cli(data_dir, "status", "--json").out)["scheduler"]["paused"] is False


def test_history_and_run_show_describe_the_runs(data_dir: Path, simulator: SimpleSimulator) -> None:
    changed_skus = simulator.catalog.mutate_count(2)
    assert cli(data_dir, "sync", "--store", "Warehouse").code == 0

    page = json.loads(cli(data_dir, "history", "--store", "Warehouse", "--json").out)
    assert [run["trigger"] for run in page["runs"]] == ["cli", "initial"]
    assert page["runs"][0]["counts"]["updated"] == 2
    limited = cli(data_dir, "history", "--limit", "1").out.splitlines()
    assert "Warehouse · inventory_pull  succeeded (cli) - fetched 40, created 0, updated 2" in limited[0]
    assert limited[1] == "(1 of 2 runs; --limit shows more)"
    assert json.loads(cli(data_dir, "history", "--status", "failed", "--json").out)["runs"] == []
    assert json.loads(cli(data_dir, "history", "--since", "1h", "--json").out)["total"] == 2

    run_id = page["runs"][0]["id"]
    detail = cli(data_dir, "run", "show", str(run_id)).out
    assert f"Run {run_id}: inventory_pull of Warehouse" in detail
    assert "fetched 40, created 0, updated 2, unchanged 38" in detail
    assert "inventory_pull of Warehouse succeeded" in detail  # a log line of the run
    for sku in changed_skus:
        assert f"  {sku}: " in detail
    missing = cli(data_dir, "run", "show", "999")
    assert missing.code == 2 and missing.err == "storesync: no run with id 999\n"


def test_a_job_the_store_cannot_run_is_refused_when_added_not_at_each_run(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    """An orders job on a JSON API without an orders endpoint was saved, then failed every run."""
    folder = tmp_path / "data"
    added = run_cli(
        "--data-dir", str(folder), "store", "add", "ERP", "--platform", "generic_json",
        *json_store_args(simulator, orders_endpoint="", stock_endpoint=""), "--no-first-sync",
    )  # fmt: skip
    assert added.code == 0, added.err
    for kind, endpoint in (("orders_pull", "orders_endpoint"), ("stock_push", "stock_endpoint")):
        refused = cli(
            folder, "job", "add", "--store", "ERP", "--kind", kind, "--options", '{"source_store": 1}'
        )
        assert refused.code == 2
        words = kind.replace("_", " ")
        assert refused.err == (
            f"storesync: ERP cannot run {words} jobs until its {endpoint} is set "
            f"(storesync store edit 'ERP' --set {endpoint}=...)\n"
        )
    assert [job["kind"] for job in jobs(folder)] == ["inventory_pull"]


def test_the_history_and_log_of_a_removed_store_are_still_found_by_its_name(data_dir: Path) -> None:
    """README: a removed store's history stays until the cleanup; `history --store` and `logs --store`
    said no such store (its log lines lose their store with it, its runs keep its name)."""
    assert cli(data_dir, "store", "remove", "Warehouse", "--yes").code == 0
    page = json.loads(cli(data_dir, "history", "--store", "Warehouse", "--json").out)
    assert [(run["store_name"], run["trigger"]) for run in page["runs"]] == [("Warehouse", "initial")]
    [run_id] = [run["id"] for run in page["runs"]]
    logged = cli(data_dir, "logs", "--store", "Warehouse")
    assert logged.code == 0, logged.err
    lines = logged.out.splitlines()
    assert lines and all(f" (run {run_id}) " in line for line in lines), lines
    assert any("Started inventory_pull of Warehouse (initial)" in line for line in lines), lines
    for command in ("history", "logs"):
        typo = cli(data_dir, command, "--store", "Warehous")
        assert (typo.code, typo.err) == (2, "storesync: no store named 'Warehous' (stores: Shop)\n")


def test_a_runs_retries_are_in_its_log_and_under_its_store(
    data_dir: Path, simulator: SimpleSimulator
) -> None:
    """The HTTP layer's retry lines named no run: `run show` and `logs --store` showed only the start and
    the end of a run that was slow because its store kept failing."""
    simulator.faults.next_requests(1, Fault(FaultKind.UNAVAILABLE), path="/products")
    synced = cli(data_dir, "sync", "--store", "Warehouse")
    assert synced.code == 0, synced.err
    run_id = json.loads(cli(data_dir, "history", "--store", "Warehouse", "--json").out)["runs"][0]["id"]
    detail = cli(data_dir, "run", "show", str(run_id)).out
    assert "GET 127.0.0.1/products: attempt 1 of " in detail and "trying again in" in detail
    store_lines = cli(data_dir, "logs", "--store", "Warehouse").out
    assert "GET 127.0.0.1/products: attempt 1 of " in store_lines


def test_a_time_zone_keeps_its_capitals_when_a_new_job_is_described(data_dir: Path) -> None:
    added = cli(
        data_dir, "job", "add", "--store", "Shop", "--kind", "orders_pull",
        "--cron", "0 8-18 * * mon-fri", "--timezone", "Europe/Warsaw",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert added.out.rstrip().endswith("on Monday to Friday), Europe/Warsaw."), added.out  # europe/warsaw
