"""`python -m bench sync --database postgresql://... --skus N --json`: the PostgreSQL inventory merge
through the app's repository (app.storage.postgres_inventory: writer thread, the stream cursor in each
batch's transaction) against a raw psycopg baseline, on a fresh database of that server.

Both sides get the same pages (1,000 SKUs each, as JSON text, the form storage receives) and commit
once per page. The baseline is the least work that moves them into PostgreSQL: parse, COPY into a
temporary table, one blind INSERT ... ON CONFLICT DO UPDATE of every row; no change rows, no memory
of the run, no tallies. Timed: a first sync, then a re-sync with exactly 1% of quantities changed.
`resync_rows_written` counts the item rows the re-sync wrote (last_seen_run is set only on a write)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from app.core.ports import BulkRows, CursorUpdate, InventoryBatch
from app.core.stock_rows import encode_rows
from app.sandbox.catalog import Catalog
from app.storage import postgres, timestamps
from app.storage.postgres import Connection
from app.storage.postgres_database import PostgresDatabase
from app.storage.postgres_inventory import PostgresInventoryRepository
from bench.fresh_database import fresh_database
from bench.postgres_baseline import TABLES, copy_and_upsert

PAGE = 1000
RESYNC_FRACTION = 0.01
_NEW_RUN = (
    "INSERT INTO sync_run (job_id, store_id, kind, trigger, started_at, status) "
    "VALUES (1, 1, 'inventory_pull', 'manual', %s, 'running') RETURNING id"
)


def _pages(catalog: Catalog) -> list[BulkRows]:
    stamp = "2026-01-01 00:00:00.000000"
    pages = []
    for start in range(0, len(catalog), PAGE):
        rows = [(p.sku, p.quantity, p.name, p.price, stamp, None) for p in catalog.slice(start, start + PAGE)]
        pages.append(BulkRows(encode_rows(rows), len(rows)))
    return pages


def _ours(url: str, connection: Connection, pages: list[BulkRows]) -> tuple[float, int]:
    """The pages through the app's PostgreSQL inventory repository (writer thread, a cursor per batch)."""
    run_id = _value(connection, _NEW_RUN, (timestamps.now_db(),))

    async def sync() -> None:
        database = PostgresDatabase(url)
        try:
            repository = PostgresInventoryRepository(database)
            for number, page in enumerate(pages):
                cursor = CursorUpdate(1, "inventory", str(number))
                await repository.merge_inventory(InventoryBatch(1, run_id, bulk=[page], cursor=cursor))
            await repository.finish_inventory_run(1, run_id, complete=True)
        finally:
            database.close()

    started = time.perf_counter()
    asyncio.run(sync())
    return time.perf_counter() - started, run_id


def _baseline(connection: Connection, pages: list[BulkRows]) -> float:
    started = time.perf_counter()
    for page in pages:
        copy_and_upsert(connection, (row[:5] for row in json.loads(page.text)))
    return time.perf_counter() - started


def _value(connection: Connection, sql: str, values: Any = None) -> int:
    row = connection.execute(sql.encode(), values).fetchone()
    return 0 if row is None else int(row[0])


def measure_postgres_merge(url: str, skus: int, seed: int = 0) -> dict[str, Any]:
    catalog = Catalog(skus, seed=seed)
    first_pages = _pages(catalog)
    changed = max(1, int(skus * RESYNC_FRACTION))
    for index in range(0, skus, max(1, skus // changed))[:changed]:
        product = catalog.product(index)
        catalog.set_quantity(product.sku, product.quantity + 1)
    resync_pages = _pages(catalog)
    with fresh_database(url) as database_url, postgres.connect(database_url, autocommit=True) as connection:
        postgres.migrate(connection)
        connection.execute(
            b"INSERT INTO store (id, name, platform, created_at) VALUES (1, 'Bench', 'shopify', 'x')"
        )
        connection.execute(
            b"INSERT INTO job (id, store_id, kind, schedule) VALUES (1, 1, 'inventory_pull', '{}')"
        )
        connection.execute(TABLES.encode())
        first_s, _ = _ours(database_url, connection, first_pages)
        baseline_first_s = _baseline(connection, first_pages)
        resync_s, resync_run = _ours(database_url, connection, resync_pages)
        baseline_resync_s = _baseline(connection, resync_pages)
        written = _value(
            connection, "SELECT count(*) FROM inventory_item WHERE last_seen_run = %s", (resync_run,)
        )
        server = connection.execute(b"SHOW server_version").fetchone()
    figures: dict[str, Any] = {
        "skus": skus,
        "postgresql": None if server is None else server[0],
        "first_sync_s": round(first_s, 3),
        "baseline_first_s": round(baseline_first_s, 3),
        "ratio": round(first_s / baseline_first_s, 3),
        "resync_s": round(resync_s, 3),
        "baseline_resync_s": round(baseline_resync_s, 3),
        "resync_ratio": round(resync_s / baseline_resync_s, 3),
        "resync_rows_changed": changed,
        "resync_rows_written": written,
    }
    return figures
