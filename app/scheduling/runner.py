"""What the scheduler needs of the sync engine, so scheduling does not depend on the engine's module."""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from app.core.models import Job, Platform, SyncRun, Trigger


class SyncRunner(Protocol):
    async def run(self, job: Job, trigger: Trigger, *, late_by_seconds: float | None = None) -> SyncRun:
        """Run `job` and record it; never raises for sync failures; records `skipped` when the job
        is already running."""
        ...

    def prepare(self, platforms: Collection[Platform]) -> None:
        """Start loading what the runs of stores of `platforms` need, off the loop; runs wait for it."""
        ...

    def is_running(self, job_id: int) -> bool: ...

    def running_job_ids(self) -> frozenset[int]: ...

    def queued_job_ids(self) -> frozenset[int]:
        """Jobs whose run waits for a free run slot."""
        ...

    async def drain(self, timeout: float) -> None:  # noqa: ASYNC109 - the engine's contract
        """Start nothing new; let running runs reach a transaction boundary within `timeout` s."""
        ...
