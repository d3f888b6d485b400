"""Shared fixtures. Qt runs offscreen unless the tray session set a display, and every per-user
folder (data, logs, config, autostart) points into a throwaway home so no test touches the real one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ("tests.keychain", "tests.postgres")

_USER_DIRS = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def pytest_configure(config: pytest.Config) -> None:
    home = Path(tempfile.mkdtemp(prefix="storesync-test-home-"))
    config.stash[THROWAWAY_HOME] = home
    for name in _USER_DIRS:
        os.environ[name] = str(home / name.lower())


THROWAWAY_HOME = pytest.StashKey[Path]()


@pytest.fixture(scope="session")
def throwaway_home(request: pytest.FixtureRequest) -> Path:
    """The folder standing in for the user's home folders during this test session."""
    return request.config.stash[THROWAWAY_HOME]
