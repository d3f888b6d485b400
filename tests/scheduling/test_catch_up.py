"""Runs missed while the app was closed or the computer slept run once, marked catch-up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.events import ScheduleChanged, WallClockJumped
from app.core.models import Trigger
from app.core.schedule import ScheduleSpec
from app.scheduling.catch_up import latest_due_slot
from tests.scheduling.conftest import Rig, wait_for

DAILY_MIDNIGHT = ScheduleSpec.daily("00:00", timezone="UTC")
NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def midnight_of(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


async def test_a_job_that_never_ran_runs_once_at_start(rig: Rig) -> None:
    job_id = await rig.add_job(DAILY_MIDNIGHT)
    await rig.start()
    await wait_for(lambda: len(rig.runner.results) == 1)
    assert rig.runner.calls == [(job_id, Trigger.INITIAL, None)]


async def test_a_missed_slot_runs_once_marked_catch_up_with_how_late(rig: Rig) -> None:
    job_id = await rig.add_job(DAILY_MIDNIGHT)
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now - timedelta(days=3))
    await rig.start()
    await wait_for(lambda: len(rig.runner.results) == 1)
    late_by = (rig.now - midnight_of(rig.now)).total_seconds()
    assert rig.runner.calls == [(job_id, Trigger.CATCH_UP, late_by)]
    recorded = rig.storage.runs.last_run(job_id)
    assert recorded is not None
    assert (recorded.trigger, recorded.late_by_seconds) == (Trigger.CATCH_UP, late_by)


async def test_many_missed_slots_still_run_only_once(rig: Rig) -> None:
    job_id = await rig.add_job(ScheduleSpec.every(minutes=10))
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now - timedelta(days=2))
    await rig.start()
    await wait_for(lambda: len(rig.runner.results) == 1)
    [(called, trigger, late_by)] = rig.runner.calls
    assert (called, trigger) == (job_id, Trigger.CATCH_UP)
    assert late_by is not None and 0 <= late_by < 600


async def test_a_job_that_ran_only_by_hand_catches_up_from_that_run(rig: Rig) -> None:
    job_id = await rig.add_job(DAILY_MIDNIGHT)
    await rig.add_run(job_id, Trigger.MANUAL, rig.now - timedelta(days=2))
    await rig.start()
    await wait_for(lambda: len(rig.runner.results) == 1)
    assert rig.runner.calls[0][:2] == (job_id, Trigger.CATCH_UP)


@pytest.mark.parametrize("reason", ["job opted out", "setting off", "job paused", "nothing missed"])
async def test_no_catch_up_when_not_wanted_or_not_needed(rig: Rig, reason: str) -> None:
    three_days_ago = rig.now - timedelta(days=3)
    job_id = await rig.add_job(
        DAILY_MIDNIGHT, catch_up=reason != "job opted out", paused=reason == "job paused"
    )
    control = await rig.add_job(DAILY_MIDNIGHT, catch_up=reason != "setting off")
    await rig.add_run(control, Trigger.SCHEDULED, three_days_ago)
    if reason == "setting off":
        await rig.storage.settings.set_setting("catch_up_missed_runs", False)
    last_run = midnight_of(rig.now) + timedelta(seconds=5) if reason == "nothing missed" else three_days_ago
    await rig.add_run(job_id, Trigger.SCHEDULED, last_run)

    await rig.start()

    if reason == "setting off":
        assert rig.runner.calls == []
    else:
        await wait_for(lambda: len(rig.runner.results) == 1)
        assert [call[:2] for call in rig.runner.calls] == [(control, Trigger.CATCH_UP)]


async def test_clock_jump_is_reported_and_missed_runs_catch_up(rig: Rig) -> None:
    job_id = await rig.add_job(ScheduleSpec.every(hours=1))
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
    scheduler = await rig.start()
    assert scheduler.check_clock() is None
    rig.now += timedelta(seconds=50)
    rig.mono += 50
    assert scheduler.check_clock() is None

    rig.now += timedelta(hours=3)
    rig.mono += 60
    jump = scheduler.check_clock()

    assert jump is not None
    assert jump == pytest.approx(3 * 3600 - 60)
    assert rig.events.of(WallClockJumped) == [WallClockJumped(seconds=jump)]
    await wait_for(lambda: len(rig.runner.results) == 1)
    [(called, trigger, late_by)] = rig.runner.calls
    assert (called, trigger) == (job_id, Trigger.CATCH_UP)
    assert late_by is not None and 0 <= late_by < 3600
    assert rig.events.of(ScheduleChanged)[-1].next_run == scheduler.next_run_time(job_id)


async def test_a_clock_set_back_brings_next_runs_back_in_line(rig: Rig) -> None:
    hourly = ScheduleSpec.every(hours=1)
    job_id = await rig.add_job(hourly)
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
    scheduler = await rig.start()
    assert scheduler.apscheduler is not None
    scheduler.apscheduler.get_job(str(job_id)).modify(next_run_time=datetime.now(UTC) + timedelta(hours=3))

    rig.now -= timedelta(hours=2)
    rig.mono += 60
    jump = scheduler.check_clock()

    assert jump is not None and jump < -7000
    a_moment_ago = datetime.now(UTC) - timedelta(seconds=1)
    assert scheduler.next_run_time(job_id) == hourly.next_times(1, a_moment_ago)[0]
    assert rig.runner.calls == []


async def test_the_heartbeat_job_notices_a_jump_by_itself(rig: Rig) -> None:
    job_id = await rig.add_job(ScheduleSpec.every(hours=1))
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
    await rig.start(heartbeat_seconds=0.05)
    rig.now += timedelta(minutes=5)
    await wait_for(lambda: len(rig.events.of(WallClockJumped)) == 1)
    assert rig.events.of(WallClockJumped)[0].seconds > 90


async def test_a_run_missed_past_the_grace_time_catches_up(rig: Rig) -> None:
    far_from_now = ScheduleSpec.daily(f"{rig.now + timedelta(hours=12):%H:%M}", timezone="UTC")
    job_id = await rig.add_job(far_from_now)
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now - timedelta(minutes=1))
    scheduler = await rig.start(misfire_grace_seconds=1)
    assert scheduler.apscheduler is not None

    missed = rig.now - timedelta(seconds=30)
    scheduler.apscheduler.get_job(str(job_id)).modify(next_run_time=missed)
    await wait_for(lambda: len(rig.runner.results) == 1)

    assert rig.runner.calls == [(job_id, Trigger.CATCH_UP, 30.0)]


def test_latest_due_slot_finds_the_most_recent_missed_slot() -> None:
    every_ten = ScheduleSpec.every(minutes=10, timezone="UTC")
    assert latest_due_slot(every_ten, NOON - timedelta(days=40), NOON + timedelta(minutes=7)) == NOON
    assert latest_due_slot(every_ten, NOON, NOON + timedelta(minutes=7)) is None
    leap_day = ScheduleSpec.from_cron("0 6 29 2 *", timezone="UTC")
    since = datetime(2021, 1, 1, tzinfo=UTC)
    assert latest_due_slot(leap_day, since, NOON) == datetime(2024, 2, 29, 6, 0, tzinfo=UTC)
