"""A run as both backends store it: the columns read, and the SyncRun made of them."""

from __future__ import annotations

from typing import Any

from app.core.models import REMOVED_JOB_ID, JobKind, RunCounts, RunStatus, SyncRun, Trigger
from app.storage import timestamps

RUN_COLUMNS = (
    "id, job_id, trigger, started_at, status, finished_at, fetched, created, updated, unchanged, deleted, "
    "failed, error_kind, error_message, attempt, late_by_seconds, store_id, store_name, kind, skipped"
)
UNSCHEDULED_TRIGGERS = (Trigger.MANUAL.value, Trigger.CLI.value)


def run_from_row(row: Any) -> SyncRun:
    """A SyncRun from the RUN_COLUMNS of a row."""
    return SyncRun(
        id=row[0],
        job_id=REMOVED_JOB_ID if row[1] is None else row[1],
        trigger=Trigger(row[2]),
        started_at=timestamps.required(row[3]),
        status=RunStatus(row[4]),
        finished_at=timestamps.from_db(row[5]),
        counts=RunCounts(row[6], row[7], row[8], row[9], row[10], row[11], row[19]),
        error_kind=row[12],
        error_message=row[13],
        attempt=row[14],
        late_by_seconds=row[15],
        store_id=row[16],
        store_name=row[17],
        kind=JobKind(row[18]),
    )
