"""The running scheduler: jobs fire on their schedules, and every control takes effect at once."""

from __future__ import annotations

import logging
from dataclasses import replace
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


async def hourly_job_that_just_ran(rig: Rig) -> int:
    job_id = await rig.add_job(HOURLY)
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
    return job_id


async def test_start_schedules_the_jobs_of_enabled_stores(rig: Rig) -> None:
    shop = await rig.add_store("shop")
    closed = await rig.add_store("closed shop", enabled=False)
    hourly = await rig.add_job(HOURLY, shop)
    disabled = await rig.add_job(HOURLY, closed)
    cleanup = await rig.add_job(ScheduleSpec.daily("02:00", timezone="Europe/Warsaw"))
    for job_id in (hourly, disabled, cleanup):
        await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
    before = datetime.now(UTC)

    scheduler = await rig.start()

    assert scheduler.next_run_time(hourly) == HOURLY.next_times(1, before)[0]
    assert scheduler.next_run_time(cleanup) == rig.job(cleanup).schedule.next_times(1, before)[0]
    assert scheduler.next_run_time(disabled) is None
    announced = {event.job_id: event.next_run for event in rig.events.of(ScheduleChanged)}
    assert announced[hourly] == scheduler.next_run_time(hourly)
    assert rig.runner.calls == []


async def test_sunday_cron_job_next_runs_on_sunday(rig: Rig) -> None:
    job_id = await rig.add_job(ScheduleSpec.from_cron("0 9 * * 0"))
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
    scheduler = await rig.start()
    next_run = scheduler.next_run_time(job_id)
    assert next_run is not None
    assert next_run.strftime("%A %H:%M") == "Sunday 09:00"


async def test_a_job_fires_on_schedule_and_its_next_time_moves_on(rig: Rig) -> None:
    job_id = await hourly_job_that_just_ran(rig)
    scheduler = await rig.start()

    fire_soon(scheduler, job_id)
    await wait_for(lambda: len(rig.runner.results) == 1)

    assert rig.runner.calls == [(job_id, Trigger.SCHEDULED, None)]
    assert scheduler.next_run_time(job_id) == HOURLY.next_times(1, datetime.now(UTC))[0]
    assert rig.events.of(ScheduleChanged)[-1].next_run == scheduler.next_run_time(job_id)


async def test_a_fire_while_the_job_still_runs_reaches_the_engine_and_is_recorded_skipped(rig: Rig) -> None:
    job_id = await hourly_job_that_just_ran(rig)
    scheduler = await rig.start()
    rig.runner.hold()

    fire_soon(scheduler, job_id)
    await wait_for(lambda: rig.runner.is_running(job_id))
    fire_soon(scheduler, job_id)
    await wait_for(lambda: len(rig.runner.results) == 1)

    assert rig.runner.results[0].status is RunStatus.SKIPPED
    rig.runner.release()
    await wait_for(lambda: len(rig.runner.results) == 2)
    assert rig.runner.results[1].status is RunStatus.SUCCEEDED
    last = rig.storage.runs.last_run(job_id)
    assert last is not None and last.status in (RunStatus.SUCCEEDED, RunStatus.SKIPPED)


async def test_run_now_starts_a_manual_run_once(rig: Rig) -> None:
    job_id = await hourly_job_that_just_ran(rig)
    scheduler = await rig.start()
    rig.runner.hold()

    assert scheduler.run_now(job_id) is True
    assert scheduler.is_running(job_id)
    assert scheduler.run_now(job_id) is False
    await wait_for(lambda: rig.runner.is_running(job_id))
    assert scheduler.run_now(job_id, Trigger.CLI) is False
    rig.runner.release()
    await wait_for(lambda: not scheduler.is_running(job_id))

    assert rig.runner.calls == [(job_id, Trigger.MANUAL, None)]
    assert scheduler.run_now(job_id, Trigger.CLI) is True
    assert scheduler.run_now(99) is False


async def test_pausing_a_job_is_saved_and_takes_effect_at_once(rig: Rig) -> None:
    first = await hourly_job_that_just_ran(rig)
    second = await hourly_job_that_just_ran(rig)
    scheduler = await rig.start()

    await scheduler.pause_job(first)

    assert rig.job(first).paused is True
    assert scheduler.next_run_time(first) is None
    assert scheduler.next_run_time(second) is not None
    assert rig.events.of(ScheduleChanged)[-1] == ScheduleChanged(job_id=first, next_run=None, paused=True)

    await scheduler.resume_job(first)

    assert rig.job(first).paused is False
    assert scheduler.next_run_time(first) == HOURLY.next_times(1, datetime.now(UTC) - timedelta(seconds=1))[0]
    assert rig.events.of(ScheduleChanged)[-1].paused is False


async def test_a_paused_job_stays_paused_after_a_restart(rig: Rig) -> None:
    job_id = await rig.add_job(HOURLY, paused=True)
    scheduler = await rig.start()
    assert scheduler.next_run_time(job_id) is None
    assert rig.runner.calls == []


async def test_pause_all_is_saved_stops_firing_and_resume_does_not_replay(rig: Rig) -> None:
    hourly = await hourly_job_that_just_ran(rig)
    daily = await rig.add_job(ScheduleSpec.daily("06:00"))
    await rig.add_run(daily, Trigger.SCHEDULED, rig.now)
    scheduler = await rig.start()

    await scheduler.pause_all()

    assert rig.storage.settings.get_setting("paused_all") is True
    assert [scheduler.next_run_time(hourly), scheduler.next_run_time(daily)] == [None, None]
    announced = {(event.job_id, event.paused) for event in rig.events.of(ScheduleChanged)[-2:]}
    assert announced == {(hourly, True), (daily, True)}

    assert scheduler.apscheduler is not None
    scheduler.apscheduler.get_job(str(hourly)).modify(next_run_time=datetime.now(UTC) - timedelta(minutes=5))
    await scheduler.resume_all()

    assert rig.storage.settings.get_setting("paused_all") is False
    next_run = scheduler.next_run_time(hourly)
    assert next_run is not None and next_run > datetime.now(UTC)
    assert rig.events.of(ScheduleChanged)[-1].paused is False


async def test_pause_all_survives_a_restart_but_sync_now_still_works(rig: Rig) -> None:
    job_id = await rig.add_job(HOURLY)
    await rig.storage.settings.set_setting("paused_all", True)
    scheduler = await rig.start()

    assert scheduler.next_run_time(job_id) is None
    assert rig.runner.calls == []
    assert scheduler.run_now(job_id)
    await wait_for(lambda: rig.runner.calls == [(job_id, Trigger.MANUAL, None)])


async def test_reload_applies_a_changed_schedule_at_once(rig: Rig) -> None:
    shop = await rig.add_store("shop")
    job_id = await rig.add_job(HOURLY, shop)
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
    scheduler = await rig.start()
    weekly = ScheduleSpec.weekly(("sat",), "07:45", timezone="Asia/Tokyo")

    await rig.change_job(job_id, schedule=weekly)
    scheduler.reload_job(job_id)

    assert scheduler.next_run_time(job_id) == weekly.next_times(1, datetime.now(UTC))[0]
    assert rig.events.of(ScheduleChanged)[-1].next_run == scheduler.next_run_time(job_id)

    await rig.storage.stores.save_store(replace(shop, enabled=False))
    scheduler.reload_job(job_id)
    assert scheduler.next_run_time(job_id) is None


async def test_removed_and_unknown_jobs_have_no_next_run(rig: Rig) -> None:
    job_id = await hourly_job_that_just_ran(rig)
    scheduler = await rig.start()

    await rig.storage.stores.delete_job(job_id)
    scheduler.remove_job(job_id)
    scheduler.reload_job(42)

    assert scheduler.next_run_time(job_id) is None
    assert scheduler.next_run_time(42) is None
    assert rig.events.of(ScheduleChanged)[-2:] == [
        ScheduleChanged(job_id=job_id, next_run=None, paused=False),
        ScheduleChanged(job_id=42, next_run=None, paused=False),
    ]


async def test_a_job_with_a_broken_schedule_is_left_out_and_logged(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    broken = await rig.add_job(ScheduleSpec.from_cron("0 25 * * *"))
    fine = await hourly_job_that_just_ran(rig)
    await rig.add_run(broken, Trigger.SCHEDULED, rig.now)
    with caplog.at_level(logging.WARNING, logger="app.scheduling"):
        scheduler = await rig.start()

    assert scheduler.next_run_time(broken) is None
    assert scheduler.next_run_time(fine) is not None
    assert f"Job {broken} is not scheduled: The hour field of the cron expression, '25'" in caplog.text
