"""What every command shares: exit codes, the two errors a command raises, and service start-up.

Command modules import from here; this module imports no other module of the cli package, so the
package has no import cycle.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import shlex
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from app.core.errors import InvalidRequest

log = logging.getLogger("app.cli")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


class UsageError(Exception):
    """The request cannot be done as asked (unknown store, missing option); exit code 2."""


class CommandFailed(Exception):
    """The work ran and failed; the message has already said why, or says it now; exit code 1."""


def start_options(args: argparse.Namespace, **overrides: Any) -> Any:
    """StartOptions for a command: a short command neither owns the database (marks no runs
    interrupted, starts no schedules) nor starts the demo simulators unless it syncs."""
    from app.bootstrap import StartOptions

    values: dict[str, Any] = {
        "data_dir": args.data_dir,
        "debug": args.debug,
        "console_level": logging.DEBUG if args.debug else logging.WARNING,
        "owner": False,
        "scheduler": False,
        "simulators": False,
    }
    values.update(overrides)
    return StartOptions(**values)


@asynccontextmanager
async def running_services(args: argparse.Namespace, **overrides: Any) -> AsyncIterator[Any]:
    """The services for one command, stopped cleanly however the command ends."""
    from app.bootstrap import start_services, stop_services

    runtime = await start_services(start_options(args, **overrides))
    try:
        for notice in runtime.notices:
            print(f"storesync: {notice}", file=sys.stderr)
        yield runtime
    except (UsageError, InvalidRequest, CommandFailed, BrokenPipeError):
        raise
    except Exception:
        # Logged while the log file is still open; main() then prints one line.
        log.error("The %s command failed", args.command, exc_info=True)
        raise
    finally:
        await stop_services(runtime)


def on_stop_signals(callback: Callable[[], None]) -> None:
    """Call `callback` on the running loop at SIGINT (Ctrl-C) or SIGTERM (a service manager, `kill`)
    instead of dying mid-write, so running syncs stop at a safe point and are recorded."""
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, callback)
        except (NotImplementedError, RuntimeError):  # Windows: Ctrl-C arrives as KeyboardInterrupt
            signal.signal(signum, lambda *_: loop.call_soon_threadsafe(callback))


# --- the running instance, or this process ---------------------------------------------------


def running_instance(args: argparse.Namespace) -> Any:
    """The endpoint of the instance that owns the data folder, or None when none runs. A token file
    left by an instance that died is said in one line and ignored."""
    from app.control.client import StaleTokenFile, find_instance
    from app.storage.paths import resolve_data_dir

    try:
        return find_instance(resolve_data_dir(args.data_dir))
    except StaleTokenFile as error:
        print(f"storesync: {error}; working without it.", file=sys.stderr)
        return None


def server_token(args: argparse.Namespace) -> str:
    """The token for --server: from --token-file (the token alone, or the server's control-api.json)
    or STORESYNC_SERVER_TOKEN; never an option of its own, which every user of the computer could read
    in the process list."""
    import json
    import os
    from pathlib import Path

    path = getattr(args, "token_file", None)
    if not path:
        token = os.environ.get("STORESYNC_SERVER_TOKEN", "").strip()
        if not token:
            raise UsageError("--server needs the server's token: --token-file FILE or STORESYNC_SERVER_TOKEN")
        return token
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8").strip()
    except OSError as error:
        raise UsageError(f"cannot read the token file {path}: {error.strerror or error}") from None
    if text.startswith("{"):
        try:
            text = str(json.loads(text)["token"])
        except (ValueError, KeyError, TypeError):
            raise UsageError(f"{path} is neither a token nor a StoreSync control-api.json") from None
    if not text:
        raise UsageError(f"the token file {path} is empty")
    return text


@asynccontextmanager
async def instance_client(args: argparse.Namespace) -> AsyncIterator[Any]:
    """A ControlClient of the server named by --server, else of the instance that owns the data
    folder, or None when none runs."""
    if getattr(args, "server", None):
        from app.control.server_address import server_client

        certificate = getattr(args, "certificate", None) or None
        async with server_client(args.server, server_token(args), certificate) as remote:
            yield remote
        return
    endpoint = running_instance(args)
    if endpoint is None:
        yield None
        return
    from app.control.client import ControlClient

    async with ControlClient(endpoint) as client:
        yield client


def server_options(args: argparse.Namespace) -> str:
    """The options that sent this command to a server, for a command the user is told to run next."""
    given = [
        f"{flag} {shlex.quote(str(value))}"
        for flag, value in (
            ("--server", getattr(args, "server", None)),
            ("--token-file", getattr(args, "token_file", None)),
            ("--certificate", getattr(args, "certificate", None)),
        )
        if value
    ]
    return "".join(f" {option}" for option in given) if getattr(args, "server", None) else ""


def mid_sentence(words: str) -> str:
    """A phrase that starts a sentence ("Every 15 minutes", "Cron: ..., Europe/Warsaw") put inside one:
    its first letter lower case, the rest as it is (a time zone keeps its capitals)."""
    return words[:1].lower() + words[1:]
