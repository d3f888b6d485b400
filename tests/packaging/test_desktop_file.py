"""The desktop entry and the .deb layout: what a Linux desktop needs to list, launch and show StoreSync."""

from __future__ import annotations

import configparser
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_FILE = ROOT / "resources" / "storesync.desktop"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", f"warnings: {result.stdout}"


def test_the_desktop_file_starts_the_installed_command_with_its_icon() -> None:
    entry = desktop_entry()
    with (ROOT / "pyproject.toml").open("rb") as handle:
        scripts = tomllib.load(handle)["project"]["scripts"]

    assert entry["Exec"] == "storesync"
    assert "storesync" in scripts, "the command the menu entry runs is the one pip and the .deb install"
    assert entry["Icon"] == "storesync"
    assert entry["Name"] == "StoreSync"
    assert entry["Terminal"] == "false"


def test_the_application_icon_is_a_readable_svg() -> None:
    icons = ROOT / "resources" / "icons"
    icon = icons / "storesync.svg" if (icons / "storesync.svg").exists() else icons / "app.svg"

    root = ET.parse(icon).getroot()

    assert root.tag.endswith("svg")


@pytest.fixture(scope="module")
def built_deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """build_deb.sh run on a stand-in bundle (a shell script), so the layout is checked in seconds."""
    work = tmp_path_factory.mktemp("deb")
    bundle = work / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    executable = bundle / "storesync"
    executable.write_text("#!/bin/sh\necho StoreSync\n")
    executable.chmod(0o755)
    result = subprocess.run(
        [
            "bash",
            str(ROOT / "packaging" / "build_deb.sh"),
            "--bundle",
            str(bundle),
            "--out",
            str(work / "out"),
            "--python",
            sys.executable,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (deb,) = (work / "out").glob("storesync_*.deb")
    return deb


def _dpkg(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True).stdout


def test_the_package_carries_the_project_version_and_the_libraries_qt_needs(built_deb: Path) -> None:
    control = _dpkg("--field", str(built_deb))
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)

    assert fields["Package"] == "storesync"
    assert fields["Version"] == project_version()
    assert built_deb.name.startswith(f"storesync_{project_version()}_")
    depends = {name.strip() for name in fields["Depends"].split(",")}
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libegl1", "libxkbcommon-x11-0"} <= depends


def test_the_package_installs_the_bundle_the_command_the_menu_entry_and_icons(built_deb: Path) -> None:
    listing = _dpkg("--contents", str(built_deb))
    entries = {line.split()[5].removeprefix("."): line for line in listing.splitlines()}

    assert "/usr/lib/storesync/storesync" in entries
    assert entries["/usr/bin/storesync"].split()[-1] == "../lib/storesync/storesync"
    assert "/usr/share/applications/storesync.desktop" in entries
    assert "/usr/share/icons/hicolor/scalable/apps/storesync.svg" in entries
    for size in (48, 128, 256):
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/storesync.png" in entries
    assert all(line.split()[1] == "root/root" for line in listing.splitlines())
