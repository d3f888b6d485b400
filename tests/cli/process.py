"""The real `storesync` command line in a child process, as a user's shell runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.sandbox.simple import SimpleSimulator

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def run_cli(
    *args: str,
    stdin: str = "",
    cwd: Path | None = None,
    timeout: float = 60,
    env: dict[str, str] | None = None,
) -> Result:
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=timeout,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def json_store_args(simulator: SimpleSimulator, **settings: Any) -> list[str]:
    """`--set` options of a generic JSON store that reads `simulator` without a login."""
    values = {**simulator.store_settings(), "auth": "none", "page_size": 100, **settings}
    values.pop("field_map")  # the default map reads the simulator's records
    return [arg for key, value in values.items() for arg in ("--set", f"{key}={value}")]
