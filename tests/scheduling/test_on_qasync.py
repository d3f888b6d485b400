"""The same scheduler on the window's event loop (qasync): jobs fire, the heartbeat notices a jump,
and quitting with a sync still running stops without a traceback.

Runs in a child process, as the real app does, so the Qt application and its loop live and die with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import asyncio, io, json, logging, sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path

    import qasync
    from PySide6.QtWidgets import QApplication

    from app.core.events import WallClockJumped
    from app.core.models import Trigger
    from app.core.schedule import ScheduleSpec
    from app.storage import open_storage
    from tests.scheduling.conftest import Rig, wait_for

    captured = io.StringIO()
    logging.basicConfig(stream=captured, level=logging.DEBUG)
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    storage = open_storage(Path(sys.argv[1]))
    outcome = {}

    async def scenario():
        rig = Rig(storage)
        job_id = await rig.add_job(ScheduleSpec.every(hours=1))
        await rig.add_run(job_id, Trigger.SCHEDULED, rig.now)
        scheduler = await rig.start(heartbeat_seconds=0.05)
        scheduled = scheduler.apscheduler.get_job(str(job_id))
        scheduled.modify(next_run_time=datetime.now(UTC) + timedelta(milliseconds=50))
        await wait_for(lambda: len(rig.runner.results) == 1)

        rig.now += timedelta(hours=2)
        await wait_for(lambda: len(rig.runner.results) == 2)
        outcome["jumps"] = len(rig.events.of(WallClockJumped))

        rig.runner.hold()
        outcome["started"] = scheduler.run_now(job_id)
        await wait_for(lambda: rig.runner.is_running(job_id))
        await scheduler.shutdown(timeout=1.0)
        outcome["triggers"] = [call[1].value for call in rig.runner.calls]
        outcome["statuses"] = [run.status.value for run in rig.runner.results]

    with loop:
        loop.run_until_complete(asyncio.wait_for(scenario(), 10.0))
    storage.close()
    outcome["log"] = captured.getvalue()
    print(json.dumps(outcome))
    """
)


def test_fires_notices_a_jump_and_stops_quietly_on_qasync(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    outcome = json.loads(child.stdout.strip().splitlines()[-1])

    assert outcome["triggers"] == ["scheduled", "catch-up", "manual"]
    assert outcome["statuses"] == ["succeeded"] * 3
    assert outcome["jumps"] >= 1
    assert outcome["started"] is True
    assert "Traceback" not in outcome["log"] + child.stderr
    assert "CancelledError" not in outcome["log"] + child.stderr
