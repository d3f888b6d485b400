"""The log lines the Log panel shows, as plain data: the latest ones (oldest first), narrowed to a
level and above, one store, one run or a text, and the same test for a line that arrives later on the bus."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.core.errors import NotFound
from app.core.models import LogEntry
from app.core.operations.lookup import find_store, parse_choice, parse_whole
from app.core.ports import LogQuery, RunQuery
from app.core.services import AppServices

LEVELS = ("debug", "info", "warning", "error", "critical")
_RANK = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40, "CRITICAL": 50}
DEFAULT_LINES = 50
MOST_LINES = 5000


def log_query(services: AppServices, filters: Mapping[str, Any]) -> LogQuery:
    """A store named that no longer exists is looked for among the removed stores' runs, which keep
    its name: their lines are its lines."""
    level = filters.get("level") or None
    store = filters.get("store") or None
    run = filters.get("run") or None
    query = LogQuery(
        min_level=parse_choice(level, "the level", LEVELS) if level is not None else None,
        run_id=parse_whole(run, "the run id") if run is not None else None,
        text=str(filters.get("text") or "").strip() or None,
    )
    if store is None:
        return query
    try:
        return dataclasses.replace(query, store_id=find_store(services.stores, store).id)
    except NotFound:
        if not services.runs.count_runs(RunQuery(removed_store=str(store))):
            raise
    return dataclasses.replace(query, removed_store=str(store))


def log_lines(services: AppServices, filters: Mapping[str, Any]) -> dict[str, Any]:
    """Filters `level`, `store` (name or id), `run` (id), `text` (contained, any case), `limit`
    (0-5000, 50) lines after skipping the `offset` newest: {"lines": [...]}, oldest first."""
    query = log_query(services, filters)
    limit = parse_whole(filters.get("limit", DEFAULT_LINES), "limit", minimum=0, maximum=MOST_LINES)
    offset = parse_whole(filters.get("offset", 0), "offset", minimum=0)
    entries = services.logs.list_logs(query, offset=offset, limit=limit) if limit else []
    return {"lines": [log_line_data(entry) for entry in reversed(entries)]}


def log_line_data(entry: LogEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "time": entry.time.isoformat(),
        "level": entry.level,
        "message": entry.message,
        "store_id": entry.store_id,
        "run_id": entry.run_id,
    }


def log_entry_from_data(data: Mapping[str, Any]) -> LogEntry:
    """The entry that `log_line_data` describes."""
    return LogEntry(
        time=datetime.fromisoformat(data["time"]),
        level=data["level"],
        message=data["message"],
        store_id=data.get("store_id"),
        run_id=data.get("run_id"),
        id=data.get("id"),
    )


def matches(
    line: Mapping[str, Any], level: str | None, store_id: int | None, text: str | None = None
) -> bool:
    """Whether a line (as log_line_data gives it) passes the filters a query was made with."""
    if store_id is not None and line.get("store_id") != store_id:
        return False
    if text and text.casefold() not in str(line.get("message", "")).casefold():
        return False
    if level is None:
        return True
    return _RANK.get(str(line.get("level", "")).upper(), 20) >= _RANK[level.upper()]
