"""Pausing and resuming a job, as both schedulers (the desktop's and a server's queue) save it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.core.models import Job


def paused_or_resumed(job: Job, paused: bool, reason: str | None, now: datetime) -> Job | None:
    """The job paused (`reason`: why it paused itself) or resumed, None when it already is as asked. A
    resume is kept with its time: the failed runs before it no longer count (app.core.failure_streak)."""
    if job.paused == paused and job.paused_reason == reason:
        return None
    resumed_at = now if job.paused and not paused else job.resumed_at
    return replace(job, paused=paused, paused_reason=reason, resumed_at=resumed_at)
