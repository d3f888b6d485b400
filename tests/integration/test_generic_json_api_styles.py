"""The generic JSON connector against loopback APIs in the styles met in the wild
(app.sandbox.json_api_styles), by configuration alone, through the real engine and a real SQLite
file: Django REST framework pages and cursors, an API that repeats its last page, nested stock
records with parents to skip, and an RPC-style ERP read by POST after a login step, joined with a
second endpoint."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from app.connectors.generic_login import TOKENS
from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy
from app.connectors.registry import ConnectorRegistry
from app.core.errors import AuthError, ConfigError
from app.core.models import InventoryRecord, Platform, RunStatus, Store, Trigger
from app.sandbox.catalog import Catalog
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.json_api_styles import (
    DrfStockApi,
    FormCredentialsApi,
    LoginRpcApi,
    NestedStockApi,
    RepeatingStockApi,
    request_bodies,
)
from app.sandbox.server import SimulatorServer
from tests.integration import support
from tests.integration.support import started, stored
from tests.sync.harness import Harness

PRODUCTS = 123


def catalog() -> Catalog:
    return Catalog(PRODUCTS, seed=5, orders=0)


@pytest.fixture(autouse=True)
def no_shared_tokens() -> Iterator[None]:
    """Each test logs in afresh (tokens are shared per process, as in the app)."""
    TOKENS._tokens.clear()
    yield
    TOKENS._tokens.clear()


def registry() -> ConnectorRegistry:
    return ConnectorRegistry(HttpPolicy(retry=RetryPolicy(attempts=1)))


async def sync(
    harness: Harness, server: SimulatorServer, name: str = "API", **settings: Any
) -> tuple[Store, Any]:
    store = await support.add_store(harness, server, name, Platform.GENERIC_JSON, **settings)
    job = await harness.add_job(store)
    return store, await harness.engine.run(job, Trigger.MANUAL)


async def read_all(server: SimulatorServer, **settings: Any) -> list[InventoryRecord]:
    store = Store("API", Platform.GENERIC_JSON, {**server.store_settings(), **settings})
    connector = registry().create(store, server.credentials)
    records: list[InventoryRecord] = []
    try:
        async for page in connector.fetch_inventory():
            records += page.records
    finally:
        await connector.aclose()
    return records


async def test_a_drf_api_reads_whole_by_its_record_count_without_asking_past_the_end(
    harness: Harness,
) -> None:
    server = started(DrfStockApi(catalog()))
    try:
        store, run = await sync(harness, server)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.created, run.counts.failed) == (PRODUCTS, 0)
        assert len(stored(harness, store)) == PRODUCTS
        assert server.request_count(DrfStockApi.PATH) == 3  # 50 + 50 + 23: no page 4, which is a 404
    finally:
        server.stop()


async def test_drf_cursor_pages_follow_the_whole_next_url(harness: Harness) -> None:
    server = started(DrfStockApi(catalog(), cursor=True))
    server.record_requests = True
    try:
        store, run = await sync(harness, server)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert len(stored(harness, store)) == PRODUCTS
        cursors = [r.arg("cursor") for r in server.recorded_requests()]
        assert cursors[0] is None and all(c and "http" not in c for c in cursors[1:])
    finally:
        server.stop()


async def test_an_api_that_repeats_its_last_page_stops_at_its_total(harness: Harness) -> None:
    server = started(RepeatingStockApi(catalog()))
    try:
        _store, run = await sync(harness, server)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.fetched, run.counts.failed) == (PRODUCTS, 0)
        assert server.request_count(RepeatingStockApi.PATH) == 4  # 40 + 40 + 40 + 3
    finally:
        server.stop()


async def test_test_connection_warns_when_the_paging_cannot_stop() -> None:
    server = started(RepeatingStockApi(catalog()))
    try:
        settings = {**server.store_settings(), "total_count_path": ""}
        message = await registry().test_connection(Store("API", Platform.GENERIC_JSON, settings), {})
        assert "so a sync could never see the end of the list" in message
        configured = await registry().test_connection(
            Store("API", Platform.GENERIC_JSON, server.store_settings()), {}
        )
        assert "Warning" not in configured
    finally:
        server.stop()


async def test_nested_stock_records_become_items_and_parents_are_skipped_not_failed(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.sync.run")
    server = started(NestedStockApi(catalog()))
    try:
        store, run = await sync(harness, server)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        parents = PRODUCTS // 5
        children = PRODUCTS - parents
        assert (run.counts.created, run.counts.failed, run.counts.skipped) == (2 * children, 0, parents)
        recorded = harness.storage.runs.get_run(run.id or 0)
        assert recorded is not None and recorded.counts.skipped == parents  # the history keeps it
        quantities = stored(harness, store)
        first = server.catalog.product(0)
        assert quantities[f"{first.sku}-0"] == first.quantity
        assert quantities[f"{first.sku}-1"] == first.id % 7
        assert f"skipped {parents} (not stock)" in caplog.text
    finally:
        server.stop()


async def test_nested_records_of_one_sku_keep_one_quantity_per_location() -> None:
    server = started(NestedStockApi(catalog()))
    try:
        records = await read_all(
            server,
            field_map={
                "sku": "parent.upc",
                "name": "title",
                "quantity": "num_in_stock",
                "location": "partner",
                "price": "price",
                "updated_at": "",
                "id": "",
            },
        )
        first = server.catalog.product(0)
        item = next(r for r in records if r.sku == first.sku)
        assert item.locations == (("Warehouse A", first.quantity), ("Warehouse B", first.id % 7))
        assert item.quantity == first.quantity + first.id % 7
        assert len(records) == PRODUCTS - PRODUCTS // 5
    finally:
        server.stop()


async def test_test_connection_tells_items_skipped_and_failed() -> None:
    server = started(NestedStockApi(catalog()))
    try:
        store = Store("API", Platform.GENERIC_JSON, server.store_settings())
        message = await registry().test_connection(store, {})
        expected = "80 items to store, 10 skipped as not stock (structure is parent)."
        assert f"the first page has 50 products: {expected}" in message
    finally:
        server.stop()


async def test_an_erp_read_by_post_after_a_login_joins_names_and_sums_stock(harness: Harness) -> None:
    server = started(LoginRpcApi(catalog()))
    server.record_requests = True
    try:
        store, run = await sync(harness, server)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.created, run.counts.failed) == (PRODUCTS, 0)
        first = server.catalog.product(0)
        assert stored(harness, store)[first.sku] == first.quantity + first.id % 3
        item = harness.storage.inventory.search_items(first.sku, 0, 1)[0]
        assert item.name == first.name  # from the products endpoint
        bodies = request_bodies(server, "/rpc/stock.list")
        assert [b["page"] for b in bodies] == [1, 2, 3]
        assert all(b["warehouse"] == "all" and b["per_page"] == 50 for b in bodies)
        assert server.logins == 1  # one token for the whole run, both endpoints
        _store2, again = await sync(harness, server, "API, same login")
        assert again.status is RunStatus.SUCCEEDED and server.logins == 1  # reused until it expires
    finally:
        server.stop()


async def test_a_refused_token_is_renewed_once() -> None:
    server = started(LoginRpcApi(catalog()))
    try:
        assert len(await read_all(server)) == PRODUCTS
        server.revoke_tokens()
        assert len(await read_all(server)) == PRODUCTS
        assert server.logins == 2
    finally:
        server.stop()


async def test_a_wrong_password_is_a_clear_refusal_that_names_no_secret() -> None:
    server = started(LoginRpcApi(catalog()))
    try:
        store = Store("API", Platform.GENERIC_JSON, server.store_settings())
        wrong = {**server.credentials, "password": "not-the-password"}
        with pytest.raises(AuthError, match="The login was refused") as refused:
            await registry().test_connection(store, wrong)
        assert "not-the-password" not in str(refused.value)
    finally:
        server.stop()


@pytest.mark.parametrize("auth", ["oauth2", "body"])
async def test_oauth2_client_credentials_and_a_key_in_the_body(auth: str) -> None:
    server = started(LoginRpcApi(catalog(), auth=auth))
    try:
        assert len(await read_all(server)) == PRODUCTS
        assert server.logins == (1 if auth == "oauth2" else 0)
    finally:
        server.stop()


@pytest.mark.parametrize("concurrency", [1, 2])
async def test_a_stores_concurrency_caps_its_requests_in_flight_across_its_jobs(concurrency: int) -> None:
    server = started(DrfStockApi(catalog()))
    server.faults.randomly(1.0, Fault(FaultKind.LATENCY, delay=0.2))
    try:
        # Two reads of one store at once, as its stock and orders jobs may run together.
        both = await asyncio.gather(*(read_all(server, concurrency=concurrency) for _ in range(2)))
        assert [len(records) for records in both] == [PRODUCTS, PRODUCTS]
        assert 1 <= server.most_in_flight <= concurrency
    finally:
        server.stop()


async def test_a_marketplace_gets_its_credentials_as_a_form_posted_with_every_request(
    harness: Harness,
) -> None:
    server = started(FormCredentialsApi(catalog()))
    server.record_requests = True
    try:
        store, run = await sync(harness, server)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.created, run.counts.failed) == (PRODUCTS, 0)
        first = server.catalog.product(0)
        assert stored(harness, store)[first.sku] == first.quantity
        sent = server.recorded_requests()
        assert [r.arg("page") for r in sent] == ["1", "2", "3"]  # 50 + 50 + 23, by the total count
        assert all(r.headers["content-type"].startswith("application/x-www-form-urlencoded") for r in sent)
        assert all(b"user_token=demo-ut" in r.body and b"page" not in r.body for r in sent)

        _store, refused = await sync(harness, server, "Wrong", username="someone-else")
        assert refused.status is RunStatus.FAILED
        assert "demo-form-password" not in (refused.error_message or "")
    finally:
        server.stop()


async def test_a_form_login_says_which_value_it_misses() -> None:
    server = started(FormCredentialsApi(catalog()))
    try:
        store = Store("API", Platform.GENERIC_JSON, server.store_settings())
        with pytest.raises(ConfigError, match="The form needs user_token"):
            await registry().test_connection(store, {"password": "demo-form-password"})
    finally:
        server.stop()


async def test_a_marketplace_that_answers_200_with_an_error_body_fails_plainly_on_a_wrong_user_token(
    harness: Harness,
) -> None:
    server = started(FormCredentialsApi(catalog(), errors_in_body=True))
    try:
        store, run = await sync(harness, server)
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        assert (run.counts.created, run.counts.failed) == (PRODUCTS, 0)

        wrong = await support.add_store(harness, server, "Wrong token", Platform.GENERIC_JSON)
        assert wrong.id is not None
        harness.credentials.demo_secrets[wrong.id] = {**server.credentials, "user_token": "ut-not-this-one"}
        refused = await harness.engine.run(await harness.add_job(wrong), Trigger.MANUAL)

        assert refused.status is RunStatus.FAILED
        assert refused.error_kind == "auth"
        assert refused.error_message == (
            "Wrong token refused the credentials: Wrong username, password or user token "
            "(status_code R401); check them in the store's settings."
        )
        assert stored(harness, wrong) == {}  # nothing taken from an answer that said it failed
        assert len(stored(harness, store)) == PRODUCTS
    finally:
        server.stop()
