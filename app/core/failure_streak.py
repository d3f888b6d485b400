"""How many runs of a job failed in a row, read from the history so it survives a restart and counts
runs made by any StoreSync process on the same data (the window, headless, `storesync sync`). A resume
is a fresh start: a job the merchant resumed gets as many tries before a warning or a pause as a new one,
instead of pausing again at its next failure."""

from __future__ import annotations

from datetime import datetime

from app.core.models import RunStatus, SyncRun
from app.core.ports import RunQuery, RunRepository

# Skipped runs (paused, rate limited, already running) are neither failures nor successes; a page of
# the newest runs is read at a time until something other than a failure or a skip ends the streak.
_PAGE = 100
_MAX_COUNTED = 1000


def failed_in_a_row(
    runs: RunRepository, job_id: int, resumed_at: datetime | None = None, up_to: SyncRun | None = None
) -> int:
    """Failed runs of `job_id` since its last run that succeeded, partly succeeded or was interrupted,
    and since `resumed_at` (the job's last resume); with `up_to`, as they stood when that run ended (a
    server's API process counts runs that ended together, each its own streak)."""
    count = 0
    offset = 0
    while offset < _MAX_COUNTED:
        page = runs.list_runs(RunQuery(job_id=job_id, since=resumed_at), offset=offset, limit=_PAGE)
        for run in page:
            if up_to is not None and _later(run, up_to):
                continue
            if run.status is RunStatus.FAILED:
                count += 1
            elif run.status not in (RunStatus.SKIPPED, RunStatus.RUNNING):
                return count
        if len(page) < _PAGE:
            return count
        offset += _PAGE
    return count


def _later(run: SyncRun, than: SyncRun) -> bool:
    return (run.started_at, run.id or 0) > (than.started_at, than.id or 0)
