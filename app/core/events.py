"""Frozen events the core publishes on the EventBus; ui.bridge turns them into Qt signals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.models import JobKind, LogEntry, RunStatus, SyncRun, Trigger


@dataclass(frozen=True, slots=True)
class Event:
    """Base class so subscribers can listen to everything."""


@dataclass(frozen=True, slots=True)
class SyncStarted(Event):
    run_id: int
    job_id: int
    store_id: int | None
    kind: JobKind
    trigger: Trigger


@dataclass(frozen=True, slots=True)
class SyncQueued(Event):
    """A run of the job waits to start: every run slot of this process is taken (the cap on runs at
    once), or on a server no worker has taken it from the queue yet. SyncStarted or SyncSkipped follows."""

    job_id: int
    store_id: int | None
    trigger: Trigger


@dataclass(frozen=True, slots=True)
class SyncLeftQueue(Event):
    """On a server, no run of the job waits in the queue any more: a worker ran it (its SyncStarted
    and end are told as well), or dropped it as a duplicate of a run that had happened meanwhile."""

    job_id: int
    store_id: int | None


@dataclass(frozen=True, slots=True)
class SyncProgress(Event):
    run_id: int
    job_id: int
    store_id: int | None
    pages: int
    records: int


@dataclass(frozen=True, slots=True)
class SyncFinished(Event):
    """A run ended as succeeded, partial or interrupted."""

    run: SyncRun
    store_id: int | None


@dataclass(frozen=True, slots=True)
class SyncFailed(Event):
    """`failed_in_a_row`: this run and the failed runs of the job right before it (skipped runs
    neither break nor extend the streak); the alarms count on it."""

    run: SyncRun
    store_id: int | None
    error_kind: str
    message: str
    failed_in_a_row: int = 1


@dataclass(frozen=True, slots=True)
class JobAutoPaused(Event):
    """A job failed `pause_after_failures` times in a row and paused itself; `reason` says so."""

    job_id: int
    store_id: int | None
    reason: str


# The reasons of a skip because a run of the same job is in flight: they tell of the skipped attempt only,
# never of the run in flight (a follower of that run must not take them for its end).
ALREADY_RUNNING = "already running"
ALREADY_QUEUED = "a run of it is queued already"


@dataclass(frozen=True, slots=True)
class SyncSkipped(Event):
    """A run that did not start (already running, paused, store disabled); `reason` says why."""

    job_id: int
    store_id: int | None
    trigger: Trigger
    reason: str
    run_id: int | None = None


@dataclass(frozen=True, slots=True)
class RateLimitedUntil(Event):
    store_id: int | None
    until: datetime
    message: str


@dataclass(frozen=True, slots=True)
class NeedsAttention(Event):
    """The store cannot sync until the merchant fixes something (credentials, settings)."""

    store_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class AttentionCleared(Event):
    store_id: int


@dataclass(frozen=True, slots=True)
class ScheduleChanged(Event):
    job_id: int
    next_run: datetime | None
    paused: bool
    paused_reason: str | None = None  # why the job paused itself, until it is resumed


@dataclass(frozen=True, slots=True)
class PausedAllChanged(Event):
    """Everything was paused or resumed (from the window, the tray or the control API)."""

    paused: bool


@dataclass(frozen=True, slots=True)
class StoresChanged(Event):
    """Stores or jobs were added, edited or removed."""


@dataclass(frozen=True, slots=True)
class SettingsChanged(Event):
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LogRecorded(Event):
    entry: LogEntry


@dataclass(frozen=True, slots=True)
class LowStock(Event):
    """SKUs at or below their threshold (`threshold` is the default one; a SKU may have its own).
    `store_id` None: checked over the sum of every store's stock."""

    store_id: int | None
    skus: tuple[str, ...]
    threshold: int
    job_id: int | None = None  # the check that found them


@dataclass(frozen=True, slots=True)
class StoreStale(Event):
    """The store's last successful read is older than `stale_after_hours`; `reason` says how old."""

    store_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class StoreFresh(Event):
    """A store reported stale has been read successfully again."""

    store_id: int


@dataclass(frozen=True, slots=True)
class DatabaseReplaced(Event):
    """A damaged database was moved aside at start; the window shows where it went."""

    moved_to: str
    reason: str


@dataclass(frozen=True, slots=True)
class WallClockJumped(Event):
    """The clock moved further than the heartbeat expected (sleep and resume)."""

    seconds: float


def status_of(event: Event) -> RunStatus | None:
    """The run status an event settles, if any."""
    if isinstance(event, SyncFinished | SyncFailed):
        return event.run.status
    return None
