"""Start at login, written the way each desktop expects: an XDG autostart entry on Linux, a value
under HKCU\\...\\Run on Windows, a LaunchAgent plist on macOS. Stdlib only.

`enable()`, `disable()` and `is_enabled()` pick the current platform; the per-platform classes take
their location as an argument so each writer can be checked on any machine.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

APP_ID = "storesync"
APP_NAME = "StoreSync"
LAUNCH_AGENT_LABEL = "com.storesync.app"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How to start this installation: the frozen executable, the `storesync` script installed beside
    the interpreter, or the interpreter running the command-line module. The app itself decides from
    the "start minimized" setting whether the window shows."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("storesync.exe" if sys.platform == "win32" else APP_ID)
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "app.cli"]


class Autostart(Protocol):
    def enable(self) -> None: ...
    def disable(self) -> None: ...
    def is_enabled(self) -> bool: ...


@dataclass(slots=True)
class XdgAutostart:
    """Linux and other freedesktop systems: $XDG_CONFIG_HOME/autostart/storesync.desktop."""

    directory: Path
    command: list[str] = field(default_factory=launch_command)

    @classmethod
    def for_current_user(cls) -> XdgAutostart:
        config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        return cls(Path(config_home) / "autostart")

    @property
    def path(self) -> Path:
        return self.directory / f"{APP_ID}.desktop"

    def entry(self) -> str:
        exec_line = " ".join(_desktop_quote(argument) for argument in self.command)
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Keeps the stock and orders of your stores in step\n"
            f"Exec={exec_line}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )

    def enable(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".desktop.tmp")
        temporary.write_text(self.entry(), encoding="utf-8")
        temporary.replace(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        text = self.path.read_text(encoding="utf-8", errors="replace")
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text


def _desktop_quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (double quotes, escaped specials)."""
    if argument and not any(char in argument for char in " \t\n\"'\\><~|&;$*?#()`%"):
        return argument
    escaped = argument.replace("%", "%%")
    for char in ("\\", '"', "`", "$"):
        escaped = escaped.replace(char, "\\" + char)
    return f'"{escaped}"'


class RegistryKey(Protocol):
    """The few registry operations the Run value needs (winreg on Windows, a dict in tests)."""

    def set_value(self, name: str, value: str) -> None: ...
    def get_value(self, name: str) -> str | None: ...
    def delete_value(self, name: str) -> None: ...


def _winreg() -> Any:
    """winreg exists only on Windows; imported on use so the module loads everywhere."""
    return importlib.import_module("winreg")


class CurrentUserRunKey:
    """HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run through winreg."""

    def set_value(self, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def get_value(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_QUERY_VALUE) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def delete_value(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


@dataclass(slots=True)
class WindowsRunAutostart:
    """Windows: a REG_SZ value named StoreSync holding the quoted command line."""

    key: RegistryKey
    command: list[str] = field(default_factory=launch_command)

    def value(self) -> str:
        return " ".join(f'"{argument}"' if " " in argument else argument for argument in self.command)

    def enable(self) -> None:
        self.key.set_value(APP_NAME, self.value())

    def disable(self) -> None:
        self.key.delete_value(APP_NAME)

    def is_enabled(self) -> bool:
        return self.key.get_value(APP_NAME) is not None


@dataclass(slots=True)
class LaunchAgentAutostart:
    """macOS: ~/Library/LaunchAgents/com.storesync.app.plist, loaded by launchd at the next login."""

    directory: Path
    command: list[str] = field(default_factory=launch_command)

    @classmethod
    def for_current_user(cls) -> LaunchAgentAutostart:
        return cls(Path.home() / "Library" / "LaunchAgents")

    @property
    def path(self) -> Path:
        return self.directory / f"{LAUNCH_AGENT_LABEL}.plist"

    def agent(self) -> dict[str, object]:
        return {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(self.command),
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
        }

    def enable(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        with self.path.open("wb") as handle:
            plistlib.dump(self.agent(), handle)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.is_file()


def for_this_platform() -> Autostart:
    if sys.platform == "win32":
        return WindowsRunAutostart(CurrentUserRunKey())
    if sys.platform == "darwin":
        return LaunchAgentAutostart.for_current_user()
    return XdgAutostart.for_current_user()


def enable() -> None:
    """Start StoreSync when the user logs in."""
    for_this_platform().enable()


def disable() -> None:
    for_this_platform().disable()


def is_enabled() -> bool:
    return for_this_platform().is_enabled()


def set_enabled(wanted: bool) -> None:
    if wanted:
        enable()
    else:
        disable()
