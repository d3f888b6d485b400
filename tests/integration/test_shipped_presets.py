"""The presets StoreSync ships, each read through the real engine into a real SQLite file from a
loopback simulator written from the vendor's public API documentation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy
from app.connectors.registry import ConnectorRegistry
from app.core.errors import AuthError
from app.core.models import JobKind, OrderStatus, Platform, RunStatus, Store, Trigger
from app.core.ports import OrderQuery
from app.core.shipped_presets import shipped_preset, shipped_preset_names
from app.sandbox.catalog import Catalog
from app.sandbox.json_api_styles import request_bodies
from app.sandbox.mirakl_offers import PRESET as MIRAKL_PRESET
from app.sandbox.mirakl_offers import MiraklSellerApi
from app.sandbox.odoo_json2 import PRESET, SEARCH_READ, OdooJson2Api
from tests.integration import support
from tests.integration.support import started, stored
from tests.sync.harness import Harness

PRODUCTS = 230


def test_the_odoo_preset_is_shipped_by_name() -> None:
    assert PRESET in shipped_preset_names()
    preset = shipped_preset(PRESET)
    assert preset.name == "Odoo 19 stock (JSON-2 API)"
    assert "base_url" not in preset.settings  # each merchant's own address, typed in


async def test_odoo_stock_reads_by_post_with_a_json_body_and_skips_products_without_a_reference(
    harness: Harness,
) -> None:
    server = started(OdooJson2Api(Catalog(PRODUCTS, seed=3, orders=0)))
    server.record_requests = True
    try:
        store = await support.add_store(harness, server, "Odoo", Platform.GENERIC_JSON)
        job = await harness.add_job(store)
        run = await harness.engine.run(job, Trigger.MANUAL)

        without_reference = PRODUCTS // 5  # ids 5, 10, ... 230 hold default_code false
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.created, run.counts.failed) == (PRODUCTS - without_reference, 0)
        assert run.counts.skipped == without_reference
        first = server.catalog.product(0)
        assert stored(harness, store)[first.sku] == first.quantity
        item = harness.storage.inventory.search_items(first.sku, 0, 1)[0]
        assert item.name == first.name and str(item.price) == str(float(first.price))
        bodies = request_bodies(server, SEARCH_READ)
        assert [(b["offset"], b["limit"]) for b in bodies] == [(0, 100), (100, 100), (200, 100), (230, 100)]
        assert all(b["fields"][0] == "default_code" and b["order"] == "id" for b in bodies)
        sent = server.recorded_requests()[0].headers
        assert sent["authorization"].lower() == f"bearer {server.credentials['secret']}"
        assert sent["x-odoo-database"] == OdooJson2Api.DATABASE
    finally:
        server.stop()


async def test_a_wrong_odoo_key_is_refused_in_plain_words() -> None:
    server = started(OdooJson2Api(Catalog(5, seed=3, orders=0)))
    try:
        registry = ConnectorRegistry(HttpPolicy(retry=RetryPolicy(attempts=1)))
        store = Store("Odoo", Platform.GENERIC_JSON, server.store_settings())
        with pytest.raises(AuthError) as refused:
            await registry.test_connection(store, {"secret": "not-the-key"})
        assert "not-the-key" not in str(refused.value)
        answer = await registry.test_connection(store, server.credentials)
        assert "the first page has 5 products: 4 items to store, 1 skipped as not stock" in answer
        assert "(default_code is empty)" in answer
    finally:
        server.stop()


def test_the_mirakl_preset_is_shipped_by_name() -> None:
    assert MIRAKL_PRESET in shipped_preset_names()
    preset = shipped_preset(MIRAKL_PRESET)
    assert preset.name == "Mirakl marketplace offers and orders (Seller API OF21, OR11)"
    assert "base_url" not in preset.settings  # each marketplace's own instance, typed in


async def test_mirakl_offers_read_by_offset_pages_until_the_total_count_with_the_key_as_the_header(
    harness: Harness,
) -> None:
    server = started(MiraklSellerApi(Catalog(PRODUCTS, seed=3, orders=0)))
    server.record_requests = True
    try:
        store = await support.add_store(harness, server, "Empik", Platform.GENERIC_JSON)
        run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)

        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.created, run.counts.failed) == (PRODUCTS, 0)
        first = server.catalog.product(0)
        assert stored(harness, store)[first.sku] == first.quantity
        item = harness.storage.inventory.search_items(first.sku, 0, 1)[0]
        assert item.name == first.name and str(item.price) == str(float(first.price))
        sent = server.recorded_requests()
        # 230 offers: 100 + 100 + 30, and no page asked for past the total count
        assert [(r.arg("offset"), r.arg("max")) for r in sent] == [
            ("0", "100"),
            ("100", "100"),
            ("200", "100"),
        ]
        assert all(r.headers["authorization"] == server.credentials["secret"] for r in sent)
    finally:
        server.stop()


async def test_a_wrong_mirakl_key_is_refused_as_a_credentials_problem() -> None:
    server = started(MiraklSellerApi(Catalog(5, seed=3, orders=0)))
    try:
        registry = ConnectorRegistry(HttpPolicy(retry=RetryPolicy(attempts=1)))
        store = Store("Empik", Platform.GENERIC_JSON, server.store_settings())
        with pytest.raises(AuthError) as refused:
            await registry.test_connection(store, {"secret": "not-the-shop-key"})
        assert "not-the-shop-key" not in str(refused.value)
        answer = await registry.test_connection(store, server.credentials)
        assert "the first page has 5 products: 5 items to store." in answer
    finally:
        server.stop()


async def test_mirakl_orders_import_with_their_states_read_as_ours_then_only_changes(
    harness: Harness,
) -> None:
    server = started(MiraklSellerApi(Catalog(20, seed=3, orders=30)))
    server.record_requests = True
    try:
        store = await support.add_store(harness, server, "Empik", Platform.GENERIC_JSON)
        job = await harness.add_job(store, JobKind.ORDERS_PULL)
        run = await harness.engine.run(job, Trigger.MANUAL)

        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.created, run.counts.failed) == (30, 0)
        source = server.catalog.all_orders()[0]
        [order] = [
            o
            for o in harness.storage.orders.list_orders(OrderQuery(store_id=store.id))
            if o.number == source.number[1:]
        ]
        assert order.external_id == f"{source.number[1:]}-A"
        assert order.status is OrderStatus(source.status if source.status != "processing" else "paid")
        assert order.customer_country == source.country and order.total == Decimal(source.total)
        assert [(r.arg("offset"), r.arg("max")) for r in server.recorded_requests()] == [("0", "100")]

        server.catalog.tick(0.0, order_chance=1.0)
        server.reset_counts()
        again = await harness.engine.run(job, Trigger.MANUAL)
        assert again.status is RunStatus.SUCCEEDED, again.error_message
        asked = [r.arg("start_update_date") for r in server.recorded_requests() if r.path == "/api/orders"]
        assert asked[-1] is not None  # the second read asks only for what changed since the first
        assert again.counts.fetched < 30
    finally:
        server.stop()
