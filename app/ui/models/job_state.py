"""What one store+job row knows at a moment, and the single status word derived from it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.core.models import Job, RunStatus, Store, SyncRun
from app.ui.formatting import QT_TRANSLATE_NOOP, now_utc


class RowStatus(enum.StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    QUEUED = "queued"
    SUCCEEDED = "succeeded"
    PARTIAL = "partial"
    FAILED = "failed"
    INTERRUPTED = "interrupted"
    PAUSED = "paused"
    RATE_LIMITED = "rate_limited"
    ATTENTION = "attention"
    STALE = "stale"


STATUS_LABELS = {
    RowStatus.IDLE: QT_TRANSLATE_NOOP("JobState", "Idle"),
    RowStatus.RUNNING: QT_TRANSLATE_NOOP("JobState", "Running"),
    RowStatus.QUEUED: QT_TRANSLATE_NOOP("JobState", "Queued"),
    RowStatus.SUCCEEDED: QT_TRANSLATE_NOOP("JobState", "Succeeded"),
    RowStatus.PARTIAL: QT_TRANSLATE_NOOP("JobState", "Partial"),
    RowStatus.FAILED: QT_TRANSLATE_NOOP("JobState", "Failed"),
    RowStatus.INTERRUPTED: QT_TRANSLATE_NOOP("JobState", "Interrupted"),
    RowStatus.PAUSED: QT_TRANSLATE_NOOP("JobState", "Paused"),
    RowStatus.RATE_LIMITED: QT_TRANSLATE_NOOP("JobState", "Rate-limited"),
    RowStatus.ATTENTION: QT_TRANSLATE_NOOP("JobState", "Needs attention"),
    RowStatus.STALE: QT_TRANSLATE_NOOP("JobState", "Stale"),
}


def status_label(status: RowStatus) -> str:
    return QCoreApplication.translate("JobState", STATUS_LABELS[status])


@dataclass(slots=True)
class JobState:
    """A store (None for global jobs such as cleanup) with one of its jobs and what is happening to it."""

    store: Store | None
    job: Job
    last_run: SyncRun | None = None
    next_run: datetime | None = None
    running: bool = False
    queued: bool = False  # a run waits for a free run slot (on a server, for a worker)
    pages: int = 0
    records: int = 0
    rate_limited_until: datetime | None = None
    rate_limit_message: str = ""
    attention_reason: str | None = None
    stale_reason: str | None = None  # the store's last good read is too old
    last_error: str | None = None

    @property
    def job_id(self) -> int:
        assert self.job.id is not None
        return self.job.id

    @property
    def store_id(self) -> int | None:
        return self.store.id if self.store is not None else None

    @property
    def store_name(self) -> str:
        return (
            self.store.name
            if self.store is not None
            else QCoreApplication.translate("JobState", "All stores")
        )

    def _last_run_failed(self) -> bool:
        return self.last_run is not None and self.last_run.status in (RunStatus.FAILED, RunStatus.INTERRUPTED)

    def status(self, now: datetime | None = None) -> RowStatus:
        """Running beats everything, then a run waiting to start; then what blocks the job; then how
        the last run ended."""
        if self.running:
            return RowStatus.RUNNING
        if self.queued:
            return RowStatus.QUEUED
        if self.attention_reason or (self.job.paused and self.job.paused_reason):
            return RowStatus.ATTENTION
        if self.rate_limited_until is not None and self.rate_limited_until > (now or now_utc()):
            return RowStatus.RATE_LIMITED
        if self.stale_reason:  # before paused: a paused store's data grows stale too
            return RowStatus.STALE
        if self.job.paused and not self._last_run_failed():
            return RowStatus.PAUSED  # a run of a paused job (asked for by hand) that failed says so
        if self.last_run is None:
            return RowStatus.IDLE
        return {
            RunStatus.SUCCEEDED: RowStatus.SUCCEEDED,
            RunStatus.PARTIAL: RowStatus.PARTIAL,
            RunStatus.FAILED: RowStatus.FAILED,
            RunStatus.INTERRUPTED: RowStatus.INTERRUPTED,
        }.get(self.last_run.status, RowStatus.IDLE)
