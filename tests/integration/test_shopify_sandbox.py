"""The Shopify connector against its GraphQL simulator over loopback, through the real engine and a
real SQLite file: full and repeated syncs, throttling, faults mid-walk, orders and stock writes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.models import JobKind, Platform, RunStatus, Store, Trigger
from app.sandbox.catalog import Catalog
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.shopify import ShopifySimulator
from tests.integration import support
from tests.integration.support import serving, started, stored
from tests.sync.harness import UNGUARDED, Harness, start_simulator

PRODUCTS = 530


def simulator(**options: Any) -> ShopifySimulator:
    return started(ShopifySimulator(Catalog(PRODUCTS, seed=5, orders=60), **options))


@pytest.fixture
def shop() -> Iterator[ShopifySimulator]:
    yield from serving(simulator())


async def add_store(harness: Harness, server: ShopifySimulator, **settings: Any) -> Store:
    return await support.add_store(harness, server, "Shopify", Platform.SHOPIFY, **settings)


async def test_every_variant_is_stored_once_and_a_resync_writes_only_changes(
    harness: Harness, shop: ShopifySimulator
) -> None:
    store = await add_store(harness, shop)
    job = await harness.add_job(store)
    first = await harness.engine.run(job, Trigger.MANUAL)
    assert first.status is RunStatus.SUCCEEDED, first.error_message
    assert (first.counts.fetched, first.counts.created, first.counts.failed) == (PRODUCTS, PRODUCTS, 0)
    assert stored(harness, store) == shop.catalog.quantities()  # second location starts empty

    changed = shop.catalog.mutate(0.03)
    second = await harness.engine.run(job, Trigger.SCHEDULED)
    assert (second.counts.updated, second.counts.unchanged) == (len(changed), PRODUCTS - len(changed))
    assert stored(harness, store) == shop.catalog.quantities()


async def test_a_small_bucket_is_paced_instead_of_throttled(harness: Harness) -> None:
    server = simulator(bucket_size=1000, restore_rate=4000)
    try:
        job = await harness.add_job(await add_store(harness, server))
        run = await harness.engine.run(job, Trigger.MANUAL)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert run.counts.created == PRODUCTS
        assert server.throttled == 0
    finally:
        server.stop()


async def test_throttled_answers_and_a_429_storm_lose_and_duplicate_nothing(
    harness: Harness, shop: ShopifySimulator
) -> None:
    throttled = json.dumps(
        {
            "errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
            "extensions": {
                "cost": {
                    "requestedQueryCost": 900,
                    "actualQueryCost": None,
                    "throttleStatus": {
                        "maximumAvailable": 2000.0,
                        "currentlyAvailable": 880,
                        "restoreRate": 50000.0,
                    },
                }
            },
        }
    ).encode()
    shop.faults.at_request(3, Fault.custom(200, throttled))
    shop.faults.at_request(5, Fault.rate_limit(0.05))
    shop.faults.at_request(6, Fault.rate_limit(0.05))
    shop.faults.at_request(7, Fault(FaultKind.SERVER_ERROR))
    store = await add_store(harness, shop)
    run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert (run.counts.fetched, run.counts.created) == (PRODUCTS, PRODUCTS)
    assert shop.faults.injected == 4
    assert stored(harness, store) == shop.catalog.quantities()


async def test_a_web_page_fails_the_run_in_plain_words(harness: Harness, shop: ShopifySimulator) -> None:
    shop.faults.next_requests(20, Fault(FaultKind.HTML))
    run = await harness.engine.run(await harness.add_job(await add_store(harness, shop)), Trigger.MANUAL)
    assert run.status is RunStatus.FAILED
    assert run.error_message is not None and "web page, not API data" in run.error_message


async def test_a_wrong_token_needs_attention(harness: Harness, shop: ShopifySimulator) -> None:
    store = await add_store(harness, shop)
    assert store.id is not None
    harness.credentials.demo_secrets[store.id] = {"access_token": "shpat_wrong"}
    run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert (run.status, run.error_kind) == (RunStatus.FAILED, "auth")
    assert shop.request_count() == 1  # never retried


async def test_orders_arrive_once_and_the_cursor_follows_the_data(
    harness: Harness, shop: ShopifySimulator
) -> None:
    store = await add_store(harness, shop)
    job = await harness.add_job(store, JobKind.ORDERS_PULL)
    first = await harness.engine.run(job, Trigger.MANUAL)
    assert first.status is RunStatus.SUCCEEDED, first.error_message
    assert harness.storage.orders.count_orders(store.id) == 60
    for _ in range(6):
        shop.catalog.tick(order_chance=1.0)
    second = await harness.engine.run(job, Trigger.MANUAL)
    assert second.status is RunStatus.SUCCEEDED, second.error_message
    assert harness.storage.orders.count_orders(store.id) == len(shop.catalog.all_orders()) == 66
    assert second.counts.created == 6
    assert second.counts.fetched <= 6 + 6 + 1  # new, progressed, and the boundary second read again


async def test_stock_push_makes_shopify_match_the_source(harness: Harness, shop: ShopifySimulator) -> None:
    erp = start_simulator(PRODUCTS, seed=9)
    try:
        source = await harness.add_store("ERP", erp)
        await harness.engine.run(await harness.add_job(source), Trigger.MANUAL)
        target = await add_store(harness, shop, location_id="1")
        push = await harness.add_job(target, JobKind.STOCK_PUSH, source_store_id=source.id, guard=UNGUARDED)
        run = await harness.engine.run(push, Trigger.MANUAL)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert shop.catalog.quantities() == erp.catalog.quantities()
        assert run.counts.updated == sum(
            1
            for sku, q in erp.catalog.quantities().items()
            if q != Catalog(PRODUCTS, seed=5).quantities()[sku]
        )
        again = await harness.engine.run(push, Trigger.MANUAL)
        assert (again.counts.updated, again.counts.unchanged) == (0, PRODUCTS)
    finally:
        erp.stop()


async def test_a_change_in_shopify_during_a_push_is_not_overwritten(
    harness: Harness, shop: ShopifySimulator
) -> None:
    erp = start_simulator(PRODUCTS, seed=9)
    try:
        source = await harness.add_store("ERP", erp)
        await harness.engine.run(await harness.add_job(source), Trigger.MANUAL)
        target = await add_store(harness, shop, location_id="1")
        push = await harness.add_job(target, JobKind.STOCK_PUSH, source_store_id=source.id, guard=UNGUARDED)
        sold = next(sku for sku, q in erp.catalog.quantities().items() if q != shop.catalog.quantities()[sku])
        shop.before_mutation = lambda: shop.catalog.set_quantity(sold, 999)
        run = await harness.engine.run(push, Trigger.MANUAL)
        assert run.status is RunStatus.PARTIAL, run.error_message
        assert run.counts.failed == 1
        assert shop.catalog.quantities()[sold] == 999  # the sale in Shopify was not overwritten
        others = {sku: q for sku, q in shop.catalog.quantities().items() if sku != sold}
        assert others == {sku: q for sku, q in erp.catalog.quantities().items() if sku != sold}
    finally:
        erp.stop()
