"""The command line as a merchant (or a cron script) uses it: what it prints, what it exits with, and
that every error is one plain line without a traceback."""

from __future__ import annotations

import asyncio
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import __version__
from app.bootstrap import StartOptions, start_services, stop_services
from app.cli import main
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import start_simulator

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> object:
    data_dir = tmp_path / "data"

    def run(*args: str, stdin: str = "", data: Path | None = None) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(["--data-dir", str(data or data_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(300)
    yield server
    server.stop()


def _add_json_store(cli: object, name: str, simulator: SimpleSimulator) -> Result:
    return cli(  # type: ignore[operator, no-any-return]
        "store", "add", name, "--platform", "generic_json",
        "--set", f"base_url={simulator.url}", "--set", "auth=none", "--set", "endpoint=/products",
        "--set", "record_path=products", "--set", "page_size=100",
    )  # fmt: skip


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"StoreSync {__version__}"


def test_status_of_a_new_installation_says_how_to_start(cli: object) -> None:
    result = cli("status")  # type: ignore[operator]
    assert result.code == 0
    assert "No stores yet" in result.out
    as_json = cli("status", "--json")  # type: ignore[operator]
    assert json.loads(as_json.out)["stores"] == []


def test_add_sync_and_status_of_a_store(cli: object, simulator: SimpleSimulator) -> None:
    added = _add_json_store(cli, "Warehouse", simulator)
    assert added.code == 0, added.err
    assert "Added Warehouse (generic_json)" in added.out
    assert "inventory_pull every 15 minutes" in added.out
    assert added.out.splitlines()[0].startswith("Connected to 127.0.0.1:")
    assert "Warehouse · inventory_pull: succeeded - fetched 300, created 300" in added.out  # the first sync

    synced = cli("sync", "--store", "Warehouse")  # type: ignore[operator]
    assert synced.code == 0, synced.err
    assert "inventory_pull: succeeded - fetched 300, created 0, updated 0, unchanged 300" in synced.out

    simulator.catalog.mutate_count(3)
    again = cli("sync", "--all")  # type: ignore[operator]
    assert "fetched 300, created 0, updated 3, unchanged 297" in again.out

    report = json.loads(cli("status", "--json").out)  # type: ignore[operator]
    job = report["stores"][0]["jobs"][0]
    assert job["kind"] == "inventory_pull"
    assert job["total_runs"] == 3
    assert job["last_run"]["status"] == "succeeded"
    assert job["last_run"]["counts"]["updated"] == 3
    assert job["last_run"]["trigger"] == "cli"
    assert job["next_run"] is not None
    assert job["schedule_words"] == "Every 15 minutes"
    assert job["paused"] is False and job["running"] is False and job["last_error"] is None

    text = cli("status").out  # type: ignore[operator]
    assert "Warehouse (generic_json, enabled)" in text
    assert "last run: succeeded" in text and "runs so far: 3" in text


def test_a_failing_sync_exits_non_zero_and_status_shows_the_error(
    cli: object, simulator: SimpleSimulator
) -> None:
    _add_json_store(cli, "Warehouse", simulator)
    simulator.faults.randomly(1.0, Fault(FaultKind.UNAUTHORIZED))

    failed = cli("sync", "--store", "Warehouse")  # type: ignore[operator]

    assert failed.code == 1
    assert "Warehouse · inventory_pull: failed" in failed.out
    error = json.loads(cli("status", "--json").out)["stores"][0]["jobs"][0]["last_error"]  # type: ignore[operator]
    assert error["kind"] == "auth" and error["message"]


def test_unknown_store_is_one_line_and_exit_2(cli: object, simulator: SimpleSimulator) -> None:
    _add_json_store(cli, "Warehouse", simulator)
    result = cli("sync", "--store", "Nope")  # type: ignore[operator]
    assert result.code == 2
    assert result.err.strip().count("\n") == 0
    assert "no store named 'Nope'" in result.err and "Warehouse" in result.err
    assert "Traceback" not in result.err


def test_sync_needs_to_be_told_which_stores(cli: object) -> None:
    result = cli("sync")  # type: ignore[operator]
    assert result.code == 2
    assert "--store NAME, --platform P or --all" in result.err


def test_store_add_without_required_settings_names_them(cli: object) -> None:
    result = cli("store", "add", "Shop", "--platform", "generic_json")  # type: ignore[operator]
    assert result.code == 2
    assert "missing settings" in result.err and "base_url" in result.err
    assert "No stores yet" in cli("store", "list").out  # type: ignore[operator]


def test_store_add_refuses_a_secret_on_the_command_line(cli: object) -> None:
    result = cli("store", "add", "Shop", "--platform", "shopify", "--set", "access_token=shpat_x")  # type: ignore[operator]
    assert result.code == 2
    assert "secret" in result.err and "shpat_x" not in result.err


def test_store_edit_rename_disable_and_remove(cli: object, simulator: SimpleSimulator) -> None:
    _add_json_store(cli, "Warehouse", simulator)
    edited = cli("store", "edit", "Warehouse", "--rename", "Main warehouse", "--disable")  # type: ignore[operator]
    assert edited.code == 0, edited.err
    listed = json.loads(cli("store", "list", "--json").out)  # type: ignore[operator]
    assert listed == [
        {"name": "Main warehouse", "platform": "generic_json", "enabled": False, "demo": False,
         "jobs": ["inventory_pull"]}
    ]  # fmt: skip
    assert cli("sync", "--all").code == 2  # type: ignore[operator]  # no enabled store

    refused = cli("store", "remove", "Main warehouse")  # type: ignore[operator]
    assert refused.code == 2 and "--yes" in refused.err
    removed = cli("store", "remove", "Main warehouse", "--yes")  # type: ignore[operator]
    assert removed.code == 0
    assert "history stays" in removed.out
    assert "No stores yet" in cli("store", "list").out  # type: ignore[operator]


def test_config_export_and_import_carry_stores_and_jobs_but_no_secrets(
    cli: object, simulator: SimpleSimulator, tmp_path: Path
) -> None:
    _add_json_store(cli, "Warehouse", simulator)
    cli("store", "edit", "Warehouse", "--set", "auth=bearer")  # type: ignore[operator]
    exported = tmp_path / "config.json"
    assert cli("config", "export", str(exported)).code == 0  # type: ignore[operator]
    document = json.loads(exported.read_text())
    assert [s["name"] for s in document["stores"]] == ["Warehouse"]
    assert document["stores"][0]["jobs"][0]["kind"] == "inventory_pull"
    assert "secret" not in document["stores"][0]["settings"]
    assert cli("config", "export", str(exported)).code == 2  # type: ignore[operator]  # no overwrite

    other = tmp_path / "other"
    imported = cli("config", "import", str(exported), data=other)  # type: ignore[operator]
    assert imported.code == 0, imported.err
    assert "Imported 1 stores and 1 jobs" in imported.out
    assert "Warehouse still needs: secret" in imported.out
    listed = json.loads(cli("store", "list", "--json", data=other).out)  # type: ignore[operator]
    assert [(s["name"], s["jobs"]) for s in listed] == [("Warehouse", ["inventory_pull"])]


def test_config_import_of_a_foreign_file_is_one_line(cli: object, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"hello": "world"}')
    result = cli("config", "import", str(foreign))  # type: ignore[operator]
    assert result.code == 2
    assert "is not a StoreSync configuration export" in result.err


def test_backup_writes_a_usable_copy(cli: object, simulator: SimpleSimulator, tmp_path: Path) -> None:
    _add_json_store(cli, "Warehouse", simulator)
    cli("sync", "--all")  # type: ignore[operator]
    target = tmp_path / "backup.sqlite3"

    result = cli("backup", str(target))  # type: ignore[operator]

    assert result.code == 0, result.err
    assert "Backup written to" in result.out
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM inventory_item").fetchone()[0] == 300
    assert cli("backup", str(target)).code == 2  # type: ignore[operator]


def test_a_damaged_database_is_moved_aside_and_reported(cli: object, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "storesync.sqlite3").write_bytes(b"this is not a database" * 100)

    result = cli("status")  # type: ignore[operator]

    assert result.code == 0
    assert "could not be used" in result.err and "moved to" in result.err
    assert list(data.glob("storesync.sqlite3.corrupt-*"))


def test_an_unusable_data_dir_is_one_line_unless_debug(cli: object, tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")

    plain = cli("status", data=not_a_dir)  # type: ignore[operator]
    assert plain.code == 1
    assert plain.err.count("\n") == 1 and "Traceback" not in plain.err

    debug = cli("--debug", "status", data=not_a_dir)  # type: ignore[operator]
    assert debug.code == 1
    assert "Traceback" in debug.err


def test_self_test_reports_every_check(tmp_path: Path) -> None:
    # A child process: the self-test loads a Qt application, which must not be this test process's.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path / "data"), "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    result = Result(done.returncode, done.stdout, done.stderr)
    lines = result.out.splitlines()
    for name in (
        "Qt platform",
        "OS keychain",
        "SQLite database",
        "Scheduler",
        "Sync from a local test store",
    ):
        assert any(name in line for line in lines), name
    for name in ("Qt platform", "SQLite database", "Scheduler", "Sync from a local test store"):
        assert any(line.startswith("ok") and name in line for line in lines), result.out
    failed = [line for line in lines if line.startswith("FAIL")]
    assert result.code == (1 if failed else 0)


def test_the_window_without_a_display_says_what_to_do(cli: object, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux sessions")
    result = cli()  # type: ignore[operator]
    assert result.code == 1
    assert "no display" in result.err and "storesync headless" in result.err


def test_sync_kind_cleanup_runs_the_retention_job(cli: object, tmp_path: Path) -> None:
    async def first_start() -> None:  # the app creates the daily cleanup job at its first start
        runtime = await start_services(StartOptions(data_dir=str(tmp_path / "data"), scheduler=False))
        await stop_services(runtime)

    asyncio.run(first_start())
    result = cli("sync", "--kind", "cleanup")  # type: ignore[operator]
    assert result.code == 0, result.err
    assert "all stores · cleanup: succeeded" in result.out
