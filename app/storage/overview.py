"""The Overview's figures on SQLite (implements ports.OverviewQueries): the stock and the run durations
in SQLite's words, the rest shared with PostgreSQL (app.storage.overview_reads)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.storage.database import Database
from app.storage.overview_reads import NOT_ENDED, OverviewReader

# The stores' own thresholds arrive as one JSON object {store id: threshold}.
_STOCK = """
WITH threshold (store_id, at_most) AS (SELECT CAST(key AS INTEGER), value FROM json_each(?))
SELECT item.store_id, COUNT(*), SUM(item.quantity <= COALESCE(own.threshold, threshold.at_most, ?))
FROM inventory_item AS item LEFT JOIN threshold ON threshold.store_id = item.store_id
LEFT JOIN sku_threshold AS own ON own.sku = item.sku
WHERE item.deleted = 0 {one_store} GROUP BY item.store_id
"""
_ALL_STORES_STOCK = _STOCK.format(one_store="")
_ONE_STORE_STOCK = _STOCK.format(one_store="AND item.store_id = ?")
# Each store's latest ended runs through the (store_id, started_at) index: a few rows per store,
# however long the history.
_DURATIONS = f"""
SELECT store.id, run.duration_seconds FROM store JOIN sync_run AS run ON run.id IN (
    SELECT id FROM sync_run WHERE store_id = store.id AND status NOT IN {NOT_ENDED!r}
    AND duration_seconds IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT ?)
ORDER BY store.id, run.finished_at, run.id
"""


class SqliteOverviewQueries(OverviewReader):
    def __init__(self, database: Database) -> None:
        super().__init__(database)

    def _stock(
        self, thresholds: Mapping[int, int], default_threshold: int, store_id: int | None = None
    ) -> list[Any]:
        by_store = json.dumps({str(store): at_most for store, at_most in thresholds.items()})
        if store_id is None:
            return self._reader.read(_ALL_STORES_STOCK, [by_store, default_threshold])
        return self._reader.read(_ONE_STORE_STOCK, [by_store, default_threshold, store_id])

    def _durations(self, recent: int) -> list[Any]:
        return self._reader.read(_DURATIONS, [recent])
