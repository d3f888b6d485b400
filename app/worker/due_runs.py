"""Which jobs are due, read from the shared history: the decision the desktop's scheduler makes at start
(app.scheduling.catch_up), made on every tick of the queue's periodic task. A job whose latest slot came
after its last scheduled run is due for that slot, on time (scheduled) or late (catch-up, when the job and
the `catch_up_missed_runs` setting allow it). A job that never ran counts its schedule from when it was
added: its first run is asked for when it is wanted at once (`store add`, the window's first sync), and
a job added without one (`--no-first-sync`, `job add`) waits for its first slot, as on a desktop that
runs. A job made before StoreSync kept when jobs were added is due once at once (initial)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.core.models import Job, RunStatus, SyncRun, Trigger
from app.core.ports import JobHistory, RunQuery, RunRepository, SettingsRepository, StoreRepository
from app.core.settings import default
from app.scheduling.catch_up import catch_up_decision
from app.scheduling.scheduler import PAUSED_ALL_SETTING
from app.storage.run_rows import UNSCHEDULED_TRIGGERS


@dataclass(frozen=True, slots=True)
class DueRun:
    """One run to queue: the job, why, and the slot it stands for (None for a first run)."""

    job_id: int
    trigger: Trigger
    slot: datetime | None


def due_runs(
    stores: StoreRepository,
    runs: RunRepository,
    settings: SettingsRepository,
    now: datetime,
    on_time: timedelta,
) -> list[DueRun]:
    """The runs due at `now`; a slot at most `on_time` old is a scheduled run, an older one catch-up.
    Nothing is due while everything is paused (the `paused_all` setting, written by pause-all)."""
    if bool(settings.get_setting(PAUSED_ALL_SETTING, False)):
        return []
    enabled = {store.id for store in stores.list_stores() if store.enabled}
    catch_up_enabled = catch_up_setting(settings)
    jobs = [
        job
        for job in stores.list_jobs()
        if job.id is not None and not job.paused and (job.store_id is None or job.store_id in enabled)
    ]
    histories = runs.job_histories([job.id for job in jobs if job.id is not None])
    found: list[DueRun] = []
    for job in jobs:
        assert job.id is not None
        history = histories.get(job.id, JobHistory())
        due = due_run(job, history, now, on_time, catch_up_enabled=catch_up_enabled)
        if due is not None:
            found.append(due)
    return found


def catch_up_setting(settings: SettingsRepository) -> bool:
    """Whether missed slots are caught up at all (the `catch_up_missed_runs` setting)."""
    return bool(settings.get_setting("catch_up_missed_runs", default("catch_up_missed_runs")))


def due_run(
    job: Job, history: JobHistory, now: datetime, on_time: timedelta, *, catch_up_enabled: bool
) -> DueRun | None:
    """The run of `job` due at `now` after `history`, if any (whether the job is paused is the
    caller's question)."""
    assert job.id is not None
    last_started = None if history.last_run is None else history.last_run.started_at
    if last_started is None and history.last_scheduled_slot is None:
        last_started = job.created_at  # never ran: its schedule counts from when it was added
    decision = catch_up_decision(
        job, history.last_scheduled_slot, last_started, now, catch_up_allowed=True, allow_initial=True
    )
    if decision is None:
        return None
    if decision.slot is None:
        return DueRun(job.id, decision.trigger, None)
    if now - decision.slot <= on_time:
        return DueRun(job.id, Trigger.SCHEDULED, decision.slot)
    if job.catch_up and catch_up_enabled:
        return DueRun(job.id, Trigger.CATCH_UP, decision.slot)
    return None


def already_ran(job: Job, runs: RunRepository, slot: datetime | None, trigger: Trigger) -> bool:
    """True when the slot's run already happened: a scheduled run of the job started at or after it
    (any run at all, for a first run) that was not cut off. A queued run found so is a duplicate; a run
    interrupted when its worker died is run again. A run asked for by hand (Sync now, the CLI) is
    never a duplicate: it was asked for once, and its queueing lock kept it from being queued twice."""
    assert job.id is not None
    if trigger.value in UNSCHEDULED_TRIGGERS:
        return False
    recent = runs.list_runs(RunQuery(job_id=job.id, since=slot), limit=20)
    return any(_counts(run, first=slot is None) for run in recent)


def _counts(run: SyncRun, *, first: bool) -> bool:
    if run.status is RunStatus.INTERRUPTED:
        return False
    return first or run.trigger.value not in UNSCHEDULED_TRIGGERS
