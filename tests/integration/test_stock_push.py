"""Stock push end to end through the real engine, SQLite files and loopback stores: two sources
summed with a buffer rule and a SKU map, the guard against an empty source and its approval,
writes the store does not confirm, and the audit trail with the per-SKU history."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from app.core.events import NeedsAttention
from app.core.models import JobKind, Platform, RunStatus, Store, Trigger, WriteState
from app.core.push_plan import Action
from tests.sync.harness import Harness, start_simulator


@pytest.fixture
def http_attempts() -> int:
    return 1


async def read_all(harness: Harness, *stores: Store) -> None:
    for store in stores:
        run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
        assert run.status is RunStatus.SUCCEEDED, run.error_message


async def test_a_sum_of_two_sources_with_a_buffer_and_a_sku_map_writes_what_the_preview_showed(
    harness: Harness,
) -> None:
    erp_a, erp_b, shop = start_simulator(40, seed=1), start_simulator(40, seed=2), start_simulator(40, seed=3)
    try:
        first, second = await harness.add_store("ERP A", erp_a), await harness.add_store("ERP B", erp_b)
        target = await harness.add_store("Shop", shop)
        await read_all(harness, first, second)
        sku = erp_a.catalog.sku
        push = await harness.add_job(
            target,
            JobKind.STOCK_PUSH,
            source_store_ids=[first.id, second.id],
            combine="sum",
            buffer={"rule": {"keep_back": 2}, "overrides": {sku(5): {"maximum": 1}}},
            sku_map={"pairs": {sku(0): sku(1), sku(1): sku(0)}},
            guard={"max_change_share": 1},
        )
        summed = {s: q + erp_b.catalog.quantities()[s] for s, q in erp_a.catalog.quantities().items()}

        preview = await harness.engine.preview_push(push)
        assert preview.refusals == []
        rows = {row.sku: row for row in preview.plan.rows}
        assert rows[sku(1)].source_sku == sku(0)
        assert rows[sku(1)].target_after == max(0, summed[sku(0)] - 2)
        assert (
            rows[sku(5)].target_after == min(1, summed[sku(5)]) and rows[sku(5)].rule == "override: at most 1"
        )
        previewed = {row.sku: row.target_after for row in preview.plan.rows}
        writes = {row.sku: row for row in preview.plan.writes}
        assert writes, "the seeded catalogs differ"

        run = await harness.engine.run(push, Trigger.MANUAL)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert run.counts.updated == len(writes)
        assert shop.catalog.quantities() == previewed

        changes = harness.storage.inventory.changes_for_run(run.id or 0)
        assert {c.sku: (c.old_quantity, c.new_quantity) for c in changes} == {
            s: (row.target_now, row.target_after) for s, row in writes.items()
        }
        assert {c.write_state for c in changes} == {WriteState.CONFIRMED}
        assert {c.rule for c in changes} <= {"keep back 2", "override: at most 1"}

        written = next(iter(writes))
        history = harness.storage.inventory.sku_history(written)
        assert [(h.store_name, h.new_quantity) for h in history if h.run_id == run.id] == [
            ("Shop", writes[written].target_after)
        ]
        assert {h.store_name for h in history} >= {"ERP A", "ERP B", "Shop"}

        again = await harness.engine.preview_push(push)
        assert again.plan.count(Action.WRITE) == 0
    finally:
        for simulator in (erp_a, erp_b, shop):
            simulator.stop()


async def test_an_empty_source_is_refused_until_the_merchant_approves_that_push(harness: Harness) -> None:
    erp, shop = start_simulator(30, seed=1), start_simulator(30, seed=1)
    try:
        source, target = await harness.add_store("ERP", erp), await harness.add_store("Shop", shop)
        for index in range(30):
            erp.catalog.set_quantity(erp.catalog.sku(index), 0)
        await read_all(harness, source)
        before = shop.catalog.quantities()
        push = await harness.add_job(target, JobKind.STOCK_PUSH, source_store_id=source.id)

        refused = await harness.engine.run(push, Trigger.MANUAL)
        assert refused.status is RunStatus.FAILED and refused.error_kind == "push_refused"
        assert refused.error_message and "to 0" in refused.error_message
        assert shop.catalog.quantities() == before, "nothing was written"
        assert [event.store_id for event in harness.of_type(NeedsAttention)] == [target.id]

        preview = await harness.engine.preview_push(push)
        assert preview.refusals and preview.plan.count(Action.WRITE) > 0
        await harness.engine.approve_push(push, preview)
        approved = await harness.engine.run(push, Trigger.MANUAL)
        assert approved.status is RunStatus.SUCCEEDED, approved.error_message
        assert set(shop.catalog.quantities().values()) == {0}

        for sku, quantity in before.items():
            shop.catalog.set_quantity(sku, quantity)
        once_only = await harness.engine.run(push, Trigger.MANUAL)
        assert once_only.status is RunStatus.FAILED, "an approval is for one push"
    finally:
        erp.stop()
        shop.stop()


async def test_a_source_whose_last_read_failed_is_refused(harness: Harness) -> None:
    erp, shop = start_simulator(10, seed=1), start_simulator(10, seed=2)
    try:
        source, target = await harness.add_store("ERP", erp), await harness.add_store("Shop", shop)
        push = await harness.add_job(target, JobKind.STOCK_PUSH, source_store_id=source.id)
        await harness.add_job(source)
        run = await harness.engine.run(push, Trigger.MANUAL)
    finally:
        erp.stop()
        shop.stop()
    assert run.status is RunStatus.FAILED
    assert run.error_message and "ERP has not been read yet" in run.error_message


class LoopbackStock:
    """A JSON stock API written for these tests: GET /items lists, PUT /items/<id> sets the
    quantity. `honest=False` answers every write with 200 and changes nothing."""

    def __init__(self, quantities: dict[str, int], *, honest: bool) -> None:
        self.items = {
            str(i): {"id": str(i), "sku": sku, "quantity": q} for i, (sku, q) in enumerate(quantities.items())
        }
        self.honest = honest
        self.writes = 0
        store = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._send(200, {"items": list(store.items.values())})

            def do_PUT(self) -> None:
                item_id = self.path.rsplit("/", 1)[-1]
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                store.writes += 1
                if store.honest and item_id in store.items:
                    store.items[item_id]["quantity"] = body["quantity"]
                self._send(200, {"ok": True})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def quantities(self) -> dict[str, int]:
        return {item["sku"]: item["quantity"] for item in self.items.values()}

    def settings(self) -> dict[str, Any]:
        return {
            "base_url": f"http://127.0.0.1:{self.server.server_address[1]}/",
            "auth": "none",
            "endpoint": "items",
            "record_path": "items",
            "paginator": "none",
            "field_map": {"sku": "sku", "quantity": "quantity", "name": "", "price": "", "updated_at": ""},
            "stock_endpoint": "items/{id}",
            "stock_write_mode": "per_item",
            "stock_method": "PUT",
            "stock_body": '{"quantity": "{quantity}"}',
            "stock_result_path": "",
        }

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(params=[True, False], ids=["stores-writes", "answers-ok-changes-nothing"])
def loopback(request: pytest.FixtureRequest) -> Iterator[LoopbackStock]:
    server = LoopbackStock({"A": 1, "B": 2, "C": 3, "D": 4}, honest=request.param)
    yield server
    server.stop()


async def test_writes_the_store_does_not_confirm_are_read_back(
    harness: Harness, loopback: LoopbackStock
) -> None:
    erp = start_simulator(4, seed=1)
    try:
        source = await harness.add_store("ERP", erp)
        await read_all(harness, source)
        target = await harness.storage.stores.save_store(
            Store("Loopback", Platform.GENERIC_JSON, loopback.settings())
        )
        assert target.id is not None
        harness.credentials.demo_secrets[target.id] = {}
        sku = erp.catalog.sku
        pairs = {sku(i): s for i, s in enumerate("ABCD")}
        push = await harness.add_job(
            target,
            JobKind.STOCK_PUSH,
            source_store_id=source.id,
            sku_map={"pairs": pairs},
            guard={"max_change_share": 1, "max_zero_share": 1},
        )
        wanted = {pairs[s]: q for s, q in erp.catalog.quantities().items()}
        changing = [s for s in "ABCD" if loopback.quantities[s] != wanted[s]]
        assert changing
        run = await harness.engine.run(push, Trigger.MANUAL)
    finally:
        erp.stop()
    assert loopback.writes == len(changing)
    changes = harness.storage.inventory.changes_for_run(run.id or 0)
    if loopback.honest:
        assert run.status is RunStatus.SUCCEEDED and run.counts.updated == len(changing)
        assert loopback.quantities == wanted
        assert {c.sku for c in changes if c.write_state is WriteState.CONFIRMED} == set(changing)
    else:
        assert run.status is RunStatus.PARTIAL and run.counts.updated == 0
        assert run.counts.failed == len(changing)
        assert run.error_message and "read back" in run.error_message
        assert changes == [], "a write the store did not take is not recorded as one"


async def test_a_target_listing_plain_and_unusual_records_is_previewed_and_pushed_alike(
    harness: Harness,
) -> None:
    """The target is read the fast way for plain records and the ordinary way for the others, in
    the preview and in the push: both must see the same quantities, ids and refusals."""
    erp = start_simulator(5, seed=1)
    loopback = LoopbackStock({}, honest=True)
    sku = erp.catalog.sku
    loopback.items = {
        "10": {"id": 10, "sku": "A", "quantity": 0},  # plain, with a whole-number id
        "11": {"id": "11", "sku": "B", "quantity": "0"},  # quantity as text: the ordinary route
        "12": {"id": "12", "sku": "C", "quantity": "0"},  # listed twice, first the ordinary way
        "13": {"id": "13", "sku": "C", "quantity": 0},
        "14": {"id": "14", "sku": "D", "quantity": "lots"},  # refused: not a number
        "15": {"id": "15", "sku": "E", "quantity": 0},
    }
    try:
        source = await harness.add_store("ERP", erp)
        await read_all(harness, source)
        target = await harness.storage.stores.save_store(
            Store("Loopback", Platform.GENERIC_JSON, loopback.settings())
        )
        assert target.id is not None
        harness.credentials.demo_secrets[target.id] = {}
        pairs = {sku(i): s for i, s in enumerate("ABCDE")}
        for index in range(5):
            erp.catalog.set_quantity(sku(index), 5 + index)
        await read_all(harness, source)
        push = await harness.add_job(
            target,
            JobKind.STOCK_PUSH,
            source_store_id=source.id,
            sku_map={"pairs": pairs},
            guard={"max_change_share": 1, "max_zero_share": 1},
        )

        preview = await harness.engine.preview_push(push)
        rows = {row.sku: row for row in preview.plan.rows}
        assert {
            s: (row.target_now, row.target_after, row.remote_id) for s, row in rows.items() if s != "C"
        } == {
            "A": (0, 5, "10"),
            "B": (0, 6, "11"),
            "E": (0, 9, "15"),
        }
        assert rows["C"].action is Action.SKIPPED and rows["C"].remote_id == "12"
        assert preview.plan.unmatched.only_on_source == [sku(3)]
        assert preview.plan.unmatched.duplicated == ["C"]

        run = await harness.engine.run(push, Trigger.MANUAL)
    finally:
        erp.stop()
        loopback.stop()
    assert run.counts.fetched == 5 and run.counts.failed == 2, "D refused, C skipped"
    assert run.error_message and "lots" in run.error_message
    assert {item_id: item["quantity"] for item_id, item in loopback.items.items()} == {
        "10": 5,
        "11": 6,
        "12": "0",
        "13": 0,
        "14": "lots",
        "15": 9,
    }
