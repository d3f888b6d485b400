"""How a run ended, and recording it: the sync_run row, the bus event and the log line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.bus import EventBus
from app.core.errors import (
    AlreadyRunning,
    AuthError,
    ConfigError,
    KeychainUnavailable,
    StoreSyncError,
    SyncInterrupted,
)
from app.core.events import (
    AttentionCleared,
    NeedsAttention,
    SyncFailed,
    SyncFinished,
    SyncSkipped,
    SyncStarted,
)
from app.core.failure_streak import failed_in_a_row
from app.core.models import Job, JobKind, RunStatus, Store, SyncRun, Trigger
from app.core.ports import RunRepository
from app.core.wording import counted
from app.sync.context import RunContext
from app.sync.push_planning import PushRefused

# Why a job kind sets records aside (inventory: records its filter says are not stock).
SKIPPED_WHY = {JobKind.SHIPMENT_PULL: "no matching order"}

log = logging.getLogger("app.sync")

ATTENTION_ERRORS = (AuthError, ConfigError, KeychainUnavailable, PushRefused)
ATTENTION_KINDS = frozenset(error.kind for error in ATTENTION_ERRORS)


@dataclass(frozen=True, slots=True)
class Outcome:
    status: RunStatus
    error_kind: str | None = None
    message: str | None = None
    error: BaseException | None = None

    @classmethod
    def interrupted(cls, message: str) -> Outcome:
        return cls(RunStatus.INTERRUPTED, SyncInterrupted.kind, message)

    @classmethod
    def timed_out(cls, seconds: float) -> Outcome:
        return cls(
            RunStatus.FAILED,
            "timeout",
            f"The run took longer than {_duration(seconds)} and was stopped; "
            "raise the run time limit in Settings if this store is that slow.",
        )

    @classmethod
    def from_error(cls, error: Exception, run_log: logging.LoggerAdapter[logging.Logger]) -> Outcome:
        if isinstance(error, SyncInterrupted):
            return cls(RunStatus.INTERRUPTED, error.kind, str(error), error)
        if isinstance(error, StoreSyncError):
            return cls(RunStatus.FAILED, error.kind, str(error), error)
        run_log.error("The sync stopped on an unexpected error", exc_info=error)
        return cls(RunStatus.FAILED, "internal", f"Unexpected error ({type(error).__name__}): {error}", error)

    @classmethod
    def completed(cls, ctx: RunContext) -> Outcome:
        if ctx.counts.failed == 0:
            return cls(RunStatus.SUCCEEDED)
        first = ctx.failures[0] if ctx.failures else None
        detail = f"; first: {first.key}: {first.message}" if first else ""
        return cls(RunStatus.PARTIAL, "item_failures", f"{counted(ctx.counts.failed, 'item')} failed{detail}")


class RunRecorder:
    """Writes runs to sync_run and announces them; a storage failure here is logged, never raised."""

    def __init__(self, bus: EventBus, runs: RunRepository, redact: Callable[[str], str]) -> None:
        self._bus = bus
        self._runs = runs
        self._redact = redact
        self._attention: set[int] = set()

    async def skipped(
        self, job: Job, trigger: Trigger, reason: str, kind: str, late_by_seconds: float | None
    ) -> SyncRun:
        now = datetime.now(UTC)
        assert job.id is not None
        run = SyncRun(
            job_id=job.id,
            trigger=trigger,
            started_at=now,
            status=RunStatus.SKIPPED,
            finished_at=now,
            error_kind=kind,
            error_message=reason,
            late_by_seconds=late_by_seconds,
        )
        try:
            run = await self._runs.start_run(run)
            await self._runs.finish_run(run)
        except Exception:
            log.exception("Could not record a skipped run of job %s", job.id)
        log.info("Skipped job %s (%s): %s", job.id, job.kind, reason, extra={"store_id": job.store_id})
        self._bus.publish(SyncSkipped(job.id, job.store_id, trigger, reason, run.id))
        return run

    def removed_while_waiting(self, job: Job, trigger: Trigger) -> SyncRun:
        """A run of a job removed while it waited for a slot: told as skipped; the history has no job
        to record it against any more."""
        assert job.id is not None
        now = datetime.now(UTC)
        reason = "the job was removed while the run waited to start"
        log.info("Skipped job %s (%s): %s", job.id, job.kind, reason, extra={"store_id": job.store_id})
        self._bus.publish(SyncSkipped(job.id, job.store_id, trigger, reason))
        return SyncRun(job.id, trigger, now, status=RunStatus.SKIPPED, finished_at=now, error_message=reason)

    async def started(
        self, job: Job, store: Store | None, trigger: Trigger, late_by_seconds: float | None
    ) -> SyncRun:
        assert job.id is not None
        run = SyncRun(job.id, trigger, datetime.now(UTC), late_by_seconds=late_by_seconds)
        try:
            run = await self._runs.start_run(run)
        except AlreadyRunning as error:  # in another StoreSync process (the window, headless, a `sync`)
            return await self.skipped(job, trigger, str(error), error.kind, late_by_seconds)
        except Exception as error:
            log.exception("Could not record the start of job %s", job.id)
            run.status = RunStatus.FAILED
            run.finished_at = datetime.now(UTC)
            run.error_kind = error.kind if isinstance(error, StoreSyncError) else "storage"
            run.error_message = self._redact(f"The history database refused the run: {error}")
            self._bus.publish(SyncFailed(run, job.store_id, run.error_kind, run.error_message))
            return run
        assert run.id is not None
        self._bus.publish(SyncStarted(run.id, job.id, job.store_id, job.kind, trigger))
        name = store.name if store else "all stores"
        log.info(
            "Started %s of %s (%s)",
            job.kind,
            name,
            trigger,
            extra={"store_id": job.store_id, "run_id": run.id},
        )
        return run

    async def finished(self, ctx: RunContext, outcome: Outcome) -> SyncRun:
        run = ctx.run
        run.counts = ctx.counts
        run.status = outcome.status
        run.finished_at = datetime.now(UTC)
        run.error_kind = outcome.error_kind
        run.error_message = None if outcome.message is None else self._redact(outcome.message)
        profile = ctx.meter.profile()
        try:
            await self._runs.finish_run(run, profile if profile.total_requests else None)
        except Exception:
            ctx.log.exception("Could not record the end of the run")
        self._announce(ctx, run, outcome)
        return run

    def _failed_in_a_row(self, ctx: RunContext, run: SyncRun) -> int:
        """From the history, this run included, since the job's last resume (read again: it may have
        been resumed while this run ran); at least this run when the history cannot be read."""
        try:
            job = ctx.repos.stores.get_job(run.job_id) or ctx.job
            return max(1, failed_in_a_row(self._runs, run.job_id, job.resumed_at))
        except Exception:
            log.exception("Could not count the failed runs of job %s", run.job_id)
            return 1

    def _announce(self, ctx: RunContext, run: SyncRun, outcome: Outcome) -> None:
        store_id = ctx.store.id if ctx.store else None
        c = run.counts
        summary = (
            f"fetched {c.fetched}, created {c.created}, updated {c.updated}, unchanged {c.unchanged}, "
            f"deleted {c.deleted}, failed {c.failed}"
            + (f", skipped {c.skipped} ({SKIPPED_WHY.get(ctx.job.kind, 'not stock')})" if c.skipped else "")
            + f" in {run.duration_seconds or 0:.1f} s"
        )
        if run.status is RunStatus.FAILED:
            message = run.error_message or "failed"
            ctx.log.error("%s failed (%s): %s", ctx.title, run.error_kind, message)
            streak = self._failed_in_a_row(ctx, run)
            self._bus.publish(SyncFailed(run, store_id, run.error_kind or "error", message, streak))
            if store_id is not None and isinstance(outcome.error, ATTENTION_ERRORS):
                self._attention.add(store_id)
                self._bus.publish(NeedsAttention(store_id, message))
            return
        if run.status is RunStatus.INTERRUPTED:
            ctx.log.warning("%s interrupted: %s (%s)", ctx.title, run.error_message, summary)
        elif run.status is RunStatus.PARTIAL:
            ctx.log.warning("%s partly done: %s; %s", ctx.title, summary, run.error_message)
        else:
            ctx.log.info("%s succeeded: %s", ctx.title, summary)
        self._bus.publish(SyncFinished(run, store_id))
        if store_id in self._attention and run.status in (RunStatus.SUCCEEDED, RunStatus.PARTIAL):
            self._attention.discard(store_id)
            self._bus.publish(AttentionCleared(store_id))


def _duration(seconds: float) -> str:
    if seconds >= 120:
        return f"{seconds / 60:.0f} minutes"
    return f"{seconds:.0f} seconds"
