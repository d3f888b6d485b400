"""The token file: where a running instance tells other processes on this machine how to reach it.

It lives in the data folder, readable by its owner only (0600), written atomically (a reader sees the
old file or the new one, never half of one), with a new token at each start, and removed at a clean
stop. A file left by a killed instance names a pid that no longer runs: see `process_alive`.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

TOKEN_FILE_NAME = "control-api.json"
# The API server (`storesync serve`): its port unless told, and its token's name in systemd's
# credentials directory (LoadCredential=control-token:...) or, drawn at start, in its data folder.
SERVER_PORT = 8470
SERVER_TOKEN_NAME = "control-token"


@dataclass(frozen=True, slots=True)
class ControlEndpoint:
    """How to reach one running instance: loopback `port`, bearer `token`, and who serves it."""

    port: int
    token: str
    pid: int
    version: str
    started_at: str
    host: str = "127.0.0.1"
    scheme: str = "http"

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


def token_file_path(data_dir: Path) -> Path:
    return data_dir / TOKEN_FILE_NAME


def write_token_file(data_dir: Path, endpoint: ControlEndpoint) -> Path:
    """Write the file 0600 from its first byte (never readable by others, even for a moment), then
    move it into place in one step."""
    target = token_file_path(data_dir)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(asdict(endpoint), handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return target


def read_token_file(data_dir: Path) -> ControlEndpoint | None:
    """The endpoint the file names; None when there is no file. A file that is not ours raises ValueError."""
    try:
        text = token_file_path(data_dir).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text)
        return ControlEndpoint(
            port=int(data["port"]),
            token=str(data["token"]),
            pid=int(data["pid"]),
            version=str(data["version"]),
            started_at=str(data["started_at"]),
            host=str(data.get("host", "127.0.0.1")),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{token_file_path(data_dir)} is not a StoreSync token file") from error


def remove_token_file(data_dir: Path, token: str) -> None:
    """Remove the file if it still holds `token` (a newer instance's file is left alone)."""
    with contextlib.suppress(ValueError, OSError):
        current = read_token_file(data_dir)
        if current is not None and current.token == token:
            token_file_path(data_dir).unlink()


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs now (the token file's writer, unless it died)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, and belongs to someone else
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(ok) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
