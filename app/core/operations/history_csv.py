"""The history as CSV, one row per run, in the same columns wherever the runs are read from: this
computer's database (a snapshot export in storage) or a server's control API, page by page."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.errors import StorageError
from app.core.models import REMOVED_JOB_ID, SyncRun
from app.core.operations.paging import every_page

HEADER = (
    "run_id",
    "job_id",
    "store",
    "kind",
    "trigger",
    "status",
    "started_at",
    "finished_at",
    "duration_seconds",
    "fetched",
    "created",
    "updated",
    "unchanged",
    "deleted",
    "failed",
    "skipped",
    "attempt",
    "late_by_seconds",
    "error_kind",
    "error_message",
)


def csv_row(run: SyncRun, redact: Callable[[str], str]) -> tuple[Any, ...]:
    """A run's row; its error text passes `redact` again, as every text that leaves the app does."""
    counts = run.counts
    return (
        run.id,
        "" if run.job_id == REMOVED_JOB_ID else run.job_id,
        run.store_name or "",
        run.kind.value if run.kind else "",
        run.trigger.value,
        run.status.value,
        _iso(run.started_at),
        _iso(run.finished_at),
        run.duration_seconds,
        counts.fetched,
        counts.created,
        counts.updated,
        counts.unchanged,
        counts.deleted,
        counts.failed,
        counts.skipped,
        run.attempt,
        run.late_by_seconds,
        run.error_kind or "",
        redact(run.error_message or ""),
    )


async def write_history_csv(
    target: str,
    pages: Callable[[int, int], Awaitable[list[SyncRun]]],
    redact: Callable[[str], str],
    page_size: int = 1000,
) -> int:
    """Every run `pages(offset, limit)` gives, newest first, to `target`; how many rows were written.
    Raises StorageError with one line when the file cannot be written."""
    rows = [csv_row(run, redact) for run in await every_page(pages, page_size)]
    await asyncio.to_thread(_write_file, target, rows)
    return len(rows)


def _write_file(target: str, rows: list[tuple[Any, ...]]) -> None:
    destination = Path(target).expanduser()
    try:
        with destination.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            writer.writerows(rows)
    except OSError as error:
        raise StorageError(f"The export to {destination} failed: {error.strerror or error}") from error


def _iso(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat(timespec="seconds")
