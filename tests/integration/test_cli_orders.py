"""`storesync orders` and `storesync order show`, run as the real command line in child processes:
in-process against a data folder an orders sync from a loopback store filled, and through a running
`storesync headless` instance, which answers the same data."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.control.token_file import read_token_file, write_token_file
from app.sandbox.simple import SimpleSimulator
from tests.cli.process import json_store_args
from tests.integration.test_cli_through_instance import cli, headless
from tests.sync.harness import start_simulator

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def simulator() -> Any:
    server = start_simulator(20, orders=6)
    yield server
    server.stop()


def orders_json(data_dir: Path, *args: str) -> dict[str, Any]:
    shown = cli(data_dir, "orders", "--json", *args)
    assert shown.code == 0, shown.err
    page: dict[str, Any] = json.loads(shown.out)
    return page


def imported(data_dir: Path, simulator: SimpleSimulator) -> None:
    added = cli(
        data_dir, "store", "add", "Warehouse", "--platform", "generic_json", "--no-first-sync",
        *json_store_args(simulator),
    )  # fmt: skip
    assert added.code == 0, added.err
    job = cli(data_dir, "job", "add", "--store", "Warehouse", "--kind", "orders_pull", "--every", "1h")
    assert job.code == 0, job.err
    synced = cli(data_dir, "sync", "--store", "Warehouse", "--kind", "orders_pull")
    assert synced.code == 0, synced.err + synced.out


def test_orders_lists_filters_and_shows_an_orders_history_in_process(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    imported(data_dir, simulator)
    expected = {order.number: order for order in simulator.catalog.all_orders()}

    page = orders_json(data_dir)
    assert page["total"] == 6
    assert {o["number"]: (o["status"], o["total"], o["customer_country"]) for o in page["orders"]} == {
        number: (order.status, order.total, order.country) for number, order in expected.items()
    }
    assert [o["created_at"] for o in page["orders"]] == sorted(
        (o["created_at"] for o in page["orders"]), reverse=True
    )
    status = page["orders"][0]["status"]
    narrowed = orders_json(data_dir, "--store", "Warehouse", "--status", status)
    assert {o["number"] for o in narrowed["orders"]} == {n for n, o in expected.items() if o.status == status}
    assert orders_json(data_dir, "--since", "2099-01-01")["orders"] == []

    newest = page["orders"][0]
    table = cli(data_dir, "orders", "--limit", "2")
    assert table.code == 0, table.err
    lines = table.out.splitlines()
    assert newest["number"] in lines[0] and "Warehouse" in lines[0] and newest["customer_country"] in lines[0]
    assert lines[-1] == "(2 of 6 orders; --limit shows more)"

    shown = cli(data_dir, "order", "show", str(newest["id"]))
    assert shown.code == 0, shown.err
    assert f"Order {newest['number']} of Warehouse" in shown.out
    assert f"new -> {newest['status']}  (Warehouse: {newest['status']})" in shown.out

    unknown = cli(data_dir, "orders", "--store", "Nope")
    assert unknown.code == 2 and unknown.err == "storesync: no store named 'Nope' (stores: Warehouse)\n"
    gone = cli(data_dir, "order", "show", "999")
    assert gone.code == 2 and gone.err == "storesync: no order with id 999\n"


def test_orders_through_the_running_instance_answers_what_the_database_holds(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    imported(data_dir, simulator)
    in_process = orders_json(data_dir)
    order_id = str(in_process["orders"][0]["id"])
    detail = cli(data_dir, "order", "show", order_id, "--json").out
    assert cli(data_dir, "pause-all").code == 0  # so the instance starts no run of its own

    with headless(data_dir):
        assert orders_json(data_dir) == in_process
        assert cli(data_dir, "order", "show", order_id, "--json").out == detail
        endpoint = read_token_file(data_dir)
        assert endpoint is not None
        write_token_file(data_dir, replace(endpoint, token="not-the-token"))
        refused = cli(data_dir, "orders")  # it asks the instance, which refuses a wrong token
        assert refused.code != 0 and "refused the token" in refused.err
