"""The worker's systemd unit is one systemd accepts (`systemd-analyze verify`), and starts the worker."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[2] / "packaging" / "systemd" / "storesync-worker@.service"


def test_the_worker_unit_starts_the_worker() -> None:
    text = UNIT.read_text(encoding="utf-8")
    assert "ExecStart=/usr/bin/storesync worker\n" in text
    assert "KillSignal=SIGTERM" in text


def test_systemd_accepts_the_worker_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("needs systemd-analyze (Debian's systemd package; .ci/setup.sh installs it as root)")
    # An instance of the template, its command pointed at this checkout's `storesync`.
    storesync = Path(sys.executable).with_name("storesync")
    unit = tmp_path / "storesync-worker@1.service"
    unit.write_text(
        UNIT.read_text(encoding="utf-8").replace("/usr/bin/storesync", str(storesync)), encoding="utf-8"
    )
    result = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=120, check=False
    )
    problems = [line for line in result.stderr.splitlines() if "storesync-worker@1.service" in line]
    assert result.returncode == 0 and not problems, result.stderr
