"""The history of runs with filters and paging, and one run in detail (counts, log lines, per-SKU
changes)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from app.core.errors import InvalidRequest, NotFound
from app.core.models import JobKind, RunCounts, RunStatus, SyncRun, Trigger
from app.core.operations.lookup import find_store, parse_choice, parse_kind, parse_whole
from app.core.operations.paging import page_answer, page_window
from app.core.operations.status import run_report
from app.core.ports import (
    InventoryRepository,
    LogQuery,
    LogRepository,
    RunQuery,
    RunRepository,
    StoreRepository,
)

DETAIL_LOG_LINES = 500
_AGO = re.compile(r"^\s*(\d+)\s*(m|min|h|d)\s*$", re.IGNORECASE)
_AGO_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days"}


def parse_moment(value: object, what: str, now: datetime | None = None) -> datetime:
    """A point in time from "2026-05-01", "2026-05-01T08:00" (local time unless a zone is given), or an
    amount ago such as "90m", "24h", "7d"."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequest(f"{what} must be a date or time such as 2026-05-01, 2026-05-01T08:00 or 24h")
    ago = _AGO.match(value)
    if ago:
        amount = timedelta(**{_AGO_UNITS[ago.group(2).lower()]: int(ago.group(1))})
        return (now or datetime.now(UTC)) - amount
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidRequest(
            f"{what} must be a date or time such as 2026-05-01, 2026-05-01T08:00 or 24h, not {value!r}"
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the merchant's local time
    return moment.astimezone(UTC)


def history_query(stores: StoreRepository, filters: Mapping[str, Any]) -> RunQuery:
    """Filters `store` (name or id), `job` (id), `kind`, `status`, `since`, `until` (see parse_moment)."""
    known = {"store", "job", "kind", "status", "since", "until"}
    present = {key: value for key, value in filters.items() if key in known and value not in (None, "")}
    store = find_store(stores, present["store"]) if "store" in present else None
    statuses = [status.value for status in RunStatus]
    return RunQuery(
        store_id=store.id if store is not None else None,
        job_id=parse_whole(present["job"], "the job id") if "job" in present else None,
        kind=parse_kind(present["kind"]) if "kind" in present else None,
        status=RunStatus(parse_choice(present["status"], "the status", statuses))
        if "status" in present
        else None,
        since=parse_moment(present["since"], "since") if "since" in present else None,
        until=parse_moment(present["until"], "until") if "until" in present else None,
    )


def history_page(stores: StoreRepository, runs: RunRepository, filters: Mapping[str, Any]) -> dict[str, Any]:
    """One page of matching runs, newest first, with the total count and where the page starts. A store
    named that no longer exists is looked for among the removed stores' runs, which keep its name."""
    try:
        query = history_query(stores, filters)
    except NotFound:
        name = str(filters.get("store") or "")
        query = dataclasses.replace(history_query(stores, {**filters, "store": None}), removed_store=name)
        if not name or not runs.count_runs(query):
            raise
    offset, limit = page_window(filters)
    page = runs.list_runs(query, offset=offset, limit=limit)
    return page_answer("runs", [run_entry(run) for run in page], runs.count_runs(query), offset, limit)


def run_entry(run: SyncRun) -> dict[str, Any]:
    """A run as the history lists it: what it was for, and run_report's status, times and counts."""
    return {
        "id": run.id,
        "job_id": run.job_id,
        "store_id": run.store_id,
        "store_name": run.store_name,
        "kind": None if run.kind is None else run.kind.value,
        "attempt": run.attempt,
        "late_by_seconds": run.late_by_seconds,
        **run_report(run),
    }


def run_detail(
    runs: RunRepository,
    logs: LogRepository,
    inventory: InventoryRepository,
    run_id: object,
    log_lines: int = DETAIL_LOG_LINES,
) -> dict[str, Any]:
    """One run with its newest `log_lines` log lines (oldest first) and the quantity change of every
    SKU it changed."""
    number = parse_whole(run_id, "the run id")
    run = runs.get_run(number)
    if run is None:
        raise NotFound(f"no run with id {number}")
    lines = logs.list_logs(LogQuery(run_id=number), limit=log_lines)
    return {
        **run_entry(run),
        "log": [
            {"time": entry.time.isoformat(), "level": entry.level, "message": entry.message}
            for entry in sorted(lines, key=lambda entry: (entry.time, entry.id or 0))
        ],
        "changes": [
            {"sku": c.sku, "store_id": c.store_id, "old": c.old_quantity, "new": c.new_quantity}
            for c in inventory.changes_for_run(number)
        ],
    }


def run_from_entry(entry: Mapping[str, Any], job_id: int | None = None) -> SyncRun:
    """The run that `run_entry` (or status's `run_report`, with the `job_id` it leaves out) describes."""
    counts = entry.get("counts") or {}
    finished = entry.get("finished_at")
    kind = entry.get("kind")
    return SyncRun(
        job_id=int(entry.get("job_id", job_id) or 0),
        trigger=Trigger(entry["trigger"]),
        started_at=datetime.fromisoformat(entry["started_at"]),
        status=RunStatus(entry["status"]),
        finished_at=None if finished is None else datetime.fromisoformat(finished),
        counts=RunCounts(**{name: int(counts.get(name, 0)) for name in RUN_COUNT_NAMES}),
        error_kind=entry.get("error_kind"),
        error_message=entry.get("error_message"),
        attempt=int(entry.get("attempt", 1)),
        late_by_seconds=entry.get("late_by_seconds"),
        id=entry.get("id"),
        store_id=entry.get("store_id"),
        store_name=entry.get("store_name"),
        kind=None if kind is None else JobKind(kind),
    )


RUN_COUNT_NAMES = tuple(field.name for field in dataclasses.fields(RunCounts))
