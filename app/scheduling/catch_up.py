"""Which slot of a schedule a late or missed run stands for, so catch-up runs once and says how late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.core.models import Job, Trigger
from app.core.ports import RunRepository
from app.core.schedule import ScheduleSpec

# Growing look-back spans keep the search short for frequent schedules and still find rare ones.
_SPANS = tuple(timedelta(days=days) for days in (1 / 24, 1, 8, 32, 366, 9 * 366))


def latest_due_slot(spec: ScheduleSpec, since: datetime, now: datetime) -> datetime | None:
    """The most recent slot in (`since`, `now`], or None when no slot came due in between."""
    first = spec.times_between(since, now, limit=1)
    if not first:
        return None
    for span in _SPANS:
        slots = spec.times_between(max(since, now - span), now)
        if slots:
            return slots[-1]
    return first[0]


@dataclass(frozen=True, slots=True)
class CatchUpRun:
    trigger: Trigger
    late_by_seconds: float | None
    slot: datetime | None


def catch_up_run(
    job: Job,
    runs: RunRepository,
    now: datetime,
    *,
    catch_up_allowed: bool,
    allow_initial: bool,
    missed_slot: datetime | None = None,
) -> CatchUpRun | None:
    """What `job` should run now, if anything: once INITIAL when it never ran at all (and
    `allow_initial`); once CATCH_UP when a slot came due after its last scheduled run (or its last run
    by hand), or `missed_slot` is later than that, and catch-up is allowed."""
    assert job.id is not None
    since = runs.last_scheduled_slot(job.id)
    last = runs.last_run(job.id) if since is None else None
    return catch_up_decision(
        job,
        since,
        None if last is None else last.started_at,
        now,
        catch_up_allowed=catch_up_allowed,
        allow_initial=allow_initial,
        missed_slot=missed_slot,
    )


def catch_up_decision(
    job: Job,
    last_scheduled_slot: datetime | None,
    last_started: datetime | None,
    now: datetime,
    *,
    catch_up_allowed: bool,
    allow_initial: bool,
    missed_slot: datetime | None = None,
) -> CatchUpRun | None:
    """catch_up_run from what it reads: when the job last started for its schedule, and when it last
    started at all (None: it never ran), so a fleet's decisions can come from one read of the history."""
    since = last_scheduled_slot
    if since is None:
        if last_started is None and allow_initial:
            return CatchUpRun(Trigger.INITIAL, None, None)
        since = last_started
    if not catch_up_allowed:
        return None
    if missed_slot is not None:
        slot = missed_slot if since is None or since < missed_slot else None
    else:
        slot = latest_due_slot(job.schedule, since, now) if since is not None else None
    if slot is None:
        return None
    return CatchUpRun(Trigger.CATCH_UP, max(0.0, (now - slot).total_seconds()), slot)
