"""The Amazon FBA connector against its simulator over loopback, through the real engine and a real
SQLite file: token exchange, nextToken pages at 2 requests a second, quota storms, expired tokens."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from app.connectors.amazon import AmazonConnector
from app.connectors.http import HttpPolicy
from app.core.models import Platform, RunStatus, Store, Trigger
from app.sandbox.amazon import AmazonSimulator
from app.sandbox.catalog import Catalog
from app.sandbox.faults import Fault, FaultKind
from tests.integration import support
from tests.integration.support import serving, started, stored
from tests.sync.harness import Harness

PRODUCTS = 100  # two pages of 50
SUMMARIES = "/fba/inventory/v1/summaries"


@pytest.fixture
def fba() -> Iterator[AmazonSimulator]:
    credentials = {"client_secret": "amzn1.oa2-cs.v1.it", "refresh_token": f"Atzr|it-{uuid.uuid4().hex}"}
    yield from serving(started(AmazonSimulator(Catalog(PRODUCTS, seed=4), credentials=credentials)))


async def add_store(harness: Harness, server: AmazonSimulator) -> Store:
    return await support.add_store(harness, server, "FBA", Platform.AMAZON)


async def test_every_fba_item_is_stored_once_and_the_token_is_reused(
    harness: Harness, fba: AmazonSimulator
) -> None:
    store = await add_store(harness, fba)
    job = await harness.add_job(store)
    run = await harness.engine.run(job, Trigger.MANUAL)
    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert (run.counts.fetched, run.counts.created, run.counts.failed) == (PRODUCTS, PRODUCTS, 0)
    assert stored(harness, store) == fba.catalog.quantities()
    changed = fba.catalog.mutate(0.1)
    again = await harness.engine.run(job, Trigger.MANUAL)
    assert again.counts.updated == len(changed)  # read since the newest change the first run saw
    assert stored(harness, store) == fba.catalog.quantities()
    assert fba.tokens_issued == 1  # the second run used the cached access token


async def test_a_quota_storm_loses_and_duplicates_nothing(harness: Harness, fba: AmazonSimulator) -> None:
    fba.faults.next_requests(3, Fault.rate_limit(0.05), path=SUMMARIES)
    fba.faults.at_request(6, Fault(FaultKind.SERVER_ERROR))
    store = await add_store(harness, fba)
    run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert (run.counts.fetched, run.counts.created) == (PRODUCTS, PRODUCTS)
    assert stored(harness, store) == fba.catalog.quantities()
    assert fba.faults.injected == 4


async def test_an_expired_access_token_is_renewed(harness: Harness, fba: AmazonSimulator) -> None:
    store = await add_store(harness, fba)
    job = await harness.add_job(store)
    await harness.engine.run(job, Trigger.MANUAL)
    fba.expire_tokens()
    fba.catalog.mutate(0.05)
    again = await harness.engine.run(job, Trigger.MANUAL)
    assert again.status is RunStatus.SUCCEEDED, again.error_message
    assert stored(harness, store) == fba.catalog.quantities()
    assert fba.tokens_issued == 2


async def test_a_revoked_refresh_token_needs_attention(harness: Harness, fba: AmazonSimulator) -> None:
    store = await add_store(harness, fba)
    assert store.id is not None
    harness.credentials.demo_secrets[store.id] = {**fba.credentials, "refresh_token": "Atzr|revoked"}
    run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert (run.status, run.error_kind) == (RunStatus.FAILED, "auth")
    assert run.error_message is not None and "refresh token" in run.error_message
    assert fba.request_count(SUMMARIES) == 0


async def test_a_web_page_fails_the_run_in_plain_words(harness: Harness, fba: AmazonSimulator) -> None:
    fba.faults.next_requests(20, Fault(FaultKind.HTML), path=SUMMARIES)
    run = await harness.engine.run(await harness.add_job(await add_store(harness, fba)), Trigger.MANUAL)
    assert run.status is RunStatus.FAILED
    assert run.error_message is not None and "web page, not API data" in run.error_message


async def test_changes_since_a_time_read_only_what_changed(fba: AmazonSimulator) -> None:
    store = Store("FBA", Platform.AMAZON, fba.store_settings())
    connector = AmazonConnector(store, fba.credentials, policy=HttpPolicy())
    try:
        cursor = None
        async for page in connector.fetch_inventory():
            cursor = page.cursor
        assert cursor is not None
        changed = set(fba.catalog.mutate(0.1))
        seen: list[str] = []
        async for page in connector.fetch_inventory_changes(cursor):
            seen.extend(record.sku for record in page.records)
        assert changed <= set(seen) and len(seen) == len(set(seen))
        assert len(seen) <= len(changed) + 1  # plus the item whose change is the cursor itself
    finally:
        await connector.aclose()


async def test_nothing_is_sent_faster_than_two_a_second() -> None:
    credentials = {"client_secret": "amzn1.oa2-cs.v1.it", "refresh_token": f"Atzr|it-{uuid.uuid4().hex}"}
    # One request of slack in Amazon's bucket: arrival times wobble with the network, not with our pace.
    with AmazonSimulator(Catalog(200, seed=4), credentials=credentials, burst=3) as fba:
        connector = AmazonConnector(Store("FBA", Platform.AMAZON, fba.store_settings()), fba.credentials)
        try:
            async for _page in connector.fetch_inventory():
                pass
        finally:
            await connector.aclose()
        assert fba.request_count(SUMMARIES) == 4
        assert fba.throttled == 0
