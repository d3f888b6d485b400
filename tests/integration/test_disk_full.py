"""A full disk (issue 10, item 6), on a real small file system mounted for the test: the sync says
which folder's disk is full and how much room is left, under its own error kind, with no logging
tracebacks on the terminal; once space is freed the next sync completes by itself and the database
is intact."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sandbox.simple import SimpleSimulator
from app.storage.paths import database_file
from tests.integration.processes import add_store, cli
from tests.sync.harness import start_simulator

pytestmark = pytest.mark.timeout(180)

PRODUCTS = 5000
TERMINAL_NOISE = ("Logging error", "Traceback", "cannot rollback", "OperationalError")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB tmpfs: a disk that can really be filled (needs root, as CI has)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root; CI runs as root")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "--lazy", str(mount_point)], check=False)


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(PRODUCTS)
    yield server
    server.stop()


def _fill(disk: Path, leave_bytes: int) -> Path:
    """A file that takes all but `leave_bytes` of the disk's free space."""
    filler = disk / "filler"
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(0, shutil.disk_usage(disk).free - leave_bytes))
    return filler


async def test_a_full_disk_is_told_plainly_and_the_sync_after_freeing_space_completes(
    small_disk: Path, simulator: SimpleSimulator
) -> None:
    data_dir = small_disk / "data"
    await add_store(data_dir, simulator, "--no-first-sync")
    filler = _fill(small_disk, leave_bytes=384 * 1024)

    code, out, err = await cli(data_dir, "sync", "--store", "Warehouse", "--kind", "inventory_pull")

    assert code == 1, out + err
    assert "Warehouse · inventory_pull: failed" in out
    assert f"The disk holding {data_dir} is full (0 MB free)" in out
    for noise in TERMINAL_NOISE:
        assert noise not in out + err, f"{noise!r} on the terminal:\n{out}{err}"

    # Opening the database to read it needs a little room as well (SQLite's shared-memory file), which the
    # failed sync may have taken to the last byte: the stored failure is what is read here.
    with filler.open("r+b") as handle:
        handle.truncate(max(0, filler.stat().st_size - 1024 * 1024))
    code, out, err = await cli(data_dir, "status", "--json")
    assert code == 0, err
    [job] = [job for job in json.loads(out)["stores"][0]["jobs"] if job["kind"] == "inventory_pull"]
    assert job["running"] is False
    assert job["last_run"]["error_kind"] == "disk_full"
    assert f"The disk holding {data_dir} is full" in job["last_run"]["error_message"]
    for noise in TERMINAL_NOISE:
        assert noise not in out + err

    filler.unlink()
    code, out, err = await cli(data_dir, "sync", "--store", "Warehouse", "--kind", "inventory_pull")
    assert code == 0, out + err
    assert f"Warehouse · inventory_pull: succeeded - fetched {PRODUCTS}" in out
    with sqlite3.connect(database_file(data_dir)) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM inventory_item").fetchone()[0] == PRODUCTS
