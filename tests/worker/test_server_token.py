"""serve's token when systemd hands none over: drawn at the first start into the data folder, readable by
its owner only, and kept after it, so a restart or a second serve on the same folder that cannot start
leaves the token the consoles and command lines hold valid. A file that cannot serve is one line."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.api_server import server_token
from app.core.errors import InvalidRequest


def test_the_token_drawn_at_the_first_start_is_kept_for_the_next(tmp_path: Path) -> None:
    first = server_token(tmp_path / "data", credentials="")
    assert first.drawn and len(first.value) >= 32
    token_file = tmp_path / "data" / "control-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600

    again = server_token(tmp_path / "data", credentials="")
    assert again.value == first.value and not again.drawn
    assert token_file.read_text(encoding="utf-8") == first.value + "\n"

    token_file.unlink()  # the way to draw a new one
    renewed = server_token(tmp_path / "data", credentials="")
    assert renewed.drawn and renewed.value != first.value
    token_file.unlink()  # the token's one place; the end-of-suite scan looks for it everywhere else


def test_systemds_token_comes_first_and_a_token_file_that_cannot_serve_is_one_line(tmp_path: Path) -> None:
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    (credentials / "control-token").write_text("from-systemd-0123456789\n", encoding="utf-8")
    given = server_token(tmp_path / "data", credentials=str(credentials))
    assert given.value == "from-systemd-0123456789" and given.path == credentials / "control-token"
    assert not (tmp_path / "data" / "control-token").exists()
    given.path.unlink()  # the token's one place; the end-of-suite scan looks for it everywhere else

    (tmp_path / "short").mkdir()
    (tmp_path / "short" / "control-token").write_text("short\n", encoding="utf-8")
    with pytest.raises(InvalidRequest) as refused:
        server_token(tmp_path / "short", credentials="")
    short = tmp_path / "short" / "control-token"
    assert str(refused.value) == f"the token in {short} is shorter than 16 characters"
