"""Where the files go, and that nobody else on the machine can read them."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.storage import open_storage
from app.storage.paths import DATA_DIR_ENV, database_file, log_dir, resolve_data_dir


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs follows the XDG variables on Linux: point them at tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    return home


def test_command_line_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(str(tmp_path / "from-cli")) == (tmp_path / "from-cli").resolve()
    assert (tmp_path / "from-cli").is_dir()


def test_environment_wins_over_platform_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == (tmp_path / "from-env").resolve()


def test_platform_default_is_the_user_data_dir(private_home: Path) -> None:
    assert resolve_data_dir(None) == (private_home / "share" / "StoreSync").resolve()


def test_logs_go_to_the_platform_log_dir_by_default(private_home: Path) -> None:
    logs = log_dir(resolve_data_dir(None))
    assert logs.is_relative_to(private_home / "state")
    assert logs.is_dir()


def test_logs_stay_beside_a_chosen_data_dir(tmp_path: Path) -> None:
    chosen = resolve_data_dir(str(tmp_path / "portable"))
    assert log_dir(chosen) == chosen / "logs"
    assert _mode(chosen / "logs") == 0o700


def test_data_dir_and_database_are_private(tmp_path: Path) -> None:
    chosen = tmp_path / "portable"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    data = resolve_data_dir(str(chosen))
    storage = open_storage(data)
    try:
        assert _mode(data) == 0o700
        assert _mode(database_file(data)) == 0o600
        for suffix in ("-wal", "-shm"):
            companion = database_file(data).with_name(database_file(data).name + suffix)
            if companion.exists():
                assert _mode(companion) == 0o600
    finally:
        storage.close()
