"""A store added from the command line starts with the jobs and schedules the store editor offers a
new store."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.models import JobKind
from app.core.schedule import ScheduleSpec
from app.sandbox.simple import SimpleSimulator
from app.ui.dialogs.store_jobs import JobsSection
from tests.cli.process import json_store_args, run_cli
from tests.sync.harness import start_simulator


def test_cli_store_add_gets_the_store_editors_default_jobs(qtbot: QtBot, tmp_path: Path) -> None:
    simulator: SimpleSimulator = start_simulator(20)
    try:
        added = run_cli(
            "--data-dir", str(tmp_path), "store", "add", "Shop", "--platform", "generic_json",
            "--no-first-sync", *json_store_args(simulator),
        )  # fmt: skip
    finally:
        simulator.stop()
    assert added.code == 0, added.err
    exported = json.loads(run_cli("--data-dir", str(tmp_path), "config", "export", "-").out)
    cli_jobs = {
        JobKind(job["kind"]): ScheduleSpec.from_dict(job["schedule"]) for job in exported["stores"][0]["jobs"]
    }

    editor = JobsSection()
    qtbot.addWidget(editor)

    assert cli_jobs == {kind: choice.schedule for kind, choice in editor.chosen().items()}
