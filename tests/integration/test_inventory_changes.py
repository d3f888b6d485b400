"""Between complete reads, a store that can list only what changed (Amazon's startDateTime) is read
that way: through the real engine, a real SQLite file and the Amazon simulator over loopback."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

import pytest

from app.core.models import Platform, RunStatus, Store, Trigger
from app.sandbox.amazon import AmazonSimulator
from app.sandbox.catalog import Catalog
from tests.integration import support
from tests.integration.support import serving, started, stored
from tests.sync.harness import Harness

PRODUCTS = 120  # three pages of 50
SUMMARIES = "/fba/inventory/v1/summaries"


@pytest.fixture
def fba() -> Iterator[AmazonSimulator]:
    credentials = {"client_secret": "amzn1.oa2-cs.v1.ch", "refresh_token": f"Atzr|ch-{uuid.uuid4().hex}"}
    simulator = AmazonSimulator(Catalog(PRODUCTS, seed=9), credentials=credentials)
    simulator.record_requests = True
    yield from serving(started(simulator))


async def _store(harness: Harness, fba: AmazonSimulator) -> Store:
    return await support.add_store(harness, fba, "FBA", Platform.AMAZON)


def _listed(harness: Harness, store: Store) -> dict[str, int]:
    """What the inventory panel shows as still listed for `store`."""
    items = harness.storage.inventory.search_items("", 0, 10_000)
    return {item.sku: item.quantity for item in items if item.store_id == store.id and not item.deleted}


def _starts(fba: AmazonSimulator) -> list[str | None]:
    return [request.arg("startDateTime") for request in fba.recorded_requests() if request.path == SUMMARIES]


async def test_after_a_complete_read_only_the_changes_are_asked_for(
    harness: Harness, fba: AmazonSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.sync.run")
    store = await _store(harness, fba)
    job = await harness.add_job(store)
    first = await harness.engine.run(job, Trigger.MANUAL)
    assert (first.status, first.counts.created) == (RunStatus.SUCCEEDED, PRODUCTS)
    assert set(_starts(fba)) == {None}

    fba.reset_counts()
    changed = fba.catalog.mutate_count(7)
    second = await harness.engine.run(job, Trigger.SCHEDULED)
    assert second.status is RunStatus.SUCCEEDED, second.error_message
    assert second.counts.updated == len(changed)
    assert second.counts.fetched < PRODUCTS  # one page of changes, not the whole catalogue
    assert fba.request_count(SUMMARIES) == 1 and None not in _starts(fba)
    assert stored(harness, store) == fba.catalog.quantities()
    [said] = [record.getMessage() for record in caplog.records if "changed since" in record.getMessage()]
    assert "the next complete read is due" in said, "the run's log says why it read so little"


async def test_a_changes_only_read_never_deletes_and_the_next_complete_read_does(
    harness: Harness, fba: AmazonSimulator
) -> None:
    store = await _store(harness, fba)
    job = await harness.add_job(store)
    await harness.engine.run(job, Trigger.MANUAL)
    fba.catalog.products = PRODUCTS - 1  # the store stops listing its last product
    fba.catalog.mutate_count(3)
    changes_only = await harness.engine.run(job, Trigger.MANUAL)
    assert changes_only.counts.deleted == 0
    assert len(_listed(harness, store)) == PRODUCTS

    complete_every_time = await harness.add_job(store, full_read_hours=1e-9)
    complete = await harness.engine.run(complete_every_time, Trigger.MANUAL)
    assert complete.status is RunStatus.SUCCEEDED, complete.error_message
    assert complete.counts.deleted == 1
    assert _listed(harness, store) == {p.sku: p.quantity for p in fba.catalog.slice(0, len(fba.catalog))}
