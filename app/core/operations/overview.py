"""The Overview's figures (each store's items, low stock, failures and run durations, the day's totals)
as plain data for the control API, and read back by a server's console."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from app.core.models import Job, JobKind
from app.core.operations.history import parse_moment
from app.core.operations.lookup import parse_whole
from app.core.ports import DayTotals, StoreFigures
from app.core.services import AppServices
from app.core.settings import default

RECENT_RUNS = 20


def overview_figures(services: AppServices, filters: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """Filters `failures_since` (default 24h ago), `day_since` (the start of "today"; default this
    machine's midnight), `ended_since` (the runs whose end the figures count; default the earlier of
    the two) and `recent` (durations per store, 1-100). Low stock is counted by each store's low-stock
    check threshold, each SKU's own, or the Settings' one."""
    failures_since = _moment(filters, "failures_since") or now - timedelta(hours=24)
    day_since = _moment(filters, "day_since") or now.astimezone().replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    ended_since = _moment(filters, "ended_since") or min(failures_since, day_since)
    recent = parse_whole(filters.get("recent", RECENT_RUNS), "recent", minimum=1, maximum=100)
    threshold = int(services.settings.get_setting("low_stock_threshold", default("low_stock_threshold")))
    overview = services.overview
    thresholds = store_thresholds(services.stores.list_jobs())
    figures = overview.store_figures(failures_since, thresholds, threshold, recent)
    totals = overview.day_totals(day_since)
    return {
        "stores": [
            {
                "store_id": entry.store_id,
                "items": entry.items,
                "low_stock": entry.low_stock,
                "failures": entry.failures,
                "durations": list(entry.durations),
            }
            for entry in figures.values()
        ],
        "today": {
            "runs": totals.runs,
            "items_changed": totals.items_changed,
            "orders_imported": totals.orders_imported,
        },
        "ended_run_ids": sorted(overview.ended_run_ids(ended_since)),
    }


def store_thresholds(jobs: Iterable[Job]) -> dict[int, int]:
    """The threshold of each store's low-stock check, where it has its own."""
    thresholds: dict[int, int] = {}
    for job in jobs:
        threshold = job.options.get("threshold")
        if job.kind is JobKind.LOW_STOCK_CHECK and job.store_id is not None and threshold is not None:
            thresholds[job.store_id] = int(threshold)
    return thresholds


def figures_from_data(data: Mapping[str, Any]) -> dict[int, StoreFigures]:
    """The stores' figures that `overview_figures` describes."""
    return {
        int(entry["store_id"]): StoreFigures(
            store_id=int(entry["store_id"]),
            items=int(entry["items"]),
            low_stock=int(entry["low_stock"]),
            failures=int(entry["failures"]),
            durations=tuple(float(seconds) for seconds in entry["durations"]),
        )
        for entry in data.get("stores", ())
    }


def totals_from_data(data: Mapping[str, Any]) -> DayTotals:
    today = data.get("today") or {}
    return DayTotals(
        runs=int(today.get("runs", 0)),
        items_changed=int(today.get("items_changed", 0)),
        orders_imported=int(today.get("orders_imported", 0)),
    )


def _moment(filters: Mapping[str, Any], name: str) -> datetime | None:
    value = filters.get(name)
    return None if value in (None, "") else parse_moment(value, name)
