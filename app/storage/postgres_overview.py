"""The Overview's figures on PostgreSQL (implements ports.OverviewQueries), for a server's console: the
stock and the run durations in PostgreSQL's words, the rest in the same SQL as on SQLite
(app.storage.overview_reads)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.storage.overview_reads import NOT_ENDED, OverviewReader
from app.storage.postgres_database import PostgresDatabase
from app.storage.postgres_qmark import QmarkReader

# The stores' own thresholds arrive as two arrays: store ids, and their thresholds.
_STOCK = """
SELECT item.store_id, COUNT(*),
    COUNT(*) FILTER (WHERE item.quantity <= COALESCE(own.threshold, threshold.at_most, ?))
FROM inventory_item AS item
LEFT JOIN unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS threshold (store_id, at_most)
    ON threshold.store_id = item.store_id
LEFT JOIN sku_threshold AS own ON own.sku = item.sku
WHERE NOT item.deleted {one_store} GROUP BY item.store_id
"""
_ALL_STORES_STOCK = _STOCK.format(one_store="")
_ONE_STORE_STOCK = _STOCK.format(one_store="AND item.store_id = ?")
# Each store's latest ended runs, read backwards on the (store_id, started_at) index: a few rows per
# store, however long the history.
_DURATIONS = f"""
SELECT store.id, run.duration_seconds FROM store CROSS JOIN LATERAL (
    SELECT id, duration_seconds, finished_at FROM sync_run
    WHERE sync_run.store_id = store.id AND status NOT IN {NOT_ENDED!r} AND duration_seconds IS NOT NULL
    ORDER BY started_at DESC, id DESC LIMIT ?) AS run
ORDER BY store.id, run.finished_at, run.id
"""


class PostgresOverviewQueries(OverviewReader):
    def __init__(self, database: PostgresDatabase) -> None:
        super().__init__(QmarkReader(database))

    def _stock(
        self, thresholds: Mapping[int, int], default_threshold: int, store_id: int | None = None
    ) -> list[Any]:
        values = [default_threshold, list(thresholds), list(thresholds.values())]
        if store_id is None:
            return self._reader.read(_ALL_STORES_STOCK, values)
        return self._reader.read(_ONE_STORE_STOCK, [*values, store_id])

    def _durations(self, recent: int) -> list[Any]:
        return self._reader.read(_DURATIONS, [recent])
