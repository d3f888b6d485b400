"""The control API on the window's event loop (qasync): served, answered and stopped cleanly.

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
    import asyncio, json, sys
    import qasync
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import StartOptions, start_services, stop_services
    from app.control.client import ControlClient, find_instance

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    outcome = {}

    async def scenario():
        runtime = await start_services(StartOptions(data_dir=sys.argv[1]))
        try:
            async with ControlClient(find_instance(runtime.data_dir)) as client:
                statuses = [await client.status() for _ in range(50)]
                outcome["loop"] = type(asyncio.get_running_loop()).__name__
                outcome["running"] = all(s["scheduler"]["running"] for s in statuses)
                outcome["paused"] = (await client.pause_all())["paused"]
        finally:
            await stop_services(runtime)
        outcome["file_left"] = (runtime.data_dir / "control-api.json").exists()

    with loop:
        loop.run_until_complete(asyncio.wait_for(scenario(), 30.0))
    print(json.dumps(outcome))
    """
)


def test_served_and_stopped_on_the_qasync_loop(tmp_path: Path) -> None:
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
    assert outcome == {"loop": "QSelectorEventLoop", "running": True, "paused": True, "file_left": False}
    assert "Traceback" not in child.stderr
