"""The server's systemd units are ones systemd accepts (`systemd-analyze verify`) and start what they say:
the worker template, and the API server with its token and TLS key handed over by LoadCredential=."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[2] / "packaging" / "systemd"
WORKER = UNITS / "storesync-worker@.service"
API = UNITS / "storesync-api.service"


def test_the_worker_unit_starts_the_worker() -> None:
    text = WORKER.read_text(encoding="utf-8")
    assert "ExecStart=/usr/bin/storesync worker\n" in text
    assert "KillSignal=SIGTERM" in text


def test_the_api_unit_serves_over_tls_with_its_token_and_key_from_systemds_credentials() -> None:
    text = API.read_text(encoding="utf-8")
    assert "ExecStart=/usr/bin/storesync serve --listen 0.0.0.0:8443 " in text
    assert "--tls-cert /etc/storesync/tls/server.pem --tls-key %d/tls-key" in text
    assert "LoadCredential=control-token:/etc/storesync/control-token\n" in text
    assert "LoadCredential=tls-key:/etc/storesync/tls/server.key\n" in text
    assert "KillSignal=SIGTERM" in text


@pytest.mark.parametrize(("unit", "instance"), [(WORKER, "storesync-worker@1.service"), (API, API.name)])
def test_systemd_accepts_the_unit(tmp_path: Path, unit: Path, instance: str) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("needs systemd-analyze (Debian's systemd package; .ci/setup.sh installs it as root)")
    # The unit (an instance of a template), its command pointed at this checkout's `storesync`.
    storesync = Path(sys.executable).with_name("storesync")
    checked = tmp_path / instance
    checked.write_text(
        unit.read_text(encoding="utf-8").replace("/usr/bin/storesync", str(storesync)), encoding="utf-8"
    )
    result = subprocess.run(
        [analyze, "verify", str(checked)], capture_output=True, text=True, timeout=120, check=False
    )
    problems = [line for line in result.stderr.splitlines() if instance in line]
    assert result.returncode == 0 and not problems, result.stderr
