"""The rest of the command line and a running instance: inventory, logs (and --follow), backup, the stock
push (dry run, unmatched SKUs, approval), a SKU's history, alerts and thresholds print the same with
`storesync headless` running in a child process as without one, and what they change goes through the
instance: it publishes the change to the window and its other clients at once, and an approved push
runs there, not beside it in the command's own process."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.control.client import find_instance, lines_of_events
from app.core.models import Job, JobKind
from app.core.schedule import ScheduleSpec
from app.sandbox.simple import SimpleSimulator
from app.storage import open_storage
from tests.cli.process import ROOT, json_store_args
from tests.integration.test_cli_through_instance import cli, headless, wait_for
from tests.sync.harness import start_simulator

pytestmark = pytest.mark.timeout(240)

DRY_RUN = ("sync", "--store", "Shop", "--kind", "stock_push", "--dry-run")


def reading_commands(sku: str) -> list[tuple[str, ...]]:
    """Read-only commands whose output must not depend on whether an instance answers them."""
    return [
        ("inventory",),
        ("inventory", "--store", "Shop", "--low"),
        ("inventory", "--sku", sku, "--json"),
        ("inventory", "--search", sku.lower()),
        ("thresholds", "list"),
        ("thresholds", "list", "--json"),
        ("alerts", "show"),
        ("alerts", "show", "--json"),
        ("sku", sku),
        ("logs", "--store", "ERP", "--limit", "5"),
        ("logs", "--text", "FETCHED 20,", "--limit", "5"),
        DRY_RUN,
        ("push", "unmatched", "Shop"),
    ]


@pytest.fixture
def stores() -> Iterator[tuple[SimpleSimulator, SimpleSimulator]]:
    erp, shop = start_simulator(20, seed=1), start_simulator(24, seed=1)
    yield erp, shop
    erp.stop()
    shop.stop()


def _set_up(data_dir: Path, erp: SimpleSimulator, shop: SimpleSimulator) -> None:
    """ERP and Shop read once, a stock push ERP -> Shop keeping 2 back (the guard refuses it: it would
    change most of the shop), and everything paused so the instance starts no run of its own."""
    for name, simulator, extra in (
        ("ERP", erp, ()),
        ("Shop", shop, ("--set", "stock_endpoint=/products/stock")),
    ):
        added = cli(
            data_dir, "store", "add", name, "--platform", "generic_json", "--no-jobs",
            *json_store_args(simulator), *extra,
        )  # fmt: skip
        assert added.code == 0, added.err
        pulled = cli(data_dir, "job", "add", "--store", name, "--kind", "inventory_pull", "--every", "6h")
        assert pulled.code == 0, pulled.err
        assert cli(data_dir, "sync", "--store", name).code == 0
    _add_push(data_dir)
    assert cli(data_dir, "pause-all").code == 0


def _add_push(data_dir: Path) -> None:
    async def work() -> None:
        storage = open_storage(data_dir)
        try:
            erp, shop = storage.stores.find_store("ERP"), storage.stores.find_store("Shop")
            assert erp is not None and shop is not None
            options = {"source_store_id": erp.id, "buffer": {"rule": {"keep_back": 2}}}
            await storage.stores.save_job(
                Job(JobKind.STOCK_PUSH, ScheduleSpec.every(minutes=30), store_id=shop.id, options=options)
            )
        finally:
            storage.close()

    asyncio.run(work())


@contextmanager
def instance_events(data_dir: Path, types: list[str]) -> Iterator[list[dict[str, Any]]]:
    """The events of these types the running instance publishes while the block runs, read from its
    event stream as any tool reads it."""
    endpoint = find_instance(data_dir)
    assert endpoint is not None
    seen: list[dict[str, Any]] = []
    opened = threading.Event()

    async def follow() -> None:
        headers = {"Authorization": f"Bearer {endpoint.token}"}
        async with httpx.AsyncClient(base_url=endpoint.base_url, headers=headers, trust_env=False) as http:
            with contextlib.suppress(httpx.HTTPError):  # the instance stopped, ending the stream
                params = {"types": ",".join(types)}
                timeout = httpx.Timeout(10.0, read=None)
                async with http.stream("GET", "/api/v1/events", params=params, timeout=timeout) as answer:
                    assert answer.status_code == 200
                    opened.set()  # the instance listens for this stream before it answers
                    async for event in lines_of_events(answer):
                        seen.append(event)

    threading.Thread(target=lambda: asyncio.run(follow()), daemon=True).start()
    assert opened.wait(20), "the instance's event stream did not open"
    yield seen


def _outputs(data_dir: Path, sku: str) -> dict[tuple[str, ...], tuple[int, str]]:
    found = {}
    for args in reading_commands(sku):
        done = cli(data_dir, *args)
        assert "Traceback" not in done.err, done.err
        found[args] = (done.code, done.out)
    return found


def test_reading_commands_print_the_same_through_the_instance_as_in_process(
    tmp_path: Path, stores: tuple[SimpleSimulator, SimpleSimulator]
) -> None:
    data_dir = tmp_path / "data"
    _set_up(data_dir, *stores)
    sku = stores[0].catalog.sku(2)
    assert cli(data_dir, "thresholds", "set", sku, "500").code == 0

    in_process = _outputs(data_dir, sku)
    with headless(data_dir):
        through = _outputs(data_dir, sku)

    assert through == in_process
    assert in_process[DRY_RUN][0] == 3 and "refused: The push would change" in in_process[DRY_RUN][1]
    assert sku in in_process[("inventory", "--store", "Shop", "--low")][1]
    # Searches ignore letter case: the SKU in lower case finds it in both stores, "FETCHED" the ERP's read.
    searched = in_process[("inventory", "--search", sku.lower())][1].splitlines()[1:]
    assert sorted(line.split()[1] for line in searched) == ["ERP", "Shop"] and sku in searched[0]
    read = in_process[("logs", "--text", "FETCHED 20,", "--limit", "5")][1]
    assert "ERP" in read and "fetched 20," in read and "fetched 24," not in read
    assert "only on the target: 4" in in_process[("push", "unmatched", "Shop")][1]


def test_changes_from_the_cli_reach_the_running_instance_at_once(
    tmp_path: Path, stores: tuple[SimpleSimulator, SimpleSimulator]
) -> None:
    erp, shop = stores
    data_dir = tmp_path / "data"
    _set_up(data_dir, erp, shop)
    check = cli(data_dir, "job", "add", "--store", "Shop", "--kind", "low_stock_check", "--every", "6h")
    assert check.code == 0, check.err
    before = shop.catalog.quantities()
    wanted = {sku: max(0, quantity - 2) for sku, quantity in erp.catalog.quantities().items()}
    changing = sum(1 for sku, quantity in wanted.items() if before[sku] != quantity)
    backup = tmp_path / "copy.sqlite"

    with headless(data_dir) as process, instance_events(data_dir, ["settings_changed"]) as changes:
        low = shop.catalog.sku(6)
        assert cli(data_dir, "thresholds", "set", low, "100000").code == 0
        alerts = cli(data_dir, "alerts", "set", "--warn-after", "7")
        assert (alerts.code, alerts.out) == (0, "Saved warn after failures 7.\n"), alerts.err
        # The window and every other client of the instance hear of both changes at once.
        wait_for(
            lambda: [event["keys"] for event in changes] == [["sku_thresholds"], ["warn_after_failures"]],
            "the instance to publish both changes",
        )
        shown = json.loads(cli(data_dir, "alerts", "show", "--json").out)
        assert shown["settings"]["warn_after_failures"] == 7

        # The instance's next low-stock check uses the threshold set from the command line.
        checked = cli(data_dir, "sync", "--store", "Shop", "--kind", "low_stock_check")
        assert checked.code == 0, checked.err
        run_id = json.loads(cli(data_dir, "history", "--limit", "1", "--json").out)["runs"][0]["id"]
        detail = cli(data_dir, "run", "show", str(run_id)).out
        assert re.search(rf"{low} \(\d+ of 100000\)", detail), detail

        approved = cli(data_dir, "push", "approve", "Shop", "--yes")
        assert approved.code == 0, approved.err
        assert f"succeeded: written {changing}, " in approved.out

        written = cli(data_dir, "backup", str(backup))
        assert written.code == 0, written.err
        assert written.out.startswith(f"Backup written to {backup} (")

        process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=30)

    after = shop.catalog.quantities()
    assert {sku: after[sku] for sku in wanted} == wanted
    assert "Started stock_push of Shop (cli)" in out  # the instance ran the approved push
    assert "Started low_stock_check of Shop (cli)" in out
    assert backup.stat().st_size > 0


def test_logs_follow_prints_the_instance_lines_as_they_come(
    tmp_path: Path, stores: tuple[SimpleSimulator, SimpleSimulator]
) -> None:
    data_dir = tmp_path / "data"
    _set_up(data_dir, *stores)
    with headless(data_dir):
        follower = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "--data-dir", str(data_dir), "logs", "--follow",
             "--store", "ERP", "--limit", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        lines: list[str] = []
        output = follower.stdout
        assert output is not None
        threading.Thread(target=lambda: lines.extend(iter(output.readline, "")), daemon=True).start()
        try:
            # Once following, every run of ERP writes its lines; sync until one shows (the first sync
            # may end before the stream opens).
            def shown() -> bool:
                if not any("Started inventory_pull of ERP (cli)" in line for line in lines):
                    assert cli(data_dir, "sync", "--store", "ERP").code == 0
                    return False
                return True

            wait_for(shown, "the follower to print the run's lines", 60)
            assert not any("[Shop]" in line for line in lines)
            assert all("[ERP]" in line for line in lines)
        finally:
            follower.send_signal(signal.SIGINT)
            _, err = follower.communicate(timeout=30)
    assert "Traceback" not in err
