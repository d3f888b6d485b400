"""`python -m bench soak --minutes M --json`: the headless demo in a child process for M minutes with
every job every minute; its resident memory at the start and the end, and whether it crashed.

The demo simulators inject no faults, so every failed run is a failure the simulator did not inject."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from typing import Any

import psutil

from bench.simulator_process import ROOT
from bench.targets import check


def _rss_mb(process: psutil.Process) -> float:
    return round(float(process.memory_info().rss) / 1_048_576, 1)


def soak(minutes: float, interval_minutes: int = 1) -> dict[str, Any]:
    figures: dict[str, Any] = {"minutes": minutes, "interval_minutes": interval_minutes}
    with tempfile.TemporaryDirectory(prefix="storesync-soak-") as data_dir:
        command = [
            sys.executable,
            "-m",
            "bench.soak_child",
            "--data-dir",
            data_dir,
            "--minutes",
            str(minutes),
            "--interval-minutes",
            str(interval_minutes),
        ]
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stderr is not None
        ready = child.stdout.readline()
        watched = psutil.Process(child.pid)
        figures["ready"] = ready.strip()
        figures["rss_start_mb"] = _rss_mb(watched) if ready else None
        samples = [figures["rss_start_mb"]] if ready else []
        deadline = time.monotonic() + minutes * 60
        while ready and child.poll() is None and time.monotonic() < deadline:
            time.sleep(min(5.0, max(0.1, deadline - time.monotonic())))
            if child.poll() is None:
                samples.append(_rss_mb(watched))
        figures["rss_end_mb"] = samples[-1] if samples else None
        figures["rss_max_mb"] = max(samples) if samples else None
        output, errors = child.communicate(timeout=120)
        figures["exit_code"] = child.returncode
        result: dict[str, Any] = {}
        for line in output.splitlines()[::-1]:
            if line.startswith("{"):
                result = json.loads(line)
                break
    figures["crashed"] = child.returncode != 0 or not result
    if figures["crashed"]:
        figures["stderr_tail"] = errors[-2000:]
    statuses = result.get("statuses", {})
    figures["runs"] = result.get("runs", 0)
    figures["failures"] = statuses.get("failed", 0)
    figures["partial"] = statuses.get("partial", 0)
    figures["unexpected_failures"] = figures["failures"]
    figures["statuses"] = statuses
    figures["failure_reasons"] = result.get("failure_reasons", {})
    figures["skip_reasons"] = result.get("skip_reasons", {})
    figures["child_wall_seconds"] = result.get("wall_seconds")
    figures["shutdown"] = next((line for line in errors.splitlines() if line.startswith("stopped in")), None)
    if figures["rss_start_mb"] is not None and figures["rss_end_mb"] is not None:
        figures["rss_growth_mb"] = round(figures["rss_end_mb"] - figures["rss_start_mb"], 1)
    figures["targets"] = check("soak", figures)
    return figures
