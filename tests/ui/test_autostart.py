"""Start at login: the real XDG entry on this machine, and the Windows and macOS writers' content."""

from __future__ import annotations

import plistlib
import subprocess
from pathlib import Path

import pytest

from app.ui import autostart
from app.ui.autostart import (
    LAUNCH_AGENT_LABEL,
    LaunchAgentAutostart,
    WindowsRunAutostart,
    XdgAutostart,
)


@pytest.fixture
def xdg_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(autostart.sys, "platform", "linux")
    return tmp_path / "config"


def test_enabling_on_linux_writes_an_autostart_entry_that_runs_storesync(xdg_config: Path) -> None:
    assert not autostart.is_enabled()

    autostart.enable()

    entry = xdg_config / "autostart" / "storesync.desktop"
    assert entry.is_file()
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application\n" in text
    assert "Name=StoreSync\n" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.removeprefix("Exec=").strip()
    assert autostart.is_enabled()


def test_disabling_on_linux_removes_the_entry_and_is_harmless_twice(xdg_config: Path) -> None:
    autostart.enable()
    autostart.disable()
    autostart.disable()

    assert not (xdg_config / "autostart" / "storesync.desktop").exists()
    assert not autostart.is_enabled()


def test_an_entry_the_user_hid_in_their_session_settings_counts_as_off(tmp_path: Path) -> None:
    writer = XdgAutostart(tmp_path, command=["/usr/bin/storesync"])
    writer.enable()
    writer.path.write_text(writer.path.read_text() + "Hidden=true\n")

    assert not writer.is_enabled()


def test_a_path_with_spaces_is_quoted_in_the_exec_line(tmp_path: Path) -> None:
    writer = XdgAutostart(tmp_path, command=["/opt/Store Sync/storesync", "--flag"])

    assert 'Exec="/opt/Store Sync/storesync" --flag\n' in writer.entry()


def test_the_autostart_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    writer = XdgAutostart(tmp_path, command=["/usr/bin/storesync"])
    writer.enable()

    result = subprocess.run(
        ["desktop-file-validate", str(writer.path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


class RegistryValues:
    """A real in-memory key with the same three operations as HKCU\\...\\Run."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def set_value(self, name: str, value: str) -> None:
        self.values[name] = value

    def get_value(self, name: str) -> str | None:
        return self.values.get(name)

    def delete_value(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_writes_a_quoted_run_value_named_storesync() -> None:
    key = RegistryValues()
    writer = WindowsRunAutostart(key, command=[r"C:\Program Files\StoreSync\storesync.exe"])

    writer.enable()

    assert key.values == {"StoreSync": r'"C:\Program Files\StoreSync\storesync.exe"'}
    assert writer.is_enabled()
    writer.disable()
    assert key.values == {}
    assert not writer.is_enabled()


def test_macos_writes_a_launch_agent_that_runs_at_login(tmp_path: Path) -> None:
    writer = LaunchAgentAutostart(tmp_path / "LaunchAgents", command=["/Applications/StoreSync.app/x"])

    writer.enable()

    path = tmp_path / "LaunchAgents" / "com.storesync.app.plist"
    with path.open("rb") as handle:
        agent = plistlib.load(handle)
    assert agent["Label"] == LAUNCH_AGENT_LABEL
    assert agent["ProgramArguments"] == ["/Applications/StoreSync.app/x"]
    assert agent["RunAtLoad"] is True
    assert writer.is_enabled()
    writer.disable()
    assert not path.exists()
