"""DESIGN.md §4 "Qt version": PySide6 6.12.0 on Python 3.11 drops a reference to None on every
killTimer, and qasync calls killTimer for every loop callback, so a tray app aborts after minutes.

The pin in pyproject.toml keeps 6.12 out on 3.11; these tests fail if a version bump brings the
leak back. The loop runs in a child process so the suite's own QApplication cannot interfere and a
`none_dealloc` abort shows up as a failed test instead of killing pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import PySide6

CALLBACKS = 25_000
# A healthy build loses a handful of None references to unrelated interpreter work; the broken one
# loses about 0.7 per killTimer, i.e. thousands over this many callbacks.
ALLOWED_DROP = 200

CHILD = textwrap.dedent(
    f"""
    import asyncio, sys
    from PySide6.QtWidgets import QApplication
    import qasync

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def spin(count):
        for _ in range(count):
            await asyncio.sleep(0)

    def chain(remaining, done):
        if remaining:
            loop.call_soon(chain, remaining - 1, done)
        else:
            done.set_result(None)

    async def main():
        await spin(500)  # warm up caches before the first measurement
        before = sys.getrefcount(None)
        await spin({CALLBACKS} // 2)
        done = loop.create_future()
        loop.call_soon(chain, {CALLBACKS} // 2, done)
        await done
        await asyncio.sleep(0.05)  # the Qt timer path: a real timer is started and killed
        after = sys.getrefcount(None)
        print(before, after)

    with loop:
        loop.run_until_complete(main())
    """
)


def _run_child() -> tuple[int, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        cwd=Path(__file__).resolve().parent,
        check=False,
    )
    assert result.returncode == 0, f"qasync loop crashed (exit {result.returncode}): {result.stderr[-2000:]}"
    before, after = (int(value) for value in result.stdout.split()[-2:])
    return before, after


def test_a_long_running_qasync_loop_keeps_its_references_to_none() -> None:
    before, after = _run_child()
    assert after >= before - ALLOWED_DROP, (
        f"None lost {before - after} references over {CALLBACKS} qasync callbacks: this PySide6 "
        f"({PySide6.__version__}) would crash a running app (DESIGN.md §4)"
    )


def test_python_3_11_runs_a_pyside6_without_the_killtimer_leak() -> None:
    version = tuple(int(part) for part in PySide6.__version__.split(".")[:2])
    if sys.version_info[:2] == (3, 11):
        assert version < (6, 12), f"PySide6 {PySide6.__version__} leaks None on Python 3.11 (DESIGN.md §4)"
    assert version >= (6, 9), f"PySide6 {PySide6.__version__} is older than the supported 6.9"
