"""The BaseLinker connector against its RPC simulator over loopback, through the real engine and a real
SQLite file: pages of 1000, the token block, faults mid-walk, orders by id and stock writes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.events import RateLimitedUntil
from app.core.models import JobKind, Platform, RunStatus, Store, Trigger
from app.sandbox.baselinker import BaseLinkerSimulator
from app.sandbox.catalog import Catalog
from app.sandbox.faults import Fault, FaultKind
from tests.integration import support
from tests.integration.support import serving, started, stored
from tests.sync.harness import UNGUARDED, Harness, start_simulator

PRODUCTS = 2300


def simulator(products: int = PRODUCTS, **options: Any) -> BaseLinkerSimulator:
    """A token of its own per test: blocks and request budgets are shared per token, process-wide."""
    token = f"3001234-{uuid.uuid4().hex}"
    catalog = Catalog(products, seed=2, orders=230)
    return started(BaseLinkerSimulator(catalog, credentials={"api_token": token}, **options))


@pytest.fixture
def bl() -> Iterator[BaseLinkerSimulator]:
    yield from serving(simulator())


async def add_store(harness: Harness, server: BaseLinkerSimulator, **settings: Any) -> Store:
    return await support.add_store(harness, server, "BaseLinker", Platform.BASELINKER, **settings)


async def test_every_product_is_stored_once_across_pages_of_1000(
    harness: Harness, bl: BaseLinkerSimulator
) -> None:
    store = await add_store(harness, bl)
    run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert (run.counts.fetched, run.counts.created, run.counts.failed) == (PRODUCTS, PRODUCTS, 0)
    assert stored(harness, store) == bl.catalog.quantities()
    assert bl.request_count() == 3  # pages 1, 2 and 3, each listing its stock


async def test_older_answers_without_listed_stock_take_it_from_the_stock_method(harness: Harness) -> None:
    server = simulator(list_stock=False)
    try:
        store = await add_store(harness, server)
        run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.fetched, run.counts.created) == (PRODUCTS, PRODUCTS)
        assert stored(harness, store) == server.catalog.quantities()
        assert server.request_count() == 6  # list + stock for pages 1, 2 and 3
    finally:
        server.stop()


async def test_faults_mid_walk_lose_and_duplicate_nothing(harness: Harness, bl: BaseLinkerSimulator) -> None:
    bl.faults.at_request(2, Fault(FaultKind.SERVER_ERROR))
    bl.faults.at_request(3, Fault(FaultKind.BAD_GATEWAY))
    bl.faults.at_request(5, Fault.rate_limit(0.05))
    store = await add_store(harness, bl)
    run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert (run.counts.fetched, run.counts.created) == (PRODUCTS, PRODUCTS)
    assert stored(harness, store) == bl.catalog.quantities()
    assert bl.faults.injected == 3


async def test_a_long_token_block_pauses_every_job_on_the_store(harness: Harness) -> None:
    server = simulator(limit_per_minute=2, block_seconds=600)
    try:
        store = await add_store(harness, server)
        run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
        assert run.status is RunStatus.FAILED
        assert run.error_kind == "rate_limited" and "100 a minute" in (run.error_message or "")
        (event,) = [e for e in harness.of_type(RateLimitedUntil) if e.store_id == store.id][-1:]
        assert server.blocked_until is not None and event.until == server.blocked_until
        sent = server.request_count()
        orders = await harness.engine.run(await harness.add_job(store, JobKind.ORDERS_PULL), Trigger.MANUAL)
        assert orders.status is not RunStatus.SUCCEEDED
        assert server.request_count() == sent  # nothing more was sent on the blocked token
    finally:
        server.stop()


async def test_a_short_token_block_is_waited_out(harness: Harness) -> None:
    server = simulator(limit_per_minute=2, block_seconds=0.2)
    try:
        store = await add_store(harness, server)
        run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.fetched, run.counts.created) == (PRODUCTS, PRODUCTS)
        assert stored(harness, store) == server.catalog.quantities()
        assert server.blocks == 1
    finally:
        server.stop()


async def test_a_web_page_fails_the_run_in_plain_words(harness: Harness, bl: BaseLinkerSimulator) -> None:
    bl.faults.next_requests(20, Fault(FaultKind.HTML))
    run = await harness.engine.run(await harness.add_job(await add_store(harness, bl)), Trigger.MANUAL)
    assert run.status is RunStatus.FAILED
    assert run.error_message is not None and "web page, not API data" in run.error_message


async def test_a_wrong_token_needs_attention(harness: Harness, bl: BaseLinkerSimulator) -> None:
    store = await add_store(harness, bl)
    assert store.id is not None
    harness.credentials.demo_secrets[store.id] = {"api_token": "wrong"}
    run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert (run.status, run.error_kind) == (RunStatus.FAILED, "auth")
    assert bl.request_count() == 1


async def test_orders_arrive_once_by_id(harness: Harness, bl: BaseLinkerSimulator) -> None:
    store = await add_store(harness, bl)
    job = await harness.add_job(store, JobKind.ORDERS_PULL)
    first = await harness.engine.run(job, Trigger.MANUAL)
    assert first.status is RunStatus.SUCCEEDED, first.error_message
    assert harness.storage.orders.count_orders(store.id) == 230
    for _ in range(4):
        bl.catalog.tick(order_chance=1.0)
    second = await harness.engine.run(job, Trigger.MANUAL)
    assert (second.counts.fetched, second.counts.created) == (4, 4)
    assert harness.storage.orders.count_orders(store.id) == 234


async def test_stock_push_writes_the_warehouse(harness: Harness) -> None:
    bl = simulator(600)
    erp = start_simulator(600, seed=9)
    try:
        source = await harness.add_store("ERP", erp, page_size=1000)
        await harness.engine.run(await harness.add_job(source), Trigger.MANUAL)
        target = await add_store(harness, bl)
        push = await harness.add_job(target, JobKind.STOCK_PUSH, source_store_id=source.id, guard=UNGUARDED)
        run = await harness.engine.run(push, Trigger.MANUAL)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert bl.catalog.quantities() == erp.catalog.quantities()
    finally:
        erp.stop()
        bl.stop()


async def test_an_external_shops_warehouse_refuses_each_item(
    harness: Harness, bl: BaseLinkerSimulator
) -> None:
    erp = start_simulator(50, seed=9)
    try:
        source = await harness.add_store("ERP", erp)
        await harness.engine.run(await harness.add_job(source), Trigger.MANUAL)
        target = await add_store(harness, bl, warehouse_id="shop_3")
        before = bl.catalog.quantities()
        run = await harness.engine.run(
            await harness.add_job(target, JobKind.STOCK_PUSH, source_store_id=source.id, guard=UNGUARDED),
            Trigger.MANUAL,
        )
        assert run.status is RunStatus.PARTIAL, run.error_message
        assert run.counts.failed == 50 and run.counts.updated == 0
        assert bl.catalog.quantities() == before
    finally:
        erp.stop()
