"""The same scheduler on the window's event loop (qasync): jobs fire, the heartbeat ticks, and
quitting with a sync still running stops without a traceback."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from app.core.events import WallClockJumped
from app.core.models import RunStatus, Trigger
from app.core.schedule import ScheduleSpec
from app.storage import open_storage
from tests.scheduling.conftest import Rig, wait_for


def test_fires_ticks_and_stops_quietly_on_qasync(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    storage = open_storage(tmp_path / "data")
    outcome: dict[str, object] = {}

    async def scenario() -> None:
        rig = Rig(storage)
        job_id = await rig.add_job(ScheduleSpec.every(hours=1))
        await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
        scheduler = await rig.start(heartbeat_seconds=0.05)
        assert scheduler.apscheduler is not None
        scheduled = scheduler.apscheduler.get_job(str(job_id))
        scheduled.modify(next_run_time=datetime.now(UTC) + timedelta(milliseconds=50))
        await wait_for(lambda: len(rig.runner.results) == 1)

        rig.now += timedelta(hours=2)
        await wait_for(lambda: bool(rig.events.of(WallClockJumped)))

        await wait_for(lambda: len(rig.runner.results) == 2)
        rig.runner.hold()
        assert scheduler.run_now(job_id)
        await wait_for(lambda: rig.runner.is_running(job_id))
        await scheduler.shutdown(timeout=1.0)
        outcome["calls"] = [call[1] for call in rig.runner.calls]
        outcome["statuses"] = [run.status for run in rig.runner.results]

    try:
        with caplog.at_level(logging.DEBUG):
            loop.run_until_complete(asyncio.wait_for(scenario(), 5.0))
    finally:
        loop.close()
        storage.close()

    assert outcome["calls"] == [Trigger.SCHEDULED, Trigger.CATCH_UP, Trigger.MANUAL]
    assert outcome["statuses"] == [RunStatus.SUCCEEDED] * 3
    assert "Traceback" not in caplog.text
    assert "CancelledError" not in caplog.text
