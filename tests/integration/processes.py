"""StoreSync as users run it, in child processes (`python main.py ...` of this checkout): one-shot
commands, long-running ones (headless, a slow sync) killed or stopped by signal, and the runs they
left in the database, read without StoreSync's code."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from app.sandbox.simple import SimpleSimulator
from app.storage.paths import database_file

ROOT = Path(__file__).resolve().parents[2]


async def cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    """Run one command to its end: exit code, stdout, stderr."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "main.py", "--data-dir", str(data_dir), *args,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def add_store(
    data_dir: Path, simulator: SimpleSimulator, *options: str, name: str = "Warehouse"
) -> None:
    """A generic JSON store on `simulator` with its default jobs (`options`: more `store add` options)."""
    code, _, err = await cli(
        data_dir, "store", "add", name, "--platform", "generic_json",
        "--set", f"base_url={simulator.url}", "--set", "auth=none", "--set", "endpoint=/products",
        "--set", "record_path=products", "--set", "page_size=50", *options,
    )  # fmt: skip
    assert code == 0, err


def runs(data_dir: Path) -> list[tuple[str, str]]:
    """(kind, status) of every recorded run, oldest first."""
    return [(run.kind, run.status) for run in run_rows(data_dir)]


@dataclass(frozen=True)
class RunRow:
    store: str | None
    kind: str
    trigger: str
    status: str
    message: str | None
    created: int


def run_rows(data_dir: Path) -> list[RunRow]:
    """Every recorded run, oldest first; none while there is no database."""
    path = database_file(data_dir)
    if not path.exists():
        return []
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as connection:
        try:
            rows = connection.execute(
                "SELECT store_name, kind, trigger, status, error_message, created FROM sync_run ORDER BY id"
            ).fetchall()
        except sqlite3.OperationalError:
            return []
    return [RunRow(*row) for row in rows]


def last_run(data_dir: Path, store: str, kind: str = "inventory_pull") -> RunRow | None:
    found = [run for run in run_rows(data_dir) if run.store == store and run.kind == kind]
    return found[-1] if found else None


@asynccontextmanager
async def running(data_dir: Path, *args: str) -> AsyncIterator[asyncio.subprocess.Process]:
    """A command (`headless`, a `sync`) in a child; killed on the way out if the test did not end it."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "main.py", "--data-dir", str(data_dir), *args,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def stop(process: asyncio.subprocess.Process, signum: int) -> tuple[int, str, str]:
    """Send `signum` and wait for the process to end by itself: exit code, stdout, stderr."""
    process.send_signal(signum)
    return await finished(process)


async def finished(process: asyncio.subprocess.Process) -> tuple[int, str, str]:
    out, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()
