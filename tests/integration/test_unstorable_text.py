"""A store that sends text SQLite cannot hold (a lone surrogate escape such as "\\ud800") loses only
those records: the run goes on, ends partial and names them; through the real engine, a real SQLite
file and a loopback store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.models import Platform, RunStatus, Trigger
from app.sandbox.catalog import Catalog
from app.sandbox.messages import Request, Response
from app.sandbox.simple import SimpleSimulator
from tests.integration import support
from tests.integration.support import serving, started
from tests.sync.harness import Harness

PAGE = (
    b'{"products": ['
    b'{"sku": "OK-1", "name": "Mug", "quantity": 4, "price": "9.90", "updated_at": "2026-01-05T10:00:00Z"},'
    b'{"sku": "BAD-\\ud800", "name": "Cup", "quantity": 2},'
    b'{"sku": "BAD-2", "name": "Plate \\udfff", "quantity": 1, "price": "3.10"},'
    b'{"sku": "OK-2", "name": "Bowl \\u00e9\\ud83d\\ude00", "quantity": 7, "price": 12}'
    b"]}"
)


@pytest.fixture
def shop() -> Iterator[SimpleSimulator]:
    server = SimpleSimulator(Catalog(0), credentials={"token": "unstorable-text-token"})
    server.route("GET", "/odd", _page)
    yield from serving(started(server))


def _page(_request: Request) -> Response:
    return Response(200, PAGE, "application/json")


async def test_records_with_unstorable_text_fail_alone(harness: Harness, shop: SimpleSimulator) -> None:
    store = await support.add_store(
        harness, shop, "Odd", Platform.GENERIC_JSON, endpoint="/odd", paginator="none"
    )
    assert store.id is not None
    harness.credentials.demo_secrets[store.id] = shop.store_secrets()
    run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert run.status is RunStatus.PARTIAL, run.error_message
    assert (run.counts.created, run.counts.failed) == (2, 2)
    items = {item.sku: (item.quantity, item.name) for item in harness.storage.inventory.search_items()}
    assert items == {"OK-1": (4, "Mug"), "OK-2": (7, "Bowl é😀")}
    assert run.error_message is not None and "not text" in run.error_message
