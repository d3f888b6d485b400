"""`python -m bench startup --json`: median of N cold starts of `python main.py` to the window shown.

Each start is a new process (STORESYNC_EXIT_WHEN_SHOWN=1: the app prints "window-shown <ms since
process start>" on the window's first show and quits). The data directory is made by one untimed
start first, as on a merchant's machine after the first day. Offscreen Qt unless DISPLAY is set."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

from bench.simulator_process import ROOT
from bench.targets import check

MARKER = "window-shown"
TIMEOUT_SECONDS = 60


def _one_start(data_dir: str) -> tuple[float, float | None, str]:
    """(seconds from spawn to the marker, the app's own figure in seconds, problem or "")."""
    env = {**os.environ, "STORESYNC_EXIT_WHEN_SHOWN": "1"}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", data_dir],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    shown_at: float | None = None
    reported: float | None = None
    for line in child.stdout:
        if line.startswith(MARKER):
            shown_at = time.perf_counter() - started
            parts = line.split()
            reported = float(parts[1]) / 1000 if len(parts) > 1 else None
            break
    try:
        _, errors = child.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        child.kill()
        _, errors = child.communicate()
    if shown_at is None:
        tail = errors.strip().splitlines()[-1:] if errors else []
        return 0.0, None, f"no '{MARKER}' line (exit {child.returncode}) {' '.join(tail)}"[:300]
    return shown_at, reported, ""


def measure_startup(runs: int = 5) -> dict[str, Any]:
    figures: dict[str, Any] = {"runs": runs, "load_average_1m": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="storesync-startup-") as data_dir:
        first, _, problem = _one_start(data_dir)
        if problem:
            return {**figures, "available": False, "reason": f"the app did not report its window: {problem}"}
        figures["first_start_seconds"] = round(first, 3)
        measured, reported = [], []
        for _ in range(runs):
            seconds, own, problem = _one_start(data_dir)
            if problem:
                return {**figures, "available": False, "reason": problem}
            measured.append(round(seconds, 3))
            if own is not None:
                reported.append(round(own, 3))
    figures["available"] = True
    figures["seconds"] = measured
    figures["median_seconds"] = round(statistics.median(measured), 3)
    if reported:
        figures["app_reported_median_seconds"] = round(statistics.median(reported), 3)
    figures["targets"] = check("startup", figures)
    return figures
