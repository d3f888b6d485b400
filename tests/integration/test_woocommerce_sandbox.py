"""The WooCommerce connector against its simulator over loopback, through the real engine and a real
SQLite file: variations, hosts that strip the login header, plain permalinks, faults mid-walk,
incremental orders and batch stock writes with refused items."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy
from app.connectors.record_fields import RecordRejected
from app.connectors.registry import ConnectorRegistry
from app.core.errors import AuthError, ConfigError
from app.core.models import Job, JobKind, Platform, RunStatus, StockUpdate, Store, Trigger
from app.sandbox.catalog import Catalog, Product
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.woocommerce import WooCommerceSimulator
from tests.integration import support
from tests.integration.support import serving, started
from tests.sync.harness import Harness

PRODUCTS = 260  # 26 blocks of 10: 3 variations + 7 simple products each


def simulator(**options: Any) -> WooCommerceSimulator:
    catalog = Catalog(PRODUCTS, seed=5, orders=120)
    return started(WooCommerceSimulator(catalog, variations_per_parent=3, **options))


@pytest.fixture
def shop() -> Iterator[WooCommerceSimulator]:
    yield from serving(simulator(), check_errors=False)


def registry() -> ConnectorRegistry:
    return ConnectorRegistry(HttpPolicy(retry=RetryPolicy(attempts=1)))


def woo_store(server: WooCommerceSimulator, **settings: Any) -> Store:
    return Store("Woo", Platform.WOOCOMMERCE, {**server.store_settings(), **settings})


async def add_job(harness: Harness, server: WooCommerceSimulator, kind: JobKind) -> tuple[Store, Job]:
    store = await support.add_store(harness, server, "Woo", Platform.WOOCOMMERCE)
    return store, await harness.add_job(store, kind)


async def test_every_sku_including_variations_is_synced_once(
    harness: Harness, shop: WooCommerceSimulator
) -> None:
    _, job = await add_job(harness, shop, JobKind.INVENTORY_PULL)
    run = await harness.engine.run(job, Trigger.MANUAL)
    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert (run.counts.fetched, run.counts.created, run.counts.failed) == (PRODUCTS, PRODUCTS, 0)
    stored = {item.sku: item.quantity for item in harness.storage.inventory.search_items(limit=PRODUCTS + 10)}
    assert stored == shop.catalog.quantities()
    assert shop.request_count("/wp-json/wc/v3/products") == 3  # 208 top-level entries, 100 per page


class UnusualValues(WooCommerceSimulator):
    """Products with values a real shop may send in other forms than the usual ones."""

    def product_json(self, product: Product) -> dict[str, Any]:
        raw = super().product_json(product)
        odd = product.id % 8
        if odd == 1:
            raw["price"] = ""
        elif odd == 2:
            raw["price"] = "1e3"
        elif odd == 3:
            raw["name"] = 1234
        elif odd == 4:
            raw["date_modified_gmt"] += "+02:00"
        elif odd == 5:
            raw["date_modified_gmt"] = "2026-02-30T10:00:00"
        elif odd == 6:
            raw["sku"] = f" {raw['sku']} "
        elif odd == 7:
            raw["price"] = "7.50"
        return raw


@pytest.mark.parametrize(("shop_class", "refused"), [(WooCommerceSimulator, 0), (UnusualValues, 8)])
async def test_products_are_stored_as_their_mapping_reads_them(
    harness: Harness, shop_class: type[WooCommerceSimulator], refused: int
) -> None:
    """Plain pages go to storage in bulk, pages with unusual values record by record; either way each
    stored row is what the mapping makes of the product, and a product it refuses fails alone."""
    server = started(shop_class(Catalog(64, seed=2, orders=0)))
    try:
        _, job = await add_job(harness, server, JobKind.INVENTORY_PULL)
        run = await harness.engine.run(job, Trigger.MANUAL)
        connector = registry().create(woo_store(server), server.credentials)
        expected: dict[str, tuple[Any, ...]] = {}
        for index in range(len(server.catalog)):
            try:
                record = connector.to_inventory(server.product_json(server.catalog.product(index)))
            except RecordRejected:
                continue
            expected[record.sku] = (record.name, record.quantity, record.price, record.updated_at)
        await connector.aclose()
    finally:
        server.stop()
    assert len(expected) == 64 - refused  # UnusualValues: the 30th of February, once in 8
    assert run.counts.failed == refused
    items = harness.storage.inventory.search_items(limit=100)
    assert {i.sku: (i.name, i.quantity, i.price, i.updated_at) for i in items} == expected


async def test_faults_mid_walk_are_retried_and_nothing_is_lost_or_doubled(
    harness: Harness, shop: WooCommerceSimulator
) -> None:
    shop.faults.next_requests(2, Fault.rate_limit(0.05), path="/wp-json/wc/v3/products")
    shop.faults.at_request(6, Fault(FaultKind.UNAVAILABLE))
    shop.faults.at_request(9, Fault(FaultKind.BAD_GATEWAY))
    _, job = await add_job(harness, shop, JobKind.INVENTORY_PULL)
    run = await harness.engine.run(job, Trigger.MANUAL)
    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert (run.counts.fetched, run.counts.created) == (PRODUCTS, PRODUCTS)
    assert shop.faults.injected == 4


async def test_a_host_that_strips_the_login_header_needs_query_auth() -> None:
    server = simulator(strip_auth_header=True)
    try:
        with pytest.raises(AuthError, match="'query'"):
            await registry().test_connection(woo_store(server, auth_mode="basic"), server.credentials)
        message = await registry().test_connection(woo_store(server, auth_mode="query"), server.credentials)
        assert message.endswith("with 208 products.")
    finally:
        server.stop()


async def test_plain_permalinks_are_reported_as_a_settings_problem() -> None:
    server = simulator(plain_permalinks=True)
    try:
        with pytest.raises(ConfigError, match="pretty permalinks"):
            await registry().test_connection(woo_store(server), server.credentials)
    finally:
        server.stop()


async def test_a_wrong_secret_is_refused(shop: WooCommerceSimulator) -> None:
    secrets = {**shop.credentials, "consumer_secret": "cs_wrong"}
    with pytest.raises(AuthError, match="refused the credentials"):
        await registry().test_connection(woo_store(shop), secrets)


async def test_orders_are_imported_incrementally_without_duplicates(
    harness: Harness, shop: WooCommerceSimulator
) -> None:
    store, job = await add_job(harness, shop, JobKind.ORDERS_PULL)
    first = await harness.engine.run(job, Trigger.MANUAL)
    assert first.status is RunStatus.SUCCEEDED, first.error_message
    assert first.counts.created == 120
    assert shop.request_count("/wp-json/wc/v3/orders") == 2  # 100 per page
    quiet = await harness.engine.run(job, Trigger.MANUAL)
    assert quiet.counts.fetched == 0
    for _ in range(3):
        shop.catalog.tick()
    orders = shop.catalog.all_orders()
    later = await harness.engine.run(job, Trigger.MANUAL)
    assert later.counts.created == len(orders) - 120
    assert harness.storage.orders.count_orders(store.id) == len(orders)
    newest = max(o.updated_at for o in orders)
    assert harness.storage.cursors.get_cursor(job.id or 0, "orders") == newest.isoformat()


async def test_stock_writes_use_batches_and_report_refused_items(shop: WooCommerceSimulator) -> None:
    shop.locked_ids.add(5)
    connector = registry().create(woo_store(shop), shop.credentials)
    updates = [StockUpdate(shop.catalog.sku(i), 1000 + i) for i in range(PRODUCTS)]
    try:
        result = await connector.push_stock(updates)
    finally:
        await connector.aclose()
    assert result.written == PRODUCTS - 1
    assert [(f.key, f.code) for f in result.failures] == [("SKU-0000005", "woocommerce_rest_cannot_edit")]
    assert max(shop.batch_sizes) <= 100
    quantities = shop.catalog.quantities()
    assert quantities["SKU-0000001"] == 1000  # a variation
    assert quantities["SKU-0000010"] == 1009  # a simple product
    assert quantities["SKU-0000005"] != 1004


async def test_a_key_revoked_mid_walk_fails_the_run_as_needing_attention(
    harness: Harness, shop: WooCommerceSimulator
) -> None:
    shop.faults.at_request(3, Fault(FaultKind.UNAUTHORIZED))
    _, job = await add_job(harness, shop, JobKind.INVENTORY_PULL)
    run = await harness.engine.run(job, Trigger.MANUAL)
    assert run.status is RunStatus.FAILED
    assert run.error_kind == "auth"
    assert run.error_message is not None and "refused the credentials" in run.error_message
    assert not [item for item in harness.storage.inventory.search_items(limit=PRODUCTS) if item.deleted]
