"""One word for a whole store, from the live state of its jobs: what the Overview's cards and headline say."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache

from app.core.schedule import ScheduleSpec
from app.ui.formatting import now_utc
from app.ui.models.job_state import JobState, RowStatus

# A store is stale when two of its scheduled runs should have ended since its last run ended (one
# missed slot is a slow run or a short sleep; two are a pattern), plus this much slack.
STALE_SLACK = timedelta(minutes=5)
_PROBLEMS = (RowStatus.ATTENTION, RowStatus.FAILED, RowStatus.PARTIAL, RowStatus.RATE_LIMITED)


class StoreHealth(enum.StrEnum):
    OK = "ok"
    SYNCING = "syncing"
    ATTENTION = "attention"
    STALE = "stale"
    PAUSED = "paused"


def store_health(
    states: Sequence[JobState], all_paused: bool = False, now: datetime | None = None
) -> StoreHealth:
    """A problem outranks activity (a failing store that retries still needs the merchant), activity
    outranks a pause, and a store with nothing wrong whose runs stopped arriving is stale."""
    moment = now or now_utc()
    statuses = [state.status(moment) for state in states]
    if any(status in _PROBLEMS for status in statuses):
        return StoreHealth.ATTENTION
    if any(status is RowStatus.RUNNING for status in statuses):
        return StoreHealth.SYNCING
    if all_paused or (states and all(state.job.paused for state in states)):
        return StoreHealth.PAUSED
    if any(_is_stale(state, moment) for state in states if not state.job.paused):
        return StoreHealth.STALE
    return StoreHealth.OK


def _is_stale(state: JobState, now: datetime) -> bool:
    run = state.last_run
    if run is None:
        return False
    stale_from = stale_after(state.job.schedule, run.finished_at or run.started_at)
    return stale_from is not None and stale_from < now


@lru_cache(maxsize=4096)
def stale_after(schedule: ScheduleSpec, ended: datetime) -> datetime | None:
    """When a job whose last run ended at `ended` turns stale (None: never). Cached: the Overview asks
    for every store whenever its headline is read, and a schedule's next times take a fraction of a
    millisecond each."""
    try:
        due = schedule.next_times(2, ended)
    except Exception:
        return None
    return due[1] + STALE_SLACK if len(due) == 2 else None
