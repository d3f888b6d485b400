"""One word for a whole store, from the live state of its jobs: what the Overview's cards and headline say."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime

from app.ui.formatting import now_utc
from app.ui.models.job_state import JobState, RowStatus

_PROBLEMS = (RowStatus.ATTENTION, RowStatus.FAILED, RowStatus.PARTIAL, RowStatus.RATE_LIMITED)


class StoreHealth(enum.StrEnum):
    OK = "ok"
    SYNCING = "syncing"
    QUEUED = "queued"  # a run waits for a free run slot (or a worker) and none runs
    ATTENTION = "attention"
    STALE = "stale"
    PAUSED = "paused"
    NO_JOBS = "no_jobs"  # nothing syncs it (its jobs were removed)


def store_health(
    states: Sequence[JobState], all_paused: bool = False, now: datetime | None = None
) -> StoreHealth:
    """A problem outranks activity (a failing store that retries still needs the merchant), activity
    (a run, then a run waiting to start) outranks old data, and old data outranks a pause (a paused
    store's data grows stale too, as the stores table says: app.core.staleness decides what is stale)."""
    if not states:
        return StoreHealth.NO_JOBS  # "OK" beside its last failures said what nothing checks any more
    moment = now or now_utc()
    statuses = [state.status(moment) for state in states]
    if any(status in _PROBLEMS for status in statuses):
        return StoreHealth.ATTENTION
    if any(status is RowStatus.RUNNING for status in statuses):
        return StoreHealth.SYNCING
    if any(status is RowStatus.QUEUED for status in statuses):
        return StoreHealth.QUEUED
    if any(status is RowStatus.STALE for status in statuses):
        return StoreHealth.STALE
    if all_paused or (states and all(state.job.paused for state in states)):
        return StoreHealth.PAUSED
    return StoreHealth.OK
