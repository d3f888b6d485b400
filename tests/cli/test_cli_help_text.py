"""What the command line tells a merchant reads as written: the redaction of secrets leaves the
shape of ordinary text (option names, placeholders) alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _storesync(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )


def test_missing_settings_say_how_to_pass_them_unmasked(tmp_path: Path) -> None:
    done = _storesync(tmp_path / "data", "store", "add", "Z", "--platform", "shopify")
    assert done.returncode == 2
    assert "pass them with --set KEY=VALUE" in done.stderr
    assert "REDACTED" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_store_add_help_shows_the_option_shape(tmp_path: Path) -> None:
    done = _storesync(tmp_path / "data", "store", "add", "--help")
    assert done.returncode == 0
    assert "--set KEY=VALUE" in done.stdout
    assert "REDACTED" not in done.stdout + done.stderr
