"""The generic JSON connector against its simulator over loopback, through the real engine and a
real SQLite file: every page style and login, faults in the middle of a walk, and incremental orders."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy
from app.connectors.registry import ConnectorRegistry
from app.core.errors import AuthError
from app.core.models import JobKind, Platform, RunStatus, StockUpdate, Store, Trigger
from app.sandbox.catalog import Catalog
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.generic_json import AUTH_MODES, PAGINATORS, GenericJsonSimulator
from tests.integration import support
from tests.integration.support import serving, started
from tests.sync.harness import Harness

PRODUCTS = 230


def simulator(**options: Any) -> GenericJsonSimulator:
    return started(GenericJsonSimulator(Catalog(PRODUCTS, seed=3, orders=40), **options))


@pytest.fixture
def erp() -> Iterator[GenericJsonSimulator]:
    yield from serving(simulator(), check_errors=False)


async def add_store(harness: Harness, server: GenericJsonSimulator, **settings: Any) -> Store:
    return await support.add_store(harness, server, "ERP", Platform.GENERIC_JSON, **settings)


@pytest.mark.parametrize("paginator", [p for p in PAGINATORS if p != "none"])
async def test_every_page_style_reads_every_sku_once(harness: Harness, paginator: str) -> None:
    server = simulator(paginator=paginator)
    try:
        job = await harness.add_job(await add_store(harness, server))
        run = await harness.engine.run(job, Trigger.MANUAL)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.fetched, run.counts.created, run.counts.failed) == (PRODUCTS, PRODUCTS, 0)
        assert harness.storage.inventory.count_items() == PRODUCTS
    finally:
        server.stop()


@pytest.mark.parametrize("auth", AUTH_MODES)
async def test_every_login_method_is_accepted_and_a_wrong_secret_is_refused(auth: str) -> None:
    server = simulator(auth=auth)
    registry = ConnectorRegistry(HttpPolicy(retry=RetryPolicy(attempts=1)))
    store = Store("ERP", Platform.GENERIC_JSON, server.store_settings())
    try:
        assert "first page has 100 products" in await registry.test_connection(store, server.credentials)
        if auth != "none":
            with pytest.raises(AuthError):
                await registry.test_connection(store, {"secret": "wrong"})
    finally:
        server.stop()


async def test_resync_after_changes_updates_only_the_changed_skus(
    harness: Harness, erp: GenericJsonSimulator
) -> None:
    job = await harness.add_job(await add_store(harness, erp))
    await harness.engine.run(job, Trigger.MANUAL)
    changed = erp.catalog.mutate(0.05)
    again = await harness.engine.run(job, Trigger.MANUAL)
    assert (again.counts.updated, again.counts.unchanged) == (len(changed), PRODUCTS - len(changed))


async def test_faults_in_the_middle_of_pagination_lose_and_duplicate_nothing(
    harness: Harness, erp: GenericJsonSimulator
) -> None:
    erp.faults.at_request(2, Fault(FaultKind.SERVER_ERROR))
    erp.faults.at_request(3, Fault.rate_limit(0.05))
    erp.faults.at_request(5, Fault(FaultKind.BAD_GATEWAY))
    job = await harness.add_job(await add_store(harness, erp))
    run = await harness.engine.run(job, Trigger.MANUAL)
    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert (run.counts.fetched, run.counts.created) == (PRODUCTS, PRODUCTS)
    assert erp.faults.injected == 3


async def test_a_firewall_page_fails_the_run_in_plain_words(
    harness: Harness, erp: GenericJsonSimulator
) -> None:
    erp.faults.next_requests(10, Fault(FaultKind.HTML))
    job = await harness.add_job(await add_store(harness, erp))
    run = await harness.engine.run(job, Trigger.MANUAL)
    assert run.status is RunStatus.FAILED
    assert run.error_message is not None and "web page, not API data" in run.error_message


async def test_a_truncated_answer_fails_the_run_without_storing_half_a_page(
    harness: Harness, erp: GenericJsonSimulator
) -> None:
    erp.faults.next_requests(20, Fault(FaultKind.MALFORMED_JSON))
    job = await harness.add_job(await add_store(harness, erp))
    run = await harness.engine.run(job, Trigger.MANUAL)
    assert run.status is RunStatus.FAILED
    assert run.error_message is not None and "not valid JSON" in run.error_message
    assert harness.storage.inventory.count_items() == 0


async def test_orders_are_read_incrementally_and_never_twice(
    harness: Harness, erp: GenericJsonSimulator
) -> None:
    store = await add_store(harness, erp)
    job = await harness.add_job(store, JobKind.ORDERS_PULL)
    first = await harness.engine.run(job, Trigger.MANUAL)
    assert first.counts.created == 40
    quiet = await harness.engine.run(job, Trigger.MANUAL)
    assert quiet.counts.fetched == 0
    cursor = harness.storage.cursors.get_cursor(job.id or 0, "orders")
    for _ in range(4):
        erp.catalog.tick()
    orders = erp.catalog.all_orders()
    moved = [o for o in orders if o.updated_at.isoformat() > (cursor or "")]
    assert moved, "the simulated shop should have new or progressed orders"
    later = await harness.engine.run(job, Trigger.MANUAL)
    assert later.counts.fetched == len(moved)
    assert later.counts.created == len(orders) - 40
    assert harness.storage.orders.count_orders(store.id) == len(orders)
    newest = max(o.updated_at for o in erp.catalog.all_orders())
    assert harness.storage.cursors.get_cursor(job.id or 0, "orders") == newest.isoformat()


async def test_stock_written_through_the_update_endpoint_reaches_the_store(erp: GenericJsonSimulator) -> None:
    registry = ConnectorRegistry()
    connector = registry.create(Store("ERP", Platform.GENERIC_JSON, erp.store_settings()), erp.credentials)
    try:
        result = await connector.push_stock([StockUpdate("SKU-0000001", 42), StockUpdate("SKU-9999999", 1)])
    finally:
        await connector.aclose()
    assert result.written == 1
    assert [f.key for f in result.failures] == ["SKU-9999999"]
    product = erp.catalog.get("SKU-0000001")
    assert product is not None and product.quantity == 42


async def test_a_request_that_hangs_is_cut_off_and_retried(erp: GenericJsonSimulator) -> None:
    erp.faults.at_request(2, Fault.timeout(hang_seconds=3.0))
    policy = HttpPolicy(read_timeout=0.3, request_timeout=10, retry=RetryPolicy(attempts=3, base_delay=0.01))
    connector = ConnectorRegistry(policy).create(
        Store("ERP", Platform.GENERIC_JSON, erp.store_settings()), erp.credentials
    )
    skus: list[str] = []
    try:
        async for page in connector.fetch_inventory():
            skus.extend(record.sku for record in page.records)
    finally:
        await connector.aclose()
    assert sorted(skus) == sorted(erp.catalog.quantities())
    assert erp.request_count("/api/v1/stock") == 4  # three pages, the second one twice
