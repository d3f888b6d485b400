"""The command line and a running instance: with `storesync headless` running in a child process, the
real CLI in other processes goes through its control API, so job changes take effect in its scheduler
at once and a sync runs there; without one, the same commands work in-process. A refused token, a
stale token file and a second instance each end as one clear line."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.control.token_file import read_token_file, write_token_file
from app.sandbox.simple import SimpleSimulator
from tests.cli.process import ROOT, Result, json_store_args, run_cli
from tests.sync.harness import start_simulator

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(300)
    yield server
    server.stop()


def cli(data_dir: Path, *args: str) -> Result:
    return run_cli("--data-dir", str(data_dir), *args)


def add_store(data_dir: Path, simulator: SimpleSimulator, *extra: str) -> None:
    added = cli(
        data_dir, "store", "add", "Warehouse", "--platform", "generic_json", "--no-first-sync",
        *json_store_args(simulator), *extra,
    )  # fmt: skip
    assert added.code == 0, added.err


def wait_for(condition: Callable[[], Any], what: str, seconds: float = 20) -> Any:
    deadline = time.monotonic() + seconds
    while not (found := condition()):
        assert time.monotonic() < deadline, f"{what} not reached within {seconds} s"
        time.sleep(0.02)
    return found


@contextmanager
def headless(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """`storesync headless` in a child process, serving the control API once it returns."""
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--data-dir", str(data_dir), "headless"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        wait_for(lambda: process.poll() is not None or read_token_file(data_dir), "the token file")
        assert process.poll() is None, process.communicate()[1]
        yield process
    finally:
        process.terminate()
        process.communicate(timeout=30)


def job_entry(data_dir: Path, job_id: int) -> dict[str, Any]:
    shown = cli(data_dir, "job", "show", str(job_id), "--json")
    assert shown.code == 0, shown.err
    entry: dict[str, Any] = json.loads(shown.out)
    return entry


def next_run(data_dir: Path, job_id: int) -> datetime | None:
    value = job_entry(data_dir, job_id)["next_run"]
    return None if value is None else datetime.fromisoformat(value)


def test_job_changes_from_the_cli_take_effect_in_the_running_instance(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    add_store(data_dir, simulator, "--no-jobs")
    with headless(data_dir):
        added = cli(
            data_dir, "job", "add", "--store", "Warehouse", "--kind", "inventory_pull", "--every", "7h"
        )
        assert added.code == 0, added.err
        job_id = int(re.search(r"Added job (\d+)", added.out).group(1))  # type: ignore[union-attr]
        first = next_run(data_dir, job_id)  # the instance's scheduler has it, within 7 hours
        assert first is not None and 0 < (first - datetime.now(first.tzinfo)).total_seconds() <= 7 * 3600

        changed = cli(data_dir, "job", "set-schedule", str(job_id), "--daily", "03:17")
        assert changed.code == 0, changed.err
        assert "now runs: Daily at 03:17" in changed.out
        rescheduled = next_run(data_dir, job_id)
        assert rescheduled is not None and rescheduled.astimezone().strftime("%H:%M") == "03:17"

        assert cli(data_dir, "job", "pause", str(job_id)).code == 0
        assert next_run(data_dir, job_id) is None
        listed = cli(data_dir, "job", "list").out
        assert "Daily at 03:17 [paused]" in listed

        triggered = cli(data_dir, "sync", "--store", "Warehouse")  # asked for by name: runs once, paused
        assert triggered.code == 0, triggered.err
        assert "Warehouse · inventory_pull: succeeded - fetched 300, created 300" in triggered.out
        entry = job_entry(data_dir, job_id)
        assert entry["paused"] is True and entry["total_runs"] == 1

        assert cli(data_dir, "job", "resume", str(job_id)).code == 0
        resumed = next_run(data_dir, job_id)
        assert resumed is not None and resumed.astimezone().strftime("%H:%M") == "03:17"
        assert cli(data_dir, "job", "remove", str(job_id)).code == 0
        gone = cli(data_dir, "job", "show", str(job_id))
        assert gone.code == 2 and gone.err == f"storesync: no job with id {job_id}\n"


def test_sync_through_the_instance_prints_what_it_prints_in_process(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    alone, served = tmp_path / "alone", tmp_path / "served"
    add_store(alone, simulator)
    add_store(served, simulator)

    in_process = cli(alone, "sync", "--store", "Warehouse")
    assert cli(served, "pause-all").code == 0  # so the instance starts no run of its own
    with headless(served) as process:
        through = cli(served, "sync", "--store", "Warehouse")
        process.terminate()
        out, _ = process.communicate(timeout=30)

    assert (in_process.code, through.code) == (0, 0), through.err
    without_time = re.compile(r" in \d+\.\d s")
    assert without_time.sub("", through.out) == without_time.sub("", in_process.out)
    assert through.out.startswith("Warehouse · inventory_pull: succeeded - fetched 300, created 300")
    assert "Started inventory_pull of Warehouse (cli)" in out  # the instance ran it


def test_status_says_whether_an_instance_runs_and_whether_everything_is_paused(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    add_store(data_dir, simulator)
    assert cli(data_dir, "status").out.startswith("StoreSync is not running")
    with headless(data_dir) as process:
        text = cli(data_dir, "status").out
        assert text.startswith(f"StoreSync is running (process {process.pid}")
        assert cli(data_dir, "pause-all").out == "Everything is paused.\n"
        report = json.loads(cli(data_dir, "status", "--json").out)
        assert report["scheduler"]["running"] is True and report["scheduler"]["paused"] is True
        assert "everything is paused" in cli(data_dir, "status").out.splitlines()[0]
        assert cli(data_dir, "resume-all").code == 0
        assert json.loads(cli(data_dir, "status", "--json").out)["scheduler"]["paused"] is False


def test_a_refused_token_is_one_line(tmp_path: Path, simulator: SimpleSimulator) -> None:
    data_dir = tmp_path / "data"
    add_store(data_dir, simulator)
    with headless(data_dir):
        endpoint = read_token_file(data_dir)
        assert endpoint is not None
        write_token_file(data_dir, replace(endpoint, token="not-the-token"))
        refused = cli(data_dir, "status")
    assert refused.code == 1
    assert refused.err.count("\n") == 1 and "refused the token" in refused.err
    assert "not-the-token" not in refused.err + refused.out


def test_a_stale_token_file_is_one_line_and_the_command_works_without_it(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    add_store(data_dir, simulator)
    with headless(data_dir):
        endpoint = read_token_file(data_dir)
    assert endpoint is not None
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    write_token_file(data_dir, replace(endpoint, pid=int(ended.stdout)))  # as a killed instance leaves it

    shown = cli(data_dir, "status")

    assert shown.code == 0, shown.err
    assert shown.err.count("\n") == 1 and "which no longer runs; working without it." in shown.err
    assert shown.out.startswith("StoreSync is not running")


def test_a_second_instance_is_one_line(tmp_path: Path, simulator: SimpleSimulator) -> None:
    data_dir = tmp_path / "data"
    add_store(data_dir, simulator)
    with headless(data_dir):
        second = run_cli("--data-dir", str(data_dir), "headless", timeout=30)
    assert second.code != 0
    assert second.err.count("\n") == 1 and "already running" in second.err
    assert "Traceback" not in second.err


def test_a_store_added_beside_a_running_instance_is_scheduled_and_first_synced_there(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    with headless(data_dir) as process:
        added = cli(
            data_dir, "store", "add", "Warehouse", "--platform", "generic_json", *json_store_args(simulator)
        )
        assert added.code == 0, added.err
        assert "Warehouse · inventory_pull: succeeded - fetched 300, created 300" in added.out
        job_id = json.loads(cli(data_dir, "job", "list", "--json").out)[0]["id"]
        assert next_run(data_dir, job_id) is not None  # the instance's scheduler took the new job
        process.terminate()
        out, _ = process.communicate(timeout=30)
    assert "Started inventory_pull of Warehouse (initial)" in out  # run by the instance, not the CLI


def test_an_import_beside_the_instance_is_scheduled_and_its_settings_apply_there_at_once(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    with headless(data_dir) as process:
        document = json.loads(cli(data_dir, "config", "export", "-").out)
        settings = {**simulator.store_settings(), "auth": "none", "page_size": 50}
        settings.pop("field_map")
        # Not due while the test runs: its own run would make the `sync` below a skipped one. (Every 30
        # minutes was due on the clock's hours and half hours, however recently the job was added.)
        at = (datetime.now() + timedelta(hours=12)).strftime("%H:%M")
        document["stores"] = [
            {
                "name": "Imported",
                "platform": "generic_json",
                "settings": settings,
                "jobs": [{"kind": "inventory_pull", "schedule": {"kind": "daily", "at": at}}],
            }
        ]
        document["settings"]["max_pages_per_read"] = 2
        path = tmp_path / "config.json"
        path.write_text(json.dumps(document), encoding="utf-8")

        imported = cli(data_dir, "config", "import", str(path))

        assert imported.code == 0, imported.err
        assert "Imported 1 stores and 1 jobs" in imported.out
        jobs = json.loads(cli(data_dir, "job", "list", "--store", "Imported", "--json").out)
        job_id = jobs[0]["id"]
        upcoming = next_run(data_dir, job_id)  # the instance's scheduler took the imported job
        assert upcoming is not None and upcoming.astimezone().strftime("%H:%M") == at
        synced = cli(data_dir, "sync", "--store", "Imported")
        process.terminate()
        out, _ = process.communicate(timeout=30)
    # 300 records at 50 a page: the imported page cap of 2 is what the instance's next read obeyed
    assert "Reading stopped after 2 pages" in synced.out, synced.out + synced.err
    assert "Started inventory_pull of Imported (cli)" in out


def test_store_edits_and_removal_from_the_cli_take_effect_in_the_running_instance(
    tmp_path: Path, simulator: SimpleSimulator
) -> None:
    data_dir = tmp_path / "data"
    add_store(data_dir, simulator)
    with headless(data_dir):
        job_id = json.loads(cli(data_dir, "job", "list", "--store", "Warehouse", "--json").out)[0]["id"]
        assert next_run(data_dir, job_id) is not None

        disabled = cli(data_dir, "store", "edit", "Warehouse", "--disable", "--rename", "Depot")
        assert (disabled.code, disabled.out) == (0, "Saved Depot.\n"), disabled.err
        assert next_run(data_dir, job_id) is None  # a disabled store's jobs stop at once
        listed = cli(data_dir, "store", "list")
        assert listed.out.startswith("Depot  (generic_json, disabled)  jobs: inventory_pull")

        assert cli(data_dir, "store", "edit", "Depot", "--enable").code == 0
        assert next_run(data_dir, job_id) is not None

        removed = cli(data_dir, "store", "remove", "Depot", "--yes")
        assert removed.code == 0, removed.err
        assert "history older than 30 days" in removed.out
        assert json.loads(cli(data_dir, "status", "--json").out)["stores"] == []
        refused = cli(data_dir, "store", "test", "Depot")
        assert refused.code == 2 and refused.err == "storesync: no store named 'Depot' (stores: none yet)\n"
