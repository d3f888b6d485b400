"""The window, started offscreen in a child process as a user starts it, owns the schedule: the real
command line in other processes goes through its control API, so a job added, rescheduled, paused and
triggered from the command line runs (or stops running) in the window's scheduler."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.control.client import ControlClient, ControlError, find_instance
from app.control.token_file import read_token_file
from app.sandbox.simple import SimpleSimulator
from tests.cli.process import ROOT, json_store_args, run_cli
from tests.integration.test_cli_through_instance import cli, next_run, wait_for
from tests.sync.harness import start_simulator

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(300)
    yield server
    server.stop()


@contextmanager
def window(data_dir: Path, output: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`storesync gui` offscreen in a child process, serving the control API once it returns."""
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "--data-dir", str(data_dir), "gui"],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        )
        try:
            wait_for(lambda: process.poll() is not None or read_token_file(data_dir), "the token file", 60)
            assert process.poll() is None, output.read_text(errors="replace")
            yield process
        finally:
            process.terminate()
            process.wait(timeout=30)


@contextmanager
def finished_runs(data_dir: Path) -> Iterator[list[dict[str, Any]]]:
    """The runs the instance itself reports finished on its event stream while the block runs."""
    endpoint = find_instance(data_dir)
    assert endpoint is not None
    seen: list[dict[str, Any]] = []
    listening = threading.Event()

    async def follow() -> None:
        async with ControlClient(endpoint) as client:
            with contextlib.suppress(ControlError):  # the window stopped, ending the stream
                async for event in client.events(["sync_finished", "sync_failed"]):
                    seen.append(event["run"])

    def listen() -> None:
        listening.set()
        asyncio.run(follow())

    threading.Thread(target=listen, daemon=True).start()
    listening.wait(10)
    yield seen


def test_jobs_changed_from_the_cli_run_or_stop_in_the_window(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    added_store = run_cli(
        "--data-dir", str(data_dir), "store", "add", "Warehouse", "--platform", "generic_json",
        "--no-first-sync", "--no-jobs", *json_store_args(simulator),
    )  # fmt: skip
    assert added_store.code == 0, added_store.err
    with window(data_dir, tmp_path / "window.log"), finished_runs(data_dir) as runs:
        added = cli(
            data_dir, "job", "add", "--store", "Warehouse", "--kind", "inventory_pull", "--cron", "* * * * *"
        )
        assert added.code == 0, added.err
        job_id = int(re.search(r"Added job (\d+)", added.out).group(1))  # type: ignore[union-attr]

        # Nothing but the window's scheduler starts a scheduled run: it took the job at once.
        scheduled = wait_for(
            lambda: finished(data_dir, job_id, "scheduled"),
            "the window's scheduled run of the job added from the CLI",
            90,
        )
        assert scheduled[0]["counts"]["fetched"] == 300

        changed = cli(data_dir, "job", "set-schedule", str(job_id), "--daily", "03:17")
        assert changed.code == 0, changed.err
        rescheduled = next_run(data_dir, job_id)
        assert rescheduled is not None and rescheduled.astimezone().strftime("%H:%M") == "03:17"

        assert cli(data_dir, "job", "pause", str(job_id)).code == 0
        assert next_run(data_dir, job_id) is None
        assert "Daily at 03:17 [paused]" in cli(data_dir, "job", "list").out

        triggered = cli(data_dir, "sync", "--store", "Warehouse")  # by name: a paused job runs once
        assert triggered.code == 0, triggered.err
        assert "Warehouse · inventory_pull: succeeded - fetched 300, created 0, updated 0, unchanged 300" in (
            triggered.out
        )
        wait_for(
            lambda: [run for run in runs if run["job_id"] == job_id and run["trigger"] == "cli"],
            "the window to report the run the CLI asked for",
        )
        assert json.loads(cli(data_dir, "job", "show", str(job_id), "--json").out)["paused"] is True

        second = run_cli("--data-dir", str(data_dir), "headless", timeout=60)
        assert second.code != 0
        assert second.err.count("\n") == 1 and "already running" in second.err
    assert not (data_dir / "control-api.json").exists()


def finished(data_dir: Path, job_id: int, trigger: str) -> list[dict[str, Any]]:
    """The job's succeeded runs started by `trigger`, from `storesync history`."""
    shown = cli(data_dir, "history", "--job", str(job_id), "--status", "succeeded", "--json")
    assert shown.code == 0, shown.err
    return [run for run in json.loads(shown.out)["runs"] if run["trigger"] == trigger]
