"""The Overview's figures for every store at once (implements ports.OverviewQueries): a handful of
aggregate queries, each on an index, so the window never asks per store over the whole history."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from app.core.models import JobKind, RunStatus
from app.core.ports import DayTotals, StoreFigures
from app.storage import timestamps
from app.storage.database import Database

_NOT_ENDED = (RunStatus.RUNNING.value, RunStatus.SKIPPED.value)
_STOCK_KINDS = (JobKind.INVENTORY_PULL.value, JobKind.STOCK_PUSH.value)

_ITEMS = """
WITH threshold (store_id, at_most) AS (SELECT CAST(key AS INTEGER), value FROM json_each(?))
SELECT item.store_id, COUNT(*), SUM(item.quantity <= COALESCE(own.threshold, threshold.at_most, ?))
FROM inventory_item AS item LEFT JOIN threshold ON threshold.store_id = item.store_id
LEFT JOIN sku_threshold AS own ON own.sku = item.sku
WHERE item.deleted = 0 GROUP BY item.store_id
"""
_FAILURES = "SELECT store_id, COUNT(*) FROM sync_run WHERE status = ? AND started_at >= ? GROUP BY store_id"
# Each store's latest ended runs through the (store_id, started_at) index: a few rows per store,
# however long the history.
_DURATIONS = f"""
SELECT store.id, run.duration_seconds FROM store JOIN sync_run AS run ON run.id IN (
    SELECT id FROM sync_run WHERE store_id = store.id AND status NOT IN {_NOT_ENDED!r}
    AND duration_seconds IS NOT NULL ORDER BY started_at DESC LIMIT ?)
ORDER BY store.id, run.finished_at
"""
_DAY = f"""
SELECT COUNT(*),
    COALESCE(SUM(CASE WHEN kind IN {_STOCK_KINDS!r} THEN created + updated + deleted END), 0),
    COALESCE(SUM(CASE WHEN kind = ? THEN created END), 0)
FROM sync_run WHERE started_at >= ? AND status NOT IN {_NOT_ENDED!r}
"""


_ENDED_IDS = f"SELECT id FROM sync_run WHERE started_at >= ? AND status NOT IN {_NOT_ENDED!r}"


class SqliteOverviewQueries:
    def __init__(self, database: Database) -> None:
        self._db = database

    def store_figures(
        self,
        failures_since: datetime,
        thresholds: Mapping[int, int],
        default_threshold: int,
        recent: int = 20,
    ) -> dict[int, StoreFigures]:
        items: dict[int, tuple[int, int]] = {
            store_id: (int(count), int(low or 0))
            for store_id, count, low in self._db.read(
                _ITEMS, [json.dumps({str(k): v for k, v in thresholds.items()}), default_threshold]
            )
        }
        failures: dict[int, int] = {
            store_id: int(count)
            for store_id, count in self._db.read(
                _FAILURES, [RunStatus.FAILED.value, timestamps.to_db(failures_since)]
            )
            if store_id is not None
        }
        durations: dict[int, list[float]] = {}
        for store_id, seconds in self._db.read(_DURATIONS, [recent]):
            durations.setdefault(store_id, []).append(float(seconds))
        figures: dict[int, StoreFigures] = {}
        for store_id in set(items) | set(failures) | set(durations):
            count, low = items.get(store_id, (0, 0))
            figures[store_id] = StoreFigures(
                store_id=store_id,
                items=count,
                low_stock=low,
                failures=failures.get(store_id, 0),
                durations=tuple(durations.get(store_id, ())),
            )
        return figures

    def day_totals(self, since: datetime) -> DayTotals:
        row = self._db.read(_DAY, [JobKind.ORDERS_PULL.value, timestamps.to_db(since)])[0]
        return DayTotals(runs=int(row[0]), items_changed=int(row[1]), orders_imported=int(row[2]))

    def ended_run_ids(self, since: datetime) -> set[int]:
        return {int(run_id) for (run_id,) in self._db.read(_ENDED_IDS, [timestamps.to_db(since)])}
