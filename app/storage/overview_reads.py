"""The Overview's figures on either backend (`?` placeholders through a RowReader), so they mean the same
wherever the stores are kept: failures, the day's totals and the ended runs in one SQL for both; each
store's stock and latest run durations in each backend's own words (app.storage.overview on SQLite,
app.storage.postgres_overview on PostgreSQL). Five statements whatever the number of stores, each on an
index, so a server with 200 stores answers its console as quickly as one with two."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.core.models import JobKind, RunStatus
from app.core.ports import DayTotals, StoreFigures
from app.storage import timestamps
from app.storage.order_queries import RowReader

NOT_ENDED = (RunStatus.RUNNING.value, RunStatus.SKIPPED.value)
_STOCK_KINDS = (JobKind.INVENTORY_PULL.value, JobKind.STOCK_PUSH.value)

_FAILURES = "SELECT store_id, COUNT(*) FROM sync_run WHERE status = ? AND started_at >= ? GROUP BY store_id"
_DAY = f"""
SELECT COUNT(*),
    COALESCE(SUM(CASE WHEN kind IN {_STOCK_KINDS!r} THEN created + updated + deleted END), 0),
    COALESCE(SUM(CASE WHEN kind = ? THEN created END), 0)
FROM sync_run WHERE started_at >= ? AND status NOT IN {NOT_ENDED!r}
"""
_ENDED_IDS = f"SELECT id FROM sync_run WHERE started_at >= ? AND status NOT IN {NOT_ENDED!r}"


class OverviewReader(ABC):
    """ports.OverviewQueries for a backend that says how to read the stock and the durations."""

    def __init__(self, reader: RowReader) -> None:
        self._reader = reader

    @abstractmethod
    def _stock(
        self, thresholds: Mapping[int, int], default_threshold: int, store_id: int | None = None
    ) -> list[Any]:
        """(store id, items still listed, those at or below their SKU's threshold, else the store's,
        else `default_threshold`) for each store with items, or for `store_id`'s alone."""

    @abstractmethod
    def _durations(self, recent: int) -> list[Any]:
        """(store id, duration) of each store's `recent` latest ended runs with a duration (by start),
        ordered by store, then by end."""

    def store_figures(
        self,
        failures_since: datetime,
        thresholds: Mapping[int, int],
        default_threshold: int,
        recent: int = 20,
    ) -> dict[int, StoreFigures]:
        items: dict[int, tuple[int, int]] = {
            int(store_id): (int(count), int(low or 0))
            for store_id, count, low in self._stock(thresholds, default_threshold)
        }
        failures: dict[int, int] = {
            int(store_id): int(count)
            for store_id, count in self._reader.read(
                _FAILURES, [RunStatus.FAILED.value, timestamps.to_db(failures_since)]
            )
            if store_id is not None
        }
        durations: dict[int, list[float]] = {}
        for store_id, seconds in self._durations(recent):
            durations.setdefault(int(store_id), []).append(float(seconds))
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
        row = self._reader.read(_DAY, [JobKind.ORDERS_PULL.value, timestamps.to_db(since)])[0]
        return DayTotals(runs=int(row[0]), items_changed=int(row[1]), orders_imported=int(row[2]))

    def store_stock(
        self, store_id: int, thresholds: Mapping[int, int], default_threshold: int
    ) -> tuple[int, int]:
        for _store, count, low in self._stock(thresholds, default_threshold, store_id):
            return int(count), int(low or 0)
        return 0, 0

    def ended_run_ids(self, since: datetime) -> set[int]:
        return {int(run_id) for (run_id,) in self._reader.read(_ENDED_IDS, [timestamps.to_db(since)])}
