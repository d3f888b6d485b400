"""The running scheduler: jobs fire on their schedules, and every control takes effect at once."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from app.core.events import ScheduleChanged
from app.core.models import RunStatus, Trigger
from app.core.schedule import ScheduleSpec
from app.scheduling import SyncScheduler
from tests.scheduling.conftest import Rig, wait_for

HOURLY = ScheduleSpec.every(hours=1, timezone="UTC")


def fire_soon(scheduler: SyncScheduler, job_id: int) -> None:
    """Bring the job's next fire to a moment from now, through APScheduler's own timer."""
    assert scheduler.apscheduler is not None
    scheduled = scheduler.apscheduler.get_job(str(job_id))
    scheduled.modify(next_run_time=datetime.now(UTC) + timedelta(milliseconds=50))


def ran_recently(rig: Rig, *job_ids: int) -> None:
    for job_id in job_ids:
        rig.runs.add(job_id, Trigger.SCHEDULED, rig.now)


async def test_start_schedules_the_jobs_of_enabled_stores(rig: Rig) -> None:
    shop = rig.stores.add_store("shop")
    closed = rig.stores.add_store("closed shop", enabled=False)
    hourly = rig.stores.add_job(HOURLY, shop)
    disabled = rig.stores.add_job(HOURLY, closed)
    cleanup = rig.stores.add_job(ScheduleSpec.daily("02:00", timezone="Europe/Warsaw"))
    ran_recently(rig, 1, 2, 3)
    before = datetime.now(UTC)

    scheduler = await rig.start()

    assert scheduler.next_run_time(hourly.id or 0) == HOURLY.next_times(1, before)[0]
    assert scheduler.next_run_time(cleanup.id or 0) == cleanup.schedule.next_times(1, before)[0]
    assert scheduler.next_run_time(disabled.id or 0) is None
    announced = {event.job_id: event.next_run for event in rig.events.of(ScheduleChanged)}
    assert announced[1] == scheduler.next_run_time(1)
    assert rig.runner.calls == []


async def test_sunday_cron_job_next_runs_on_sunday(rig: Rig) -> None:
    job = rig.stores.add_job(ScheduleSpec.from_cron("0 9 * * 0"))
    ran_recently(rig, 1)
    scheduler = await rig.start()
    next_run = scheduler.next_run_time(job.id or 0)
    assert next_run is not None
    assert next_run.strftime("%A %H:%M") == "Sunday 09:00"


async def test_a_job_fires_on_schedule_and_its_next_time_moves_on(rig: Rig) -> None:
    job = rig.stores.add_job(HOURLY)
    ran_recently(rig, 1)
    scheduler = await rig.start()

    fire_soon(scheduler, 1)
    await wait_for(lambda: len(rig.runner.results) == 1)

    assert rig.runner.calls == [(job.id, Trigger.SCHEDULED, None)]
    assert scheduler.next_run_time(1) == HOURLY.next_times(1, datetime.now(UTC))[0]
    assert rig.events.of(ScheduleChanged)[-1].next_run == scheduler.next_run_time(1)


async def test_a_fire_while_the_job_still_runs_reaches_the_engine_and_is_recorded_skipped(rig: Rig) -> None:
    rig.stores.add_job(HOURLY)
    ran_recently(rig, 1)
    scheduler = await rig.start()
    rig.runner.hold()

    fire_soon(scheduler, 1)
    await wait_for(lambda: rig.runner.is_running(1))
    fire_soon(scheduler, 1)
    await wait_for(lambda: len(rig.runner.results) == 1)

    assert rig.runner.results[0].status is RunStatus.SKIPPED
    rig.runner.release()
    await wait_for(lambda: len(rig.runner.results) == 2)
    assert rig.runner.results[1].status is RunStatus.SUCCEEDED


async def test_run_now_starts_a_manual_run_once(rig: Rig) -> None:
    rig.stores.add_job(HOURLY)
    ran_recently(rig, 1)
    scheduler = await rig.start()
    rig.runner.hold()

    assert scheduler.run_now(1) is True
    assert scheduler.is_running(1)
    assert scheduler.run_now(1) is False
    await wait_for(lambda: rig.runner.is_running(1))
    assert scheduler.run_now(1, Trigger.CLI) is False
    rig.runner.release()
    await wait_for(lambda: not scheduler.is_running(1))

    assert rig.runner.calls == [(1, Trigger.MANUAL, None)]
    assert scheduler.run_now(1, Trigger.CLI) is True
    assert scheduler.run_now(99) is False


async def test_pausing_a_job_is_saved_and_takes_effect_at_once(rig: Rig) -> None:
    rig.stores.add_job(HOURLY)
    rig.stores.add_job(HOURLY)
    ran_recently(rig, 1, 2)
    scheduler = await rig.start()

    await scheduler.pause_job(1)

    assert rig.stores.jobs[1].paused is True
    assert scheduler.next_run_time(1) is None
    assert scheduler.next_run_time(2) is not None
    assert rig.events.of(ScheduleChanged)[-1] == ScheduleChanged(job_id=1, next_run=None, paused=True)

    await scheduler.resume_job(1)

    assert rig.stores.jobs[1].paused is False
    assert scheduler.next_run_time(1) == HOURLY.next_times(1, datetime.now(UTC) - timedelta(seconds=1))[0]
    assert rig.events.of(ScheduleChanged)[-1].paused is False


async def test_a_paused_job_stays_paused_after_a_restart(rig: Rig) -> None:
    rig.stores.add_job(HOURLY, paused=True)
    scheduler = await rig.start()
    assert scheduler.next_run_time(1) is None
    assert rig.runner.calls == []


async def test_pause_all_is_saved_stops_firing_and_resume_does_not_replay(rig: Rig) -> None:
    rig.stores.add_job(HOURLY)
    rig.stores.add_job(ScheduleSpec.daily("06:00"))
    ran_recently(rig, 1, 2)
    scheduler = await rig.start()

    await scheduler.pause_all()

    assert rig.settings.values["paused_all"] is True
    assert [scheduler.next_run_time(1), scheduler.next_run_time(2)] == [None, None]
    assert {(e.job_id, e.paused) for e in rig.events.of(ScheduleChanged)[-2:]} == {(1, True), (2, True)}

    assert scheduler.apscheduler is not None
    scheduler.apscheduler.get_job("1").modify(next_run_time=datetime.now(UTC) - timedelta(minutes=5))
    await scheduler.resume_all()

    assert rig.settings.values["paused_all"] is False
    next_run = scheduler.next_run_time(1)
    assert next_run is not None and next_run > datetime.now(UTC)
    assert rig.events.of(ScheduleChanged)[-1].paused is False


async def test_pause_all_survives_a_restart_but_sync_now_still_works(rig: Rig) -> None:
    rig.stores.add_job(HOURLY)
    rig.settings.values["paused_all"] = True
    scheduler = await rig.start()

    assert scheduler.next_run_time(1) is None
    assert rig.runner.calls == []
    assert scheduler.run_now(1)
    await wait_for(lambda: rig.runner.calls == [(1, Trigger.MANUAL, None)])


async def test_reload_applies_a_changed_schedule_at_once(rig: Rig) -> None:
    shop = rig.stores.add_store("shop")
    rig.stores.add_job(HOURLY, shop)
    ran_recently(rig, 1)
    scheduler = await rig.start()
    weekly = ScheduleSpec.weekly(("sat",), "07:45", timezone="Asia/Tokyo")

    rig.stores.jobs[1].schedule = weekly
    scheduler.reload_job(1)

    assert scheduler.next_run_time(1) == weekly.next_times(1, datetime.now(UTC))[0]
    assert rig.events.of(ScheduleChanged)[-1].next_run == scheduler.next_run_time(1)

    shop.enabled = False
    scheduler.reload_job(1)
    assert scheduler.next_run_time(1) is None


async def test_removed_and_unknown_jobs_have_no_next_run(rig: Rig) -> None:
    rig.stores.add_job(HOURLY)
    ran_recently(rig, 1)
    scheduler = await rig.start()

    scheduler.remove_job(1)
    scheduler.reload_job(42)

    assert scheduler.next_run_time(1) is None
    assert scheduler.next_run_time(42) is None
    assert rig.events.of(ScheduleChanged)[-2:] == [
        ScheduleChanged(job_id=1, next_run=None, paused=False),
        ScheduleChanged(job_id=42, next_run=None, paused=False),
    ]


async def test_a_job_with_a_broken_schedule_is_left_out_and_logged(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    rig.stores.add_job(ScheduleSpec.from_cron("0 25 * * *"))
    rig.stores.add_job(HOURLY)
    ran_recently(rig, 1, 2)
    with caplog.at_level(logging.WARNING, logger="app.scheduling"):
        scheduler = await rig.start()

    assert scheduler.next_run_time(1) is None
    assert scheduler.next_run_time(2) is not None
    assert "Job 1 is not scheduled: The hour field of the cron expression, '25'" in caplog.text
