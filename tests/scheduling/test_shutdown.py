"""Quitting lets running syncs reach a safe point, then stops without a traceback in the log."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from app.core.models import RunStatus, Trigger
from app.core.schedule import ScheduleSpec
from tests.scheduling.conftest import Rig, wait_for


def far_from_now(rig: Rig) -> ScheduleSpec:
    """Not due while the test runs (every minute was due at each minute of the clock: a slot during
    the held run recorded a skipped run among the results)."""
    return ScheduleSpec.daily(f"{rig.now + timedelta(hours=12):%H:%M}", timezone="UTC")


def assert_quiet(caplog: pytest.LogCaptureFixture) -> None:
    assert "Traceback" not in caplog.text
    assert "CancelledError" not in caplog.text
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR] == []


async def test_shutdown_drains_running_syncs_then_stops_quietly(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    job_id = await rig.add_job(far_from_now(rig))
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
    scheduler = await rig.start()
    rig.runner.hold()
    scheduler.run_now(job_id)
    await wait_for(lambda: rig.runner.is_running(job_id))

    with caplog.at_level(logging.DEBUG):
        await scheduler.shutdown(timeout=2.5)

    assert rig.runner.drained_with == 2.5
    assert [run.status for run in rig.runner.results] == [RunStatus.SUCCEEDED]
    assert scheduler.apscheduler is None
    assert scheduler.next_run_time(job_id) is None
    assert_quiet(caplog)


async def test_a_sync_that_ignores_the_drain_is_stopped_without_a_traceback(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    job_id = await rig.add_job(far_from_now(rig))
    await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
    scheduler = await rig.start()
    rig.runner.ignore_drain = True
    scheduler.run_now(job_id)
    await wait_for(lambda: rig.runner.is_running(job_id))

    with caplog.at_level(logging.DEBUG):
        await scheduler.shutdown(timeout=0.2)

    assert not rig.runner.is_running(job_id)
    assert not scheduler.is_running(job_id)
    assert rig.runner.results == []
    assert_quiet(caplog)


async def test_shutdown_before_start_and_twice_is_harmless(rig: Rig) -> None:
    scheduler = rig.build()
    await scheduler.shutdown()
    await scheduler.start()
    assert scheduler.apscheduler is not None
    await scheduler.shutdown()
    await scheduler.shutdown()
    assert scheduler.apscheduler is None
